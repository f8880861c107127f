import { describe, expect, it } from 'vitest';
import { deepFreeze } from './__fixtures__/deepFreeze';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { runWithHistory } from '../store/commandHarness';
import { addStage } from './addStage';

describe('stage.add', () => {
  it('inserts a stage after the selected one and takes over its next link; undo and redo', () => {
    // given
    const doc = deepFreeze(propertiesFixture());
    // when
    const run = runWithHistory(doc, addStage, { name: 'Check', label: 'Check', after: 'Accounts_And_Equipment' });
    // then
    expect(run.after.stages.map((s) => s.name)).toEqual(['Accounts_And_Equipment', 'Check', 'Settle_In']);
    expect(run.after.stages[0]!.next).toBe('Check');
    expect(run.after.stages[1]!.next).toBe('Is_Sales');
    expect(run.entries).toBe(1);
    expect(run.undone).toEqual(doc);
    expect(run.redone).toEqual(run.after);
  });

  it('appends at the end of the run chain when nothing is selected', () => {
    const doc = deepFreeze(propertiesFixture());
    const next = addStage.apply(doc, { name: 'Wrap_Up', label: 'Wrap up', position: { x: 900, y: 0 } });
    expect(next.stages.at(-1)!.name).toBe('Wrap_Up');
    expect(next.stages[1]!.next).toBe('Wrap_Up');
    expect(next.layout!.Wrap_Up).toEqual({ x: 900, y: 0 });
  });
});
