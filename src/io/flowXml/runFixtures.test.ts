/** The interpreter on the real project flows: read from their files, run on a simulated org. */
import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from '../../flows/definition';
import { resumeFlow, runFlow } from '../../flows/interpreter';
import { SimulatedOrg } from '../../flows/org/simulatedOrg';
import { flowFixture, flowFixtures } from './fixtures';
import { readFlowDefinition } from './readFlowDefinition';

type Project = 'DeactivateUser' | 'OrchestratorResources';

function load(project: Project, name: string): FlowDefinition {
  const read = readFlowDefinition(flowFixture(project, name).text);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.definition;
}

describe('running real project flows', () => {
  it('Evaluate_Stage_for_Completion (evaluation flow) returns isOrchestrationConditionMet from its decision', () => {
    // given
    const flow = load('DeactivateUser', 'Evaluate_Stage_for_Completion');
    // when
    const met = runFlow(flow, { inputs: { DidWaitingPeriodElapse: true, DidUserRespondToMessage: false } }).run;
    const notMet = runFlow(flow, { inputs: { DidWaitingPeriodElapse: true, DidUserRespondToMessage: true } }).run;
    // then
    expect(met.outputs.isOrchestrationConditionMet).toBe(true);
    expect(notMet.outputs.isOrchestrationConditionMet).toBeNull();
    expect(notMet.path).toEqual([{ element: 'Should_Stage_Be_Marked_Complete', kind: 'decision', outcome: 'default' }]);
  });

  it('Entry_Flow_Have_Both_Approvals_Been_Received posts to Chatter and decides on both approvals', () => {
    // given
    const flow = load('OrchestratorResources', 'Entry_Flow_Have_Both_Approvals_Been_Received');
    // when
    const both = runFlow(flow, { inputs: { managerApproveOrReject: 'true', supervisorApproveOrReject: 'true' } }).run;
    const one = runFlow(flow, { inputs: { managerApproveOrReject: 'true', supervisorApproveOrReject: 'false' } }).run;
    // then
    expect(both.outputs.isOrchestrationConditionMet).toBe(true);
    expect(one.outputs.isOrchestrationConditionMet).toBe(false);
    expect(both.sideEffects[0]?.description).toMatch(/^Chatter post on 005B0000007OZk2IAG: "<p>input vars:<\/p><p>managerApproveOrReject: true/);
  });

  it('Load_User reads the user by Id from the org', () => {
    // given
    const org = SimulatedOrg.from({ User: [{ Id: '005000000000001AAA', Username: 'ann@example.com', IsActive: false }] });
    // when
    const { run } = runFlow(load('DeactivateUser', 'Load_User'), { org, inputs: { recordId: '005000000000001AAA' } });
    // then
    expect(run.outputs.curUser).toEqual({ Id: '005000000000001AAA', Username: 'ann@example.com', IsActive: false });
  });

  it('Wait_3_Days waits three days on the virtual clock, then sets its output', () => {
    // given
    const flow = load('DeactivateUser', 'Wait_3_Days');
    // when
    const waiting = runFlow(flow, { now: 0 }).run;
    const resumed = resumeFlow(flow, waiting.waiting!.state, { now: waiting.waiting!.until! }).run;
    // then
    expect(waiting.waiting?.until).toBe(3 * 86_400_000);
    expect(resumed).toMatchObject({ status: 'completed', outputs: { WaitingPeriodElapsed: true } });
  });

  it('Scheduled_Recommendations loops over every Account, calls its Apex action per record and updates them', () => {
    // given two accounts and a mocked action that finds recommendations
    const org = SimulatedOrg.from({ Account: [{ Name: 'A', Has_Available_Insight__c: false }, { Name: 'B', Has_Available_Insight__c: false }] });
    // when
    const { run } = runFlow(load('OrchestratorResources', 'Scheduled_Recommendations'), { org, actions: { ExecuteNBAStrategy: { outputs: { recCount: 2 } } } });
    // then
    expect(run.status).toBe('completed');
    expect(run.sideEffects.map((s) => s.description)).toEqual(['apex action ExecuteNBAStrategy', 'apex action ExecuteNBAStrategy']);
    expect(run.path.filter((p) => p.element === 'At_least_1_Rec').map((p) => p.outcome)).toEqual(['Yes', 'Yes']);
    expect(run.recordChanges.map((c) => c.operation)).toEqual(['update', 'update']);
  });

  it('every real autolaunched and evaluation flow runs to a status without throwing', () => {
    for (const project of ['DeactivateUser', 'OrchestratorResources'] as const) {
      for (const fixture of flowFixtures(project)) {
        // given
        const read = readFlowDefinition(fixture.text);
        if (!read.ok) throw new Error(fixture.path);
        // when
        const { run } = runFlow(read.definition, { flowName: fixture.name, file: fixture.path });
        // then
        expect(['completed', 'faulted', 'waiting', 'unsupported'], fixture.path).toContain(run.status);
        expect(JSON.stringify(run)).not.toContain('internal error');
      }
    }
  });
});
