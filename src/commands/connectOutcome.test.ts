import { describe, expect, it } from 'vitest';
import { deepFreeze } from './__fixtures__/deepFreeze';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { runWithHistory } from '../store/commandHarness';
import { connectOutcome } from './connectOutcome';

describe('decision.connect', () => {
  it('adds an outcome leading to a stage; undo and redo', () => {
    // given
    const doc = deepFreeze(propertiesFixture());
    // when
    const run = runWithHistory(doc, connectOutcome, { decision: 'Is_Sales', to: 'Accounts_And_Equipment' });
    // then
    expect(run.after.decisions![0]!.outcomes.at(-1)).toMatchObject({ name: 'Outcome_2', next: 'Accounts_And_Equipment' });
    expect(run.undone).toEqual(doc);
    expect(run.redone).toEqual(run.after);
  });

  it('re-points an existing outcome', () => {
    const doc = deepFreeze(propertiesFixture());
    const next = connectOutcome.apply(doc, { decision: 'Is_Sales', outcome: 'Sales', to: 'Accounts_And_Equipment' });
    expect(next.decisions![0]!.outcomes[0]!.next).toBe('Accounts_And_Equipment');
  });
});
