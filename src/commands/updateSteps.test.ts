import { describe, expect, it } from 'vitest';
import { deepFreeze } from './__fixtures__/deepFreeze';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { updateSteps } from './updateSteps';

describe('step.updateMany', () => {
  it('applies one change to several steps in one edit', () => {
    // given
    const doc = deepFreeze(propertiesFixture());
    // when
    const next = updateSteps.apply(doc, { names: ['Create_User_Accounts', 'Buddy'], changes: { runAs: { mode: 'user', user: 'it_ops' } } });
    // then
    expect(next.stages[0]!.steps[0]!.runAs).toEqual({ mode: 'user', user: 'it_ops' });
    expect(next.stages[1]!.steps[0]!.runAs).toEqual({ mode: 'user', user: 'it_ops' });
    expect(next.stages[0]!.steps[2]!.runAs).toEqual({ mode: 'default' });
    expect(doc.stages[0]!.steps[0]!.runAs).toEqual({ mode: 'default' });
  });

  it('skips names that are not steps', () => {
    const doc = deepFreeze(propertiesFixture());
    expect(updateSteps.apply(doc, { names: ['Settle_In', 'Is_Sales'], changes: { label: 'x' } })).toBe(doc);
  });
});
