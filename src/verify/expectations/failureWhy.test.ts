/**
 * A runStatus or stepStatus expectation that fails on a run that ended in Error says why: the
 * failed steps and their messages, as the app's run banner lists them. `stageflow test` said only
 * "it is Error at 0 ms" for SFDC-Assets' recruiting demo, whose first step's flow faults on a
 * scenario without the running user's User record (browser/CLI parity audit).
 */
import { describe, expect, it } from 'vitest';
import type { Trace } from '../../model/types';
import { checkExpectations } from './index';

const MESSAGE = 'flow "Get_Usernames" failed: Assign_Usernames: Get_System_User_Record has no record (it is null)';

/** A run whose step Get_Usernames_Step failed twice (retried once); Notify failed once, then completed on retry. */
function failedRun(): Trace {
  const step = (status: string, startedAt: number) => ({ stage: 'Get_Usernames', status, mode: 'sync', runAs: { user: '$AutomatedProcessUser', context: 'system', access: null }, startedAt, endedAt: startedAt, starts: 2, why: null });
  return {
    format: 'stageflow.trace', version: 1,
    run: { status: 'Error', stalled: false, endedAt: 1000, transitions: 9 },
    stages: { Get_Usernames: { status: 'Error', startedAt: 0, endedAt: 1000 } },
    steps: { Get_Usernames_Step: step('Error', 1000), Notify: step('Completed', 1000) },
    events: [
      { seq: 0, t: 0, type: 'stepErrored', stage: 'Get_Usernames', step: 'Get_Usernames_Step', message: 'an earlier failure' },
      { seq: 1, t: 0, type: 'stepErrored', stage: 'Get_Usernames', step: 'Notify', message: 'no template' },
      { seq: 2, t: 1000, type: 'stepErrored', stage: 'Get_Usernames', step: 'Get_Usernames_Step', message: MESSAGE },
      { seq: 3, t: 1000, type: 'runErrored', stage: 'Get_Usernames' },
    ],
  } as unknown as Trace;
}

describe('a failed run says why in the expectations it fails', () => {
  it('runStatus: the steps still in Error, each with its last failure', () => {
    const [result] = checkExpectations([{ kind: 'runStatus', status: 'Completed' }], failedRun());
    expect(result!.pass).toBe(false);
    expect(result!.why).toBe(`step Get_Usernames_Step failed: ${MESSAGE}`);
  });

  it('runStatus expecting Error passes with no why', () => {
    const [result] = checkExpectations([{ kind: 'runStatus', status: 'Error' }], failedRun());
    expect(result).toMatchObject({ pass: true, why: null });
  });

  it('stepStatus of a step in Error: its last failure\'s message', () => {
    const [result] = checkExpectations([{ kind: 'stepStatus', step: 'Get_Usernames_Step', status: 'Completed' }], failedRun());
    expect(result!.pass).toBe(false);
    expect(result!.why).toBe(`it failed: ${MESSAGE}`);
  });
});
