import { describe, expect, it } from 'vitest';
import { deepFreeze } from './__fixtures__/deepFreeze';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { updateStage } from './updateStage';

describe('stage.update', () => {
  it('sets the exit condition and fault path of a stage', () => {
    // given
    const doc = deepFreeze(propertiesFixture());
    // when
    const next = updateStage.apply(doc, {
      name: 'Settle_In',
      changes: { exit: { mode: 'requirements', requirements: [{ left: 'Buddy.Status', operator: 'EqualTo', right: { string: 'Completed' } }], logic: 'and' }, faultNext: 'Accounts_And_Equipment' },
    });
    // then
    expect(next.stages[1]!.exit?.mode).toBe('requirements');
    expect(next.stages[1]!.faultNext).toBe('Accounts_And_Equipment');
    expect(doc.stages[1]!.exit).toEqual({ mode: 'allStepsCompleted' });
  });

  it('removes the next target when set to undefined and ignores steps', () => {
    const doc = deepFreeze(propertiesFixture());
    const next = updateStage.apply(doc, { name: 'Accounts_And_Equipment', changes: { next: undefined } });
    expect(next.stages[0]).not.toHaveProperty('next');
    expect(updateStage.apply(doc, { name: 'Buddy', changes: { label: 'x' } })).toBe(doc);
  });
});
