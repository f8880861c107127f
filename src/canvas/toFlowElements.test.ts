import { describe, expect, it } from 'vitest';
import { propertiesFixture } from '../commands/__fixtures__/propertiesFixture';
import type { Orchestration, Stage } from '../model/types';
import * as G from './geometry';
import { toFlowElements } from './toFlowElements';
import type { DesignNode } from './types';

const byId = (nodes: DesignNode[]) => new Map(nodes.map((n) => [n.id, n]));

/** A chain of `count` stages of `steps` sync steps each, the even steps waiting for the one before. */
function chain(count: number, steps: number): Orchestration {
  const stages: Stage[] = [];
  for (let s = 1; s <= count; s++) {
    stages.push({
      name: `S${s}`,
      ...(s < count ? { next: `S${s + 1}` } : {}),
      steps: Array.from({ length: steps }, (_, i) => ({
        name: `S${s}_T${i + 1}`, kind: 'background' as const, flow: 'F',
        ...(i % 2 === 1 ? { start: { mode: 'stepCompleted' as const, step: `S${s}_T${i}` } } : {}),
      })),
    });
  }
  return { format: 'stageflow.orchestration', version: 1, name: 'Chain', flows: [{ name: 'F', type: 'autolaunched', active: true }], stages };
}

describe('toFlowElements', () => {
  it('maps a stage to a column of step cards: one x, stacked top down, each under the step it waits for', () => {
    // given
    const doc = propertiesFixture();
    // when
    const { nodes } = toFlowElements(doc);
    // then
    const nodesById = byId(nodes);
    const stage = nodesById.get('Accounts_And_Equipment')!;
    const steps = ['Create_User_Accounts', 'Provision_Laptop', 'Welcome_Email'].map((n) => nodesById.get(n)!);
    for (const step of steps) expect(step).toMatchObject({ parentId: 'Accounts_And_Equipment', extent: 'parent', type: 'step', width: G.STEP_WIDTH });
    expect(new Set(steps.map((s) => s.position.x))).toEqual(new Set([G.STAGE_PAD]));
    // Provision_Laptop waits for Create_User_Accounts: right below it
    expect(steps[1]!.position.y).toBe(steps[0]!.position.y + steps[0]!.height! + G.STEP_GAP);
    expect(steps[2]!.position.y).toBeGreaterThan(steps[1]!.position.y);
    expect(stage.width).toBe(G.STAGE_WIDTH);
    expect(stage.height).toBeGreaterThanOrEqual(steps[2]!.position.y + steps[2]!.height! + G.STAGE_PAD);
    expect(nodes.findIndex((n) => n.id === 'Accounts_And_Equipment')).toBeLessThan(nodes.findIndex((n) => n.id === 'Provision_Laptop'));
  });

  it('arranges stages in run order and wraps a long chain into rows that fit the reference pane readably', () => {
    // given eight stages in a chain
    const doc = chain(8, 2);
    // when
    const { nodes } = toFlowElements(doc);
    // then: left to right in each row, rows top down, in run order
    const stages = nodes.filter((n) => n.type === 'stage');
    const rows = [...new Set(stages.map((s) => s.position.y))];
    expect(rows.length).toBeGreaterThan(1);
    for (let i = 1; i < stages.length; i++) {
      const [a, b] = [stages[i - 1]!, stages[i]!];
      expect(b.position.y > a.position.y || (b.position.y === a.position.y && b.position.x > a.position.x)).toBe(true);
    }
    const width = Math.max(...stages.map((s) => s.position.x + s.width!));
    const height = Math.max(...stages.map((s) => s.position.y + s.height!));
    expect(Math.min(G.REFERENCE_PANE.width / width, G.REFERENCE_PANE.height / height)).toBeGreaterThan(0.5);
  });

  it('stacks the branches of a decision in one column', () => {
    // given a decision leading to two stages
    const doc = chain(1, 1);
    doc.stages.push({ name: 'A', steps: [] }, { name: 'B', steps: [] });
    doc.stages[0]!.next = 'D';
    doc.decisions = [{ name: 'D', outcomes: [{ name: 'Yes', next: 'A', requirements: [], logic: 'and' }], defaultNext: 'B' }];
    // when
    const nodesById = byId(toFlowElements(doc).nodes);
    // then
    expect(nodesById.get('A')!.position.x).toBe(nodesById.get('B')!.position.x);
    expect(nodesById.get('B')!.position.y).toBeGreaterThan(nodesById.get('A')!.position.y);
    expect(nodesById.get('D')!.position.x).toBeGreaterThan(nodesById.get('S1')!.position.x);
    // and the branches come after the decision in reading order (right of it, or in a later row)
    const [a, d] = [nodesById.get('A')!.position, nodesById.get('D')!.position];
    expect(a.x > d.x || a.y > d.y + nodesById.get('D')!.height!).toBe(true);
  });

  it('lists the nodes in reading order (their order in the page, so the Tab order): stages and decisions as arranged, each stage followed by its steps top to bottom', () => {
    // given a stage whose first declared step waits for the second, then a decision between stages
    const doc: Orchestration = {
      ...chain(1, 0),
      stages: [
        { name: 'S1', next: 'D', steps: [
          { name: 'Second', kind: 'background', flow: 'F', start: { mode: 'stepCompleted', step: 'First' } },
          { name: 'First', kind: 'background', flow: 'F' },
        ] },
        { name: 'A', steps: [] },
        { name: 'B', steps: [{ name: 'Low', kind: 'background', flow: 'F' }, { name: 'High', kind: 'background', flow: 'F' }] },
      ],
      decisions: [{ name: 'D', outcomes: [{ name: 'Yes', next: 'A', requirements: [], logic: 'and' }], defaultNext: 'B' }],
      // and a step the user put above the other in its stage
      layout: { High: { x: G.STAGE_PAD, y: 0 } },
      layoutVersion: 2,
    };
    // when
    const { nodes } = toFlowElements(doc);
    // then (the decision came after every stage, and steps in declared order)
    expect(nodes.map((n) => n.id)).toEqual(['S1', 'First', 'Second', 'D', 'A', 'B', 'High', 'Low']);
  });

  it('ignores positions saved by earlier versions, and keeps those of the current version', () => {
    // given the fixture's layout, saved without a layoutVersion (stages at x 0 and 480, one row)
    const old = propertiesFixture();
    const current = { ...propertiesFixture(), layout: { Settle_In: { x: 900, y: 500 }, Buddy: { x: 300, y: 90 } }, layoutVersion: 2 };
    // when
    const fromOld = byId(toFlowElements(old).nodes);
    const fromCurrent = byId(toFlowElements(current).nodes);
    const fresh = byId(toFlowElements({ ...old, layout: {} }).nodes);
    // then
    expect(fromOld.get('Settle_In')!.position).toEqual(fresh.get('Settle_In')!.position);
    expect(fromCurrent.get('Settle_In')!.position).toEqual({ x: 900, y: 500 });
    // a placed step stands where it was put, beside the column, and widens its stage
    expect(fromCurrent.get('Buddy')!.position).toEqual({ x: 300, y: 90 });
    expect(fromCurrent.get('Settle_In')!.width).toBe(300 + G.STEP_WIDTH + G.STAGE_PAD);
  });

  it('gives a card with a long label the height of its extra lines, so nothing is cut', () => {
    // given
    const doc = chain(1, 2);
    doc.stages[0]!.steps[1]!.label = 'A step whose label is far too long to fit on one line of a card';
    // when
    const nodesById = byId(toFlowElements(doc).nodes);
    // then
    expect(nodesById.get('S1_T2')!.height).toBeGreaterThanOrEqual(nodesById.get('S1_T1')!.height! + 2 * G.LABEL_LINE);
  });

  it('tags nodes with data-kind, step mode and chips', () => {
    const nodesById = byId(toFlowElements(propertiesFixture()).nodes);
    expect(nodesById.get('Settle_In')!.domAttributes).toMatchObject({ 'data-kind': 'stage' });
    expect(nodesById.get('Is_Sales')!.domAttributes).toMatchObject({ 'data-kind': 'decision' });
    const laptop = nodesById.get('Provision_Laptop')!;
    expect(laptop.domAttributes).toMatchObject({ 'data-kind': 'background' });
    expect(laptop.data).toMatchObject({ mode: 'async', startBadge: 'After Create user accounts', runAsBadge: 'Runs as it_ops' });
    expect(nodesById.get('Create_User_Accounts')!.data).toMatchObject({ mode: 'sync', runAsBadge: null });
  });

  it('marks the element where an error is reported as invalid', () => {
    const nodesById = byId(toFlowElements(propertiesFixture(), [
      { path: 'stages[0].steps[1].start.step', message: 'unknown step', severity: 'error' },
      { path: 'decisions[0].outcomes[0]', message: 'hmm', severity: 'warning' },
    ]).nodes);
    expect(nodesById.get('Provision_Laptop')!.domAttributes).toMatchObject({ 'data-invalid': 'true' });
    expect(nodesById.get('Provision_Laptop')!.data.problems).toEqual(['unknown step']);
    expect(nodesById.get('Accounts_And_Equipment')!.domAttributes).not.toHaveProperty('data-invalid');
    expect(nodesById.get('Is_Sales')!.data.problems).toEqual(['hmm']);
    expect(nodesById.get('Is_Sales')!.domAttributes).not.toHaveProperty('data-invalid');
  });

  it('maps next, outcome, fault and predecessor connectors; a link past another card goes round the side', () => {
    // given
    const doc = propertiesFixture();
    doc.stages[1]!.faultNext = 'Accounts_And_Equipment';
    // Welcome_Email waits for Create_User_Accounts too: Provision_Laptop stands between them
    doc.stages[0]!.steps[2]!.start = { mode: 'stepCompleted', step: 'Create_User_Accounts' };
    // when
    const { edges } = toFlowElements(doc);
    // then
    const edgesById = new Map(edges.map((e) => [e.id, e]));
    expect(edgesById.get('next:Accounts_And_Equipment')).toMatchObject({ type: 'connector', source: 'Accounts_And_Equipment', target: 'Is_Sales' });
    expect(edgesById.get('outcome:Is_Sales:Sales')).toMatchObject({ target: 'Settle_In', label: 'Sales' });
    expect(edgesById.get('fault:Settle_In')).toMatchObject({ className: 'edge-fault' });
    expect(edgesById.get('pred:Provision_Laptop')).toMatchObject({ type: 'predecessor', source: 'Create_User_Accounts', target: 'Provision_Laptop' });
    expect(edgesById.get('pred:Provision_Laptop')!.data).not.toHaveProperty('side');
    expect(edgesById.get('pred:Welcome_Email')!.data!.side).toMatchObject({ sourceHeight: expect.any(Number) });
    expect(edges).toHaveLength(5);
  });
});

describe('toFlowElements, stage by stage', () => {
  const relabel = (doc: Orchestration, index: number, label: string): Orchestration => ({ ...doc, stages: doc.stages.map((s, i) => (i === index ? { ...s, label } : s)) });

  it('after edits re-plans only what changed, and maps exactly as a fresh map of the edited design', () => {
    // given a mapped design
    const doc = { ...chain(6, 4), layoutVersion: 2 };
    const before = toFlowElements(doc);
    // when one stage is relabelled, a step of another is placed by the user, and a third gets a problem
    let edited = relabel(doc, 1, 'A much longer label that wraps onto a second line of the header');
    edited = { ...edited, layout: { S3_T2: { x: 300, y: 120 } } };
    const problems = [{ path: 'stages[4].steps[0].flow', message: 'flow not found', severity: 'error' as const }];
    const after = toFlowElements(edited, problems);
    // then the result is the one a fresh map of fresh objects gives
    expect(after).toEqual(toFlowElements(structuredClone(edited), problems));
    // and the step nodes of untouched stages are the very same objects, the others new
    const old = byId(before.nodes);
    const now = byId(after.nodes);
    expect(now.get('S1_T1')).toBe(old.get('S1_T1'));
    expect(now.get('S6_T4')).toBe(old.get('S6_T4'));
    expect(now.get('S2_T1')).not.toBe(old.get('S2_T1'));
    expect(now.get('S3_T1')).not.toBe(old.get('S3_T1'));
    expect(now.get('S5_T1')).not.toBe(old.get('S5_T1'));
    expect(now.get('S5_T1')!.data).toMatchObject({ invalid: true, problems: ['flow not found'] });
  });

  it('re-plans every stage when what they all read changes: the flows, the start stage', () => {
    // given
    const doc = chain(3, 2);
    const before = byId(toFlowElements(doc).nodes);
    // when a flow gets a label and the start moves to the second stage
    const edited: Orchestration = { ...doc, start: 'S2', flows: [{ name: 'F', label: 'Labelled flow', type: 'autolaunched', active: true }] };
    const after = toFlowElements(edited);
    // then
    expect(after).toEqual(toFlowElements(structuredClone(edited)));
    expect(byId(after.nodes).get('S3_T1')!.data).toMatchObject({ flowLabel: 'Labelled flow' });
    expect(byId(after.nodes).get('S3_T1')).not.toBe(before.get('S3_T1'));
  });
});
