import { describe, expect, it } from 'vitest';
import type { Orchestration, Scenario } from '../../model/types';
import { assigneeHint } from './assigneeHint';

const doc = (over: Partial<Orchestration>): Orchestration => ({ format: 'stageflow.orchestration', version: 1, name: 'O', stages: [], ...over } as Orchestration);
const bare: Scenario = { format: 'stageflow.scenario', version: 1 };

describe('where a failed step\'s assignee value is given (the run banner)', () => {
  it('names Launch for an input variable the scenario does not pass, or passes without the value (User deactivation: curUser)', () => {
    const d = doc({ variables: [{ name: 'curUser', type: 'Record', object: 'User', input: true }] } as unknown as Partial<Orchestration>);
    const message = 'the assignee curUser.Username has no value (null), so the work item cannot be assigned';
    expect(assigneeHint(d, bare, message)).toBe('curUser is an input variable of the orchestration, which its launcher passes, and the scenario passes none: give it in Scenarios, under Launch.');
    expect(assigneeHint(d, { ...bare, inputs: { curUser: { Id: '005SCN000000000001' } } } as Scenario, message)).toBe('curUser is an input variable of the orchestration, and the value the scenario passes has none at curUser.Username: give it in Scenarios, under Launch.');
  });

  it('names Triggering record for a $Record path of a record-triggered orchestration (recruiting demo: $Record.Owner:User.Username)', () => {
    const d = doc({ trigger: { type: 'recordTriggered', object: 'Position__c' } } as unknown as Partial<Orchestration>);
    expect(assigneeHint(d, bare, 'the assignee $Record.Owner:User.Username has no value (null), so the work item cannot be assigned'))
      .toBe('$Record.Owner:User.Username is read from the triggering record, and the scenario\'s has no value there: give it in Scenarios, under Triggering record ($Record).');
  });

  it('says nothing of another failure, a variable that is not an input, or a step output', () => {
    const d = doc({ variables: [{ name: 'reviewer', type: 'String' }] } as unknown as Partial<Orchestration>);
    expect(assigneeHint(d, bare, 'flow "X" failed: boom')).toBeNull();
    expect(assigneeHint(d, bare, 'the assignee reviewer has no value (null), so the work item cannot be assigned')).toBeNull();
    expect(assigneeHint(d, bare, 'the assignee Get_Usernames_Step.Outputs.varNickSanchezUsername has no value (null), so the work item cannot be assigned')).toBeNull();
    expect(assigneeHint(d, bare, undefined)).toBeNull();
  });
});
