import { describe, expect, it } from 'vitest';
import { deepFreeze } from './__fixtures__/deepFreeze';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { runWithHistory } from '../store/commandHarness';
import { nextProblem, setNext } from './setNext';

describe('stage.setNext', () => {
  it('points a stage at another stage; undo and redo', () => {
    // given
    const doc = deepFreeze(propertiesFixture());
    // when
    const run = runWithHistory(doc, setNext, { from: 'Accounts_And_Equipment', to: 'Settle_In' });
    // then
    expect(run.after.stages[0]!.next).toBe('Settle_In');
    expect(run.undone).toEqual(doc);
    expect(run.redone).toEqual(run.after);
  });

  it('sets a fault path and a decision default path, refuses self links', () => {
    const doc = deepFreeze(propertiesFixture());
    expect(setNext.apply(doc, { from: 'Settle_In', to: 'Accounts_And_Equipment', fault: true }).stages[1]!.faultNext).toBe('Accounts_And_Equipment');
    expect(setNext.apply(doc, { from: 'Is_Sales', to: 'Accounts_And_Equipment' }).decisions![0]!.defaultNext).toBe('Accounts_And_Equipment');
    expect(nextProblem(doc, 'Settle_In', 'Settle_In')).toMatch(/itself/);
    expect(setNext.apply(doc, { from: 'Settle_In', to: 'Buddy' })).toBe(doc);
  });
});
