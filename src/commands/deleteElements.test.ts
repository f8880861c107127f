import { describe, expect, it } from 'vitest';
import { deepFreeze } from './__fixtures__/deepFreeze';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { runWithHistory } from '../store/commandHarness';
import { deleteElements } from './deleteElements';

describe('elements.delete', () => {
  it('deletes a step and returns the steps waiting for it to stageStarts; undo and redo', () => {
    // given
    const doc = deepFreeze(propertiesFixture());
    // when
    const run = runWithHistory(doc, deleteElements, { names: ['Create_User_Accounts'] });
    // then
    const steps = run.after.stages[0]!.steps;
    expect(steps.map((s) => s.name)).toEqual(['Provision_Laptop', 'Welcome_Email']);
    expect(steps[0]!.start).toEqual({ mode: 'stageStarts' });
    expect(run.undone).toEqual(doc);
    expect(run.redone).toEqual(run.after);
  });

  it('deletes a stage and re-links what led to it, including the start', () => {
    const doc = deepFreeze(propertiesFixture());
    const next = deleteElements.apply(doc, { names: ['Accounts_And_Equipment'] });
    expect(next.start).toBe('Is_Sales');
    expect(next.layout).not.toHaveProperty('Accounts_And_Equipment');
    const noDecision = deleteElements.apply(doc, { names: ['Is_Sales'] });
    expect(noDecision.decisions).toEqual([]);
    expect(noDecision.stages[0]).not.toHaveProperty('next');
  });

  it('removes connectors in the same edit', () => {
    const doc = deepFreeze(propertiesFixture());
    const next = deleteElements.apply(doc, { names: [], links: [{ kind: 'predecessor', step: 'Provision_Laptop' }, { kind: 'next', from: 'Accounts_And_Equipment' }] });
    expect(next.stages[0]!.steps[1]!.start).toEqual({ mode: 'stageStarts' });
    expect(next.stages[0]).not.toHaveProperty('next');
  });
});
