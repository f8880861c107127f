import { describe, expect, it } from 'vitest';
import { deepFreeze } from './__fixtures__/deepFreeze';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { runWithHistory } from '../store/commandHarness';
import { renameElement } from './renameElement';

describe('element.rename', () => {
  it('sets the label and derives the API name, rewriting references; undo and redo', () => {
    // given
    const doc = deepFreeze(propertiesFixture());
    // when
    const run = runWithHistory(doc, renameElement, { name: 'Create_User_Accounts', label: 'Open accounts' });
    // then
    const [first, second] = run.after.stages[0]!.steps;
    expect(first).toMatchObject({ name: 'Open_accounts', label: 'Open accounts' });
    expect(second!.start).toEqual({ mode: 'stepCompleted', step: 'Open_accounts' });
    expect(run.undone).toEqual(doc);
    expect(run.redone).toEqual(run.after);
  });

  it('keeps the name unique across the namespace', () => {
    const doc = deepFreeze(propertiesFixture());
    const next = renameElement.apply(doc, { name: 'Buddy', label: 'Settle in' });
    expect(next.stages[1]!.steps[0]!.name).toBe('Settle_in');
    const clash = renameElement.apply(doc, { name: 'Buddy', label: 'Settle In' });
    expect(clash.stages[1]!.steps[0]!.name).toBe('Settle_In_2');
    expect(renameElement.apply(doc, { name: 'Buddy', label: '  ' })).toBe(doc);
  });
});
