/**
 * Issue 13's done-criterion on a project: a status-driven orchestration runs *through* its flows.
 * CaseLifecycle (`__fixtures__/CaseLifecycle`) classifies a case (a decision on the step flow's
 * output), escalates urgent ones (an email action, a record update), waits in Work until the case
 * is Resolved (a requirement on `$Record.Status`), resolves it (a flow updating the record by Id),
 * leaves Work through an evaluation flow with custom logic `(1 AND 2) OR (3 AND 4)` on the case's
 * Status, and goes back to Triage (a Go To) when the customer was not satisfied.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../engine/index';
import type { Orchestration, Scenario, Trace } from '../../model/types';
import { validateOrchestration } from '../../model/validate';
import { validateScenario } from '../../model/validateScenario';
import { openOrchestration } from './openOrchestration';
import { projectFromFiles } from './projectFromFiles';
import { caseLifecycleFiles } from './testing/projectFiles';
import { runScenario } from '../../verify/runScenario';

const CASE_ID = '500SIM000000000042';

function openCaseLifecycle(): Orchestration {
  const opened = openOrchestration(projectFromFiles(caseLifecycleFiles()), 'Case_Lifecycle');
  if (!opened.ok) throw new Error(JSON.stringify(opened.report));
  return opened.doc;
}

/** A new case; the agent marks it Resolved at 5 s and, after the customer is satisfied, again at 60 s. */
function scenario(priority: string, events: Scenario['events'] = RESOLVED_TWICE): Scenario {
  return {
    format: 'stageflow.scenario', version: 1,
    record: { Id: CASE_ID, CaseNumber: '00001042', Subject: 'Printer on fire', Status: 'New', Priority: priority, Customer_Satisfied__c: false, Reopen_Count__c: 0 },
    events,
  };
}

const RESOLVED_TWICE: Scenario['events'] = [
  { at: 5000, type: 'set', target: '$Record.Status', value: 'Resolved' },
  { at: 60000, type: 'set', target: '$Record.Customer_Satisfied__c', value: true },
  { at: 60000, type: 'set', target: '$Record.Status', value: 'Resolved' },
];

/** Stage starts in order, with their times. */
function stageWalk(trace: Trace): string[] {
  return trace.events.filter((e) => e.type === 'stageStarted').map((e) => `${e.stage}@${e.t}`);
}

function caseStatusesWritten(trace: Trace): string[] {
  return (trace.flowRuns ?? []).flatMap((r) => r.recordChanges.map((c) => `${r.flow}:${String(c.after?.Status ?? '')}`)).filter((s) => !s.endsWith(':'));
}

describe('CaseLifecycle: a status-driven orchestration runs through its own flows', () => {
  const doc = openCaseLifecycle();

  it('opens from its project with every flow definition, and validates', () => {
    // then
    expect((doc.flows ?? []).map((f) => [f.name, f.type, f.definition !== undefined])).toEqual(expect.arrayContaining([
      ['Classify_Case', 'autolaunched', true], ['Escalate_Case', 'autolaunched', true], ['Resolve_Case', 'autolaunched', true], ['Can_Leave_Work', 'evaluation', true],
    ]));
    expect(validateOrchestration(doc).filter((p) => p.severity === 'error')).toEqual([]);
    expect(validateScenario(scenario('High'), doc)).toEqual([]);
  });

  it('an urgent case walks Triage → Escalation → Work, back to Triage when reopened, then Work → closed', () => {
    // when
    const trace = simulate(doc, scenario('High'));
    // then the stages follow the case's Status, moved on by the scenario's changes
    expect(stageWalk(trace)).toEqual(['Triage@0', 'Escalation@0', 'Work@0', 'Triage@5000', 'Work@5000']);
    expect(trace.run.status).toBe('Completed');
    expect(trace.run.endedAt).toBe(60000);
    expect(trace.events.filter((e) => e.type === 'decisionTaken').map((e) => `${e.decision}:${e.outcome ?? 'default'}`))
      .toEqual(['Route:Escalate', 'Was_Reopened:Reopened', 'Route:default', 'Was_Reopened:default']);
    expect(caseStatusesWritten(trace)).toEqual(['Classify_Case:Escalated', 'Escalate_Case:Working', 'Resolve_Case:Reopened', 'Classify_Case:Working', 'Resolve_Case:Closed']);
  });

  it('a case that is not urgent skips Escalation (the decision reads the step flow\'s output)', () => {
    // when
    const trace = simulate(doc, scenario('Low'));
    // then
    expect(stageWalk(trace)).toEqual(['Triage@0', 'Work@0', 'Triage@5000', 'Work@5000']);
    expect(trace.flowRuns?.find((r) => r.flow === 'Classify_Case')?.outputs).toEqual({ route: 'work' });
  });

  it('without the agent marking it Resolved the run waits in Work, and the why names the Status it saw', () => {
    // when
    const trace = simulate(doc, scenario('Low', []));
    // then
    expect(trace.run).toMatchObject({ status: 'InProgress', stalled: true });
    expect(trace.steps.Resolve?.why).toContain('$Record.Status');
    expect(trace.steps.Resolve?.why).toContain('Working');
  });

  it('the escalation e-mail is a side effect in the trace, sent as the step\'s run-as user', () => {
    // when
    const trace = simulate(doc, scenario('Critical'));
    // then
    const escalate = trace.flowRuns?.find((r) => r.flow === 'Escalate_Case');
    expect(escalate?.sideEffects.map((s) => s.description)).toEqual([expect.stringContaining('support.manager@example.com')]);
    expect(trace.steps.Escalate?.runAs?.user).toBe('$AutomatedProcessUser');
  });

  it('the evaluation flow with custom logic (1 AND 2) OR (3 AND 4) decides when Work ends', () => {
    // when
    const trace = simulate(doc, scenario('Low'));
    // then its runs are in the trace: false while Working, false again once Resolved (what its
    // decision read changed, so the run is not a repeat: FORMAT.md `flowRuns`), true once Reopened,
    // false while Working again, false once Resolved again, then true once Closed
    const runs = (trace.flowRuns ?? []).filter((r) => r.flow === 'Can_Leave_Work').map((r) => `${r.t}:${String(r.result)}:${r.decision?.outcome ?? ''}`);
    expect(runs).toEqual(['0:false:default', '5000:false:default', '5000:true:Closed_Or_Reopened', '5000:false:default', '60000:false:default', '60000:true:Closed_Or_Reopened']);
    // and each false run says what its decision read: the case's Status at that moment
    const statuses = (trace.flowRuns ?? []).filter((r) => r.flow === 'Can_Leave_Work' && r.result === false).map((r) => r.decision?.notMet?.[0]?.rows[0]?.value);
    expect(statuses).toEqual(['Working', 'Resolved', 'Working', 'Resolved']);
  });

  it('the org the run ends with holds what the flows wrote (the records a recordField expectation reads)', () => {
    // when
    const outcome = runScenario(doc, scenario('High'));
    // then
    expect(outcome.records.Case).toEqual([expect.objectContaining({ Id: CASE_ID, Status: 'Closed', Priority: 'Medium', Reopen_Count__c: 1, Resolution__c: 'Resolved by support' })]);
  });

  it('is deterministic: the same project and scenario give a byte-identical trace', () => {
    // when
    const first = JSON.stringify(simulate(openCaseLifecycle(), scenario('High')));
    const second = JSON.stringify(simulate(openCaseLifecycle(), scenario('High')));
    // then
    expect(second).toBe(first);
  });
});
