import { describe, expect, it } from 'vitest';
import { deepFreeze } from './__fixtures__/deepFreeze';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { runWithHistory } from '../store/commandHarness';
import { moveStep, moveDropsLinks } from './moveStep';

describe('step.move', () => {
  it('moves a step to another stage and drops the predecessor links; undo and redo', () => {
    // given
    const doc = deepFreeze(propertiesFixture());
    expect(moveDropsLinks(doc, 'Create_User_Accounts')).toBe(true);
    // when
    const run = runWithHistory(doc, moveStep, { step: 'Create_User_Accounts', toStage: 'Settle_In' });
    // then
    expect(run.after.stages[0]!.steps.map((s) => s.name)).toEqual(['Provision_Laptop', 'Welcome_Email']);
    expect(run.after.stages[0]!.steps[0]!.start).toEqual({ mode: 'stageStarts' });
    expect(run.after.stages[1]!.steps.at(-1)!.name).toBe('Create_User_Accounts');
    expect(run.undone).toEqual(doc);
    expect(run.redone).toEqual(run.after);
  });

  it('refuses a move to the same or an unknown stage', () => {
    const doc = deepFreeze(propertiesFixture());
    expect(moveStep.apply(doc, { step: 'Buddy', toStage: 'Settle_In' })).toBe(doc);
    expect(moveStep.apply(doc, { step: 'Buddy', toStage: 'Nope' })).toBe(doc);
  });
});
