import { describe, expect, it } from 'vitest';
import { deepFreeze } from './__fixtures__/deepFreeze';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { runWithHistory } from '../store/commandHarness';
import { predecessorProblem, setPredecessor } from './setPredecessor';

describe('step.setPredecessor', () => {
  it('makes a step wait for another of its stage; undo and redo', () => {
    // given
    const doc = deepFreeze(propertiesFixture());
    // when
    const run = runWithHistory(doc, setPredecessor, { step: 'Review', predecessor: 'Buddy' });
    // then
    expect(run.after.stages[1]!.steps[1]!.start).toEqual({ mode: 'stepCompleted', step: 'Buddy' });
    expect(run.undone).toEqual(doc);
    expect(run.redone).toEqual(run.after);
  });

  it('refuses self, other-stage and cyclic links and says why', () => {
    const doc = deepFreeze(propertiesFixture());
    expect(predecessorProblem(doc, 'Buddy', 'Buddy')).toMatch(/itself/);
    expect(predecessorProblem(doc, 'Buddy', 'Provision_Laptop')).toMatch(/same stage/);
    expect(predecessorProblem(doc, 'Create_User_Accounts', 'Provision_Laptop')).toMatch(/cycle/);
    expect(setPredecessor.apply(doc, { step: 'Create_User_Accounts', predecessor: 'Provision_Laptop' })).toBe(doc);
  });

  it('returns the step to stageStarts when the link is removed', () => {
    const doc = deepFreeze(propertiesFixture());
    expect(setPredecessor.apply(doc, { step: 'Provision_Laptop', predecessor: null }).stages[0]!.steps[1]!.start).toEqual({ mode: 'stageStarts' });
  });
});
