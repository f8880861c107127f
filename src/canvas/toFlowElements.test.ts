import { describe, expect, it } from 'vitest';
import { propertiesFixture } from '../commands/__fixtures__/propertiesFixture';
import type { Orchestration } from '../model/types';
import { toFlowElements } from './toFlowElements';

const noLayout = (): Orchestration => {
  const { layout: _layout, ...doc } = propertiesFixture();
  return doc;
};

describe('toFlowElements', () => {
  it('maps stages to containers in run order with their steps as children', () => {
    // given
    const doc = noLayout();
    // when
    const { nodes } = toFlowElements(doc);
    // then
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const first = byId.get('Accounts_And_Equipment')!;
    const decision = byId.get('Is_Sales')!;
    const second = byId.get('Settle_In')!;
    expect(first.position.x).toBeLessThan(decision.position.x);
    expect(decision.position.x).toBeLessThan(second.position.x);
    const step = byId.get('Provision_Laptop')!;
    expect(step).toMatchObject({ parentId: 'Accounts_And_Equipment', extent: 'parent', type: 'step' });
    expect(nodes.findIndex((n) => n.id === 'Accounts_And_Equipment')).toBeLessThan(nodes.findIndex((n) => n.id === 'Provision_Laptop'));
    expect(first.height).toBeGreaterThan(step.position.y + (step.height ?? 0));
  });

  it('tags nodes with data-kind, step mode and badges', () => {
    const { nodes } = toFlowElements(propertiesFixture());
    const byId = new Map(nodes.map((n) => [n.id, n]));
    expect(byId.get('Settle_In')!.domAttributes).toMatchObject({ 'data-kind': 'stage' });
    expect(byId.get('Is_Sales')!.domAttributes).toMatchObject({ 'data-kind': 'decision' });
    const laptop = byId.get('Provision_Laptop')!;
    expect(laptop.domAttributes).toMatchObject({ 'data-kind': 'background' });
    expect(laptop.data).toMatchObject({ mode: 'async', startBadge: 'After Create user accounts', runAsBadge: 'Runs as it_ops' });
    expect(byId.get('Create_User_Accounts')!.data).toMatchObject({ mode: 'sync' });
    expect(byId.get('Accounts_And_Equipment')!.position).toEqual({ x: 0, y: 0 });
  });

  it('marks the element where an error is reported as invalid', () => {
    const { nodes } = toFlowElements(propertiesFixture(), [
      { path: 'stages[0].steps[1].start.step', message: 'unknown step', severity: 'error' },
      { path: 'decisions[0].outcomes[0]', message: 'hmm', severity: 'warning' },
    ]);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    expect(byId.get('Provision_Laptop')!.domAttributes).toMatchObject({ 'data-invalid': 'true' });
    expect(byId.get('Provision_Laptop')!.data.problems).toEqual(['unknown step']);
    expect(byId.get('Accounts_And_Equipment')!.domAttributes).not.toHaveProperty('data-invalid');
    expect(byId.get('Is_Sales')!.data.problems).toEqual(['hmm']);
    expect(byId.get('Is_Sales')!.domAttributes).not.toHaveProperty('data-invalid');
  });

  it('maps next, outcome, fault and predecessor connectors', () => {
    const doc = propertiesFixture();
    doc.stages[1]!.faultNext = 'Accounts_And_Equipment';
    const { edges } = toFlowElements(doc);
    const byId = new Map(edges.map((e) => [e.id, e]));
    expect(byId.get('next:Accounts_And_Equipment')).toMatchObject({ source: 'Accounts_And_Equipment', target: 'Is_Sales' });
    expect(byId.get('outcome:Is_Sales:Sales')).toMatchObject({ target: 'Settle_In', label: 'Sales' });
    expect(byId.get('fault:Settle_In')).toMatchObject({ className: 'edge-fault' });
    expect(byId.get('pred:Provision_Laptop')).toMatchObject({ source: 'Create_User_Accounts', target: 'Provision_Laptop' });
    expect(edges).toHaveLength(4);
  });
});
