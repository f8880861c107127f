import { describe, expect, it } from 'vitest';
import { deepFreeze } from './__fixtures__/deepFreeze';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { runWithHistory } from '../store/commandHarness';
import { addDecision } from './addDecision';

describe('decision.add', () => {
  it('adds a decision after a stage whose default path takes over the old next; undo and redo', () => {
    // given
    const doc = deepFreeze(propertiesFixture());
    // when
    const run = runWithHistory(doc, addDecision, { name: 'Big', label: 'Big?', after: 'Settle_In' });
    // then
    expect(run.after.decisions!.at(-1)).toMatchObject({ name: 'Big', outcomes: [] });
    expect(run.after.stages[1]!.next).toBe('Big');
    expect(run.undone).toEqual(doc);
    expect(run.redone).toEqual(run.after);
  });

  it('splices between a stage and what it led to', () => {
    const doc = deepFreeze(propertiesFixture());
    const next = addDecision.apply(doc, { name: 'Big', label: 'Big?', after: 'Accounts_And_Equipment' });
    expect(next.stages[0]!.next).toBe('Big');
    expect(next.decisions!.at(-1)!.defaultNext).toBe('Is_Sales');
  });
});
