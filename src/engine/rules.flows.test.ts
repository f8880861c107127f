/**
 * Issue 13: catalog flows that carry their own elements (`definition`) run through the Flow
 * interpreter inside the run — step flows, screen flows, evaluation flows — with the engine's
 * rules (R13, R20–R24, R30) applying to what they do.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FlowDefinition, FlowElement } from '../flows/definition';
import { chain, flowOf, variable } from '../flows/interpreter/testing/build';
import type { Flow, Orchestration, Scenario, StartCondition } from '../model/types';
import { simulate } from './index';
import { bg, ia, lines, linesOf, orch, scenario, stage } from './testing/builders';

const CASE = { Id: '500SIM000000000001', Status: 'New', Priority: 'Low' };
const recordId = variable('recordId', 'String', { io: 'in' });

/** A catalog entry for `definition` (type from its processType). */
function project(name: string, definition: FlowDefinition, extra: Partial<Flow> = {}): Flow {
  const type = definition.processType === 'EvaluationFlow' ? 'evaluation' : definition.processType === 'Flow' ? 'screen' : 'autolaunched';
  const io = definition.variables.filter((v) => v.isInput).map((v) => v.name);
  const out = definition.variables.filter((v) => v.isOutput).map((v) => v.name);
  return { name, type, active: true, inputs: io, outputs: out, source: { path: `force-app/main/default/flows/${name}.flow-meta.xml` }, definition, ...extra };
}

/** Update Records: the case `recordId` gets `fields`. */
function updateCase(name: string, fields: Record<string, string>, connector?: string): FlowElement {
  return {
    kind: 'recordUpdate', name, object: 'Case', filters: [{ field: 'Id', operator: 'EqualTo', value: { ref: 'recordId' } }],
    inputAssignments: Object.entries(fields).map(([field, value]) => ({ name: field, value: { string: value } })),
    ...(connector ? { connector } : {}),
  };
}

const setStatus = (status: string): FlowDefinition => flowOf([updateCase('Set_Status', { Status: status })], { variables: [recordId] });
const waitDays = (days: number, connector: string): FlowElement => ({
  kind: 'wait', name: 'Pause', events: [{ name: 'Later', eventType: 'AlarmEvent', conditions: [], connector, outputParameters: [], inputParameters: [
    { name: 'AlarmTime', value: { ref: '$Flow.InterviewStartTime' } }, { name: 'TimeOffset', value: { number: days } }, { name: 'TimeOffsetUnit', value: { string: 'Days' } },
  ] }],
});
const DAY = 86_400_000;

/** A record-triggered orchestration on Case whose `$Record` is the scenario's case. */
function onCase(stages: Orchestration['stages'], flows: Flow[], extra: Partial<Orchestration> = {}): Orchestration {
  return orch(stages, { trigger: { type: 'recordTriggered', object: 'Case' }, flows, ...extra });
}
const caseScenario = (extra: Partial<Scenario> = {}): Scenario => scenario([], { record: CASE, ...extra });
const withId = { inputs: { recordId: '$Record.Id' } };
const statusIs = (value: string) => ({ mode: 'requirements' as const, requirements: [{ left: '$Record.Status', operator: 'EqualTo' as const, right: { string: value } }] });

/** The case's account: Cold until Rate's flow makes it Hot. */
const ACCOUNT = { Id: '001SIM000000000001', Name: 'Acme', Rating: 'Cold' };
/** Rate's flow: makes the account Hot, then waits a day. */
const rateThenWait = flowOf(chain(
  { kind: 'recordUpdate', name: 'Rate_Account', object: 'Account', filters: [{ field: 'Id', operator: 'EqualTo', value: { ref: 'accountId' } }], inputAssignments: [{ name: 'Rating', value: { string: 'Hot' } }] },
  waitDays(1, 'Done'), { kind: 'assignment', name: 'Done', items: [] },
), { variables: [variable('accountId', 'String', { io: 'in' })] });
/** One stage: Rate (the flow above, on the case's account) and Ship, which starts as `shipStart` says. */
const rateThenShip = (shipStart: StartCondition): Orchestration['stages'] => [stage('S', [bg('Rate', { flow: 'Rate_Then_Wait', inputs: { accountId: '$Record.AccountId' } }), bg('Ship', { start: shipStart })])];
/** Runs `stages` on the case of that account (three days at most). */
const runAccountMadeHot = (stages: Orchestration['stages'], formulas?: Orchestration['formulas']) => simulate(
  onCase(stages, [project('Rate_Then_Wait', rateThenWait)], { apiVersion: 63, ...(formulas ? { formulas } : {}) }),
  caseScenario({ record: { ...CASE, AccountId: ACCOUNT.Id }, records: { Account: [ACCOUNT] }, limits: { maxTimeMs: 3 * DAY } }),
);
/** Ship starts when the account's change wakes the run (at 1000 ms), while Rate's flow still waits. */
const WOKEN_BY_THE_ACCOUNT = ['0 evaluation S stageStarted', '0 stepStarted Rate', '1000 evaluation S recordChanged', '1000 stepStarted Ship', `${1000 + DAY} evaluation S asyncStepCompleted`];

describe('project flows in the run (issue 13)', () => {
  it('R13: a record update by a step\'s flow wakes a requirement that reads it ($Record is the org record the flow updates by Id)', () => {
    // given Approve's flow updates the case, then waits a day; Ship waits for the case to be Approved
    const approveThenWait = flowOf(chain(updateCase('Approve_Case', { Status: 'Approved' }), waitDays(1, 'Done'), { kind: 'assignment', name: 'Done', items: [] }), { variables: [recordId] });
    const doc = onCase([stage('S', [bg('Approve', { flow: 'Approve_Then_Wait', ...withId }), bg('Ship', { start: statusIs('Approved') })])], [project('Approve_Then_Wait', approveThenWait)], { apiVersion: 63 });
    // when
    const trace = simulate(doc, caseScenario({ limits: { maxTimeMs: 3 * DAY } }));
    // then the update (at 1000 ms, when the async flow ran) wakes the run before the flow finishes
    expect(linesOf(trace, 'stepStarted', 'stepCompleted', 'evaluation')).toEqual([
      '0 evaluation S stageStarted', '0 stepStarted Approve',
      '1000 evaluation S recordChanged', '1000 stepStarted Ship', '1000 stepCompleted Ship',
      `${1000 + DAY} stepCompleted Approve`, `${1000 + DAY} evaluation S asyncStepCompleted`,
    ]);
    expect(trace.run.status).toBe('Completed');
  });

  it('R13: a sync step\'s flow updating $Record lets a step that reads the new Status start in the same pass', () => {
    // given
    const doc = onCase([stage('S', [bg('Mark', { flow: 'Set_Working', ...withId }), bg('Next', { start: statusIs('Working') })])], [project('Set_Working', setStatus('Working'))]);
    // when
    const trace = simulate(doc, caseScenario());
    // then
    expect(linesOf(trace, 'stepCompleted')).toEqual(['0 stepCompleted Mark', '0 stepCompleted Next']);
    expect(trace.flowRuns?.[0]).toMatchObject({ step: 'Mark', purpose: 'step', status: 'completed', recordChanges: [{ operation: 'update', object: 'Case', id: CASE.Id, before: { Status: 'New' }, after: { Status: 'Working' } }] });
  });

  it('R24: a step\'s outputs are its flow\'s output variables, the scenario\'s outputs winning key by key', () => {
    // given
    const flow = flowOf([{ kind: 'assignment', name: 'Set', items: [{ ref: 'code', operator: 'Assign', value: { string: 'A-1' } }, { ref: 'note', operator: 'Assign', value: { string: 'from flow' } }] }],
      { variables: [variable('code', 'String', { io: 'out' }), variable('note', 'String', { io: 'out' })] });
    const doc = orch([stage('S', [bg('Make', { flow: 'Make_Code', outputs: { code: 'code', note: 'note' } })])], {
      flows: [project('Make_Code', flow)],
      variables: [{ name: 'code', type: 'Text' }, { name: 'note', type: 'Text' }],
    });
    // when
    const trace = simulate(doc, scenario([], { steps: { Make: { outputs: { note: 'from scenario' } } }, expectations: [] }));
    // then
    expect(trace.flowRuns?.[0]?.outputs).toEqual({ code: 'A-1', note: 'from flow' });
    expect(trace.run.status).toBe('Completed');
  });

  it('R24: a decision between stages reads the real output of a step\'s flow', () => {
    // given
    const route = flowOf([{ kind: 'assignment', name: 'Pick', items: [{ ref: 'route', operator: 'Assign', value: { string: 'fast' } }] }], { variables: [variable('route', 'String', { io: 'out' })] });
    const doc = orch([stage('A', [bg('Choose', { flow: 'Route' })], { next: 'D' }), stage('Fast', [bg('F')]), stage('Slow', [bg('L')])], {
      flows: [project('Route', route)],
      decisions: [{ name: 'D', outcomes: [{ name: 'Is_Fast', requirements: [{ left: 'Choose.Outputs.route', operator: 'EqualTo', right: { string: 'fast' } }], next: 'Fast' }], defaultNext: 'Slow' }],
    });
    // when / then
    expect(linesOf(simulate(doc), 'decisionTaken')).toEqual(['0 decisionTaken D Is_Fast Fast']);
  });

  it('a flow run records where it falls among the events (seq): a step\'s flow after the step started, before its changes and its completion', () => {
    // given
    const doc = onCase([stage('S', [bg('Mark', { flow: 'Set_Working', ...withId })])], [project('Set_Working', setStatus('Working'))]);
    // when
    const trace = simulate(doc, caseScenario());
    // then
    const seq = trace.flowRuns?.[0]?.seq ?? -1;
    const before = trace.events[seq - 1];
    const after = trace.events[seq];
    expect(before).toMatchObject({ type: 'stepStarted', step: 'Mark' });
    expect(after).toMatchObject({ type: 'variableSet', target: '$Record.Status', value: 'Working' }); // the flow's change
    expect(trace.events.slice(0, seq).some((e) => e.type === 'stepCompleted')).toBe(false);
    expect(trace.events.slice(seq).some((e) => e.type === 'stepCompleted' && e.step === 'Mark')).toBe(true);
  });

  it('R22: an evaluation flow with its own elements decides through isOrchestrationConditionMet, its inputs bound by the caller', () => {
    // given a start condition whose flow compares its input with "High"
    const isHigh = flowOf([{
      kind: 'decision', name: 'Check', rules: [{ name: 'High', logic: 'and', conditions: [{ left: 'priority', operator: 'EqualTo', right: { string: 'High' } }], connector: 'Met' }],
    }, { kind: 'assignment', name: 'Met', items: [{ ref: 'isOrchestrationConditionMet', operator: 'Assign', value: { boolean: true } }] }], {
      processType: 'EvaluationFlow', variables: [variable('priority', 'String', { io: 'in' }), variable('isOrchestrationConditionMet', 'Boolean', { io: 'out' })],
    });
    const doc = onCase([stage('S', [bg('Urgent', { start: { mode: 'evaluationFlow', flow: 'Is_High', inputs: { priority: '$Record.Priority' } } }), bg('Other')])], [project('Is_High', isHigh)]);
    // when
    const low = simulate(doc, caseScenario());
    const high = simulate(doc, caseScenario({ record: { ...CASE, Priority: 'High' } }));
    // then
    expect(low.steps.Urgent?.status).toBe('NotStarted');
    expect(low.steps.Urgent?.why).toContain('its decision "Check" took the default outcome');
    expect(low.flowRuns?.find((r) => r.flow === 'Is_High')).toMatchObject({ purpose: 'start', step: 'Urgent', result: false, decision: { element: 'Check', outcome: 'default' } });
    expect(high.steps.Urgent?.status).toBe('Completed');
  });

  it('R22: an input row with no value ("", a parameter Flow Builder saved without a value) is not given to the flow: its variable keeps its own value (null), not "" (SFDC-Assets incident demo: an Incident record input left empty)', () => {
    // given an exit evaluation flow with a Record input left empty and the Id it uses instead, and a step flow with the same empty Record input
    const incident = variable('incident', 'SObject', { io: 'in', objectType: 'Case' });
    const caseIsNew = flowOf([{
      kind: 'decision', name: 'Check', rules: [{ name: 'Is_New', logic: 'and', conditions: [{ left: 'incident', operator: 'IsNull', right: { boolean: true } }, { left: 'caseId', operator: 'EqualTo', right: { string: CASE.Id } }], connector: 'Met' }],
    }, { kind: 'assignment', name: 'Met', items: [{ ref: 'isOrchestrationConditionMet', operator: 'Assign', value: { boolean: true } }] }], {
      processType: 'EvaluationFlow', variables: [incident, variable('caseId', 'String', { io: 'in' }), variable('isOrchestrationConditionMet', 'Boolean', { io: 'out' })],
    });
    const note = flowOf([{ kind: 'assignment', name: 'Noted', items: [] }], { variables: [incident] });
    const doc = onCase([
      { ...stage('S', [bg('First')]), exit: { mode: 'evaluationFlow', flow: 'Case_Is_New', inputs: { incident: '', caseId: '$Record.Id' } }, next: 'T' },
      stage('T', [bg('Note', { flow: 'Note', inputs: { incident: '' } })]),
    ], [project('Case_Is_New', caseIsNew), project('Note', note)]);
    // when
    const trace = simulate(doc, caseScenario());
    // then both flows ran with incident null: the stage exited on the flow's answer, and the next stage's step completed
    expect(trace.flowRuns?.map((r) => `${r.flow} ${r.status}${r.message ? `: ${r.message}` : ''}`)).toEqual(['Case_Is_New completed', 'Note completed']);
    expect(trace.steps.Note?.status).toBe('Completed');
    expect(trace.run.status).toBe('Completed');
  });

  it('R30: a flow that faults makes its step Error, with a message naming the flow and the element (an action mocked to fail)', () => {
    // given an e-mail action the scenario makes fail, with no fault connector
    const flow = flowOf([{ kind: 'actionCall', name: 'Send_Welcome', actionName: 'emailSimple', actionType: 'emailSimple', inputParameters: [{ name: 'emailAddresses', value: { string: 'a@example.com' } }], outputParameters: [] }]);
    const doc = orch([stage('S', [bg('Welcome', { flow: 'Welcome' })])], { flows: [project('Welcome', flow)] });
    // when
    const failed = simulate(doc, scenario([], { actions: { Send_Welcome: { fault: 'mailbox full' } } }));
    const sent = simulate(doc);
    // then
    expect(failed.steps.Welcome?.status).toBe('Error');
    expect(failed.events.find((e) => e.type === 'stepErrored')?.message).toBe('flow "Welcome" failed: Send_Welcome: mailbox full');
    expect(failed.flowRuns?.[0]?.status).toBe('faulted');
    expect(sent.steps.Welcome?.status).toBe('Completed');
    expect(sent.flowRuns?.[0]?.sideEffects).toEqual([{ element: 'Send_Welcome', description: expect.stringContaining('a@example.com') }]);
  });

  it('a flow that stops on something unsupported gives way to the step\'s stand-in behaviour, and the trace says why', () => {
    // given an Apex plugin call the simulator does not run, and a stand-in output
    const flow = flowOf([{ kind: 'unsupported', name: 'Legacy_Plugin', tag: 'apexPluginCalls' }], { variables: [variable('code', 'String', { io: 'out' })] });
    const doc = orch([stage('S', [bg('Call', { flow: 'Legacy' })])], { flows: [project('Legacy', flow, { behavior: { outputs: { code: 'stand-in' } } })] });
    // when
    const trace = simulate(doc);
    // then
    expect(trace.steps.Call?.status).toBe('Completed');
    expect(trace.flowRuns?.[0]).toMatchObject({ status: 'unsupported', standIn: true, message: expect.stringContaining('Legacy_Plugin') });
  });

  it('R17: a step waiting on an evaluation flow that could not be simulated says so in its why, as the Why panel does, not that the flow has neither a condition nor a result', () => {
    // given an evaluation flow that stops on an Apex plugin call, with no stand-in condition or result, and one with a stand-in result false
    const stops = flowOf([{ kind: 'unsupported', name: 'Legacy_Plugin', tag: 'apexPluginCalls' }], { processType: 'EvaluationFlow', variables: [variable('isOrchestrationConditionMet', 'Boolean', { io: 'out' })] });
    const doc = orch([stage('S', [
      bg('Gated', { start: { mode: 'evaluationFlow', flow: 'Gate' } }),
      bg('Fixed', { start: { mode: 'evaluationFlow', flow: 'Gate_Fixed' } }),
      bg('Other'),
    ])], { flows: [project('Gate', stops), project('Gate_Fixed', stops, { result: false })] });
    // when
    const trace = simulate(doc);
    // then
    expect(trace.steps.Gated?.why).toContain('evaluation flow "Gate" could not be simulated, and its stand-in has neither a condition nor a result, so it returns false');
    expect(trace.steps.Fixed?.why).toContain('evaluation flow "Gate_Fixed" returns false (it could not be simulated: its stand-in\'s fixed result)');
  });

  it('runaway guard: a flow that loops forever is stopped after maxFlowElements and its step ends in Error', () => {
    // given a decision that always goes back to the assignment before it
    const loop = flowOf([
      { kind: 'assignment', name: 'Count', items: [{ ref: 'n', operator: 'Add', value: { number: 1 } }], connector: 'Again' },
      { kind: 'decision', name: 'Again', rules: [{ name: 'Yes', logic: 'and', conditions: [{ left: 'n', operator: 'GreaterThan', right: { number: -1 } }], connector: 'Count' }] },
    ], { variables: [variable('n', 'Number')] });
    const doc = orch([stage('S', [bg('Spin', { flow: 'Spin' })])], { flows: [project('Spin', loop)] });
    // when
    const trace = simulate(doc, scenario([], { limits: { maxFlowElements: 50 } }));
    // then
    expect(trace.steps.Spin?.status).toBe('Error');
    expect(trace.flowRuns?.[0]).toMatchObject({ status: 'faulted', stoppedBy: 'maxElements', message: expect.stringContaining('more than 50 elements') });
    expect(trace.events.find((e) => e.type === 'stepErrored')?.message).toContain('more than 50 elements');
  });

  it('R20: with a definition, a wait among the flow\'s own elements makes the step async (API 63); the step ends when the wait resumes on the virtual clock', () => {
    // given
    const flow = flowOf([waitDays(2, 'Done'), { kind: 'assignment', name: 'Done', items: [] }]);
    const doc = orch([stage('S', [bg('Hold', { flow: 'Hold' })])], { apiVersion: 63, flows: [project('Hold', flow, { elements: ['Assignment'] })] });
    // when
    const trace = simulate(doc, scenario([], { limits: { maxTimeMs: 5 * DAY } }));
    // then
    expect(trace.steps.Hold).toMatchObject({ mode: 'async', status: 'Completed', endedAt: 1000 + 2 * DAY });
    expect(trace.flowRuns?.map((r) => [r.t, r.status, r.resumed ?? false])).toEqual([[1000, 'waiting', false], [1000 + 2 * DAY, 'completed', true]]);
  });

  it('R12: a flow waiting for a platform event resumes when the scenario publishes it', () => {
    // given
    const flow = flowOf([{ kind: 'wait', name: 'Pause', events: [{ name: 'Paid', eventType: 'Payment__e', conditions: [], connector: 'Done', inputParameters: [], outputParameters: [] }] }, { kind: 'assignment', name: 'Done', items: [] }]);
    const doc = orch([stage('S', [bg('Collect', { flow: 'Collect' })])], { apiVersion: 63, flows: [project('Collect', flow)] });
    // when
    const trace = simulate(doc, scenario([{ at: 5000, type: 'publishEvent', event: 'Payment__e' } as Scenario['events'] extends (infer E)[] | undefined ? E : never]));
    // then
    expect(trace.steps.Collect).toMatchObject({ status: 'Completed', endedAt: 5000 });
  });

  it('R46: an interactive step\'s screen flow runs its non-screen elements when the work item closes, as the user who closed it', () => {
    // given a screen, then an update of the case that records who approved
    const screenFlow = flowOf(chain(
      { kind: 'screen', name: 'Review', fields: [] },
      { kind: 'recordUpdate', name: 'Approve', object: 'Case', filters: [{ field: 'Id', operator: 'EqualTo', value: { ref: 'recordId' } }], inputAssignments: [{ name: 'Approved_By__c', value: { ref: '$User.Username' } }] },
    ), { processType: 'Flow', variables: [recordId] });
    const doc = onCase([stage('S', [ia('Review', { flow: 'Review_Case', ...withId }), bg('After', { start: { mode: 'requirements', requirements: [{ left: '$Record.Approved_By__c', operator: 'EqualTo', right: { string: 'mgr' } }] } })])], [project('Review_Case', screenFlow)]);
    // when
    const trace = simulate(doc, caseScenario({ events: [{ at: 3000, type: 'completeWorkItem', step: 'Review' }], autoCompleteWorkItems: false }));
    // then
    expect(linesOf(trace, 'workItemCompleted', 'stepCompleted')).toEqual(['3000 workItemCompleted Review', '3000 stepCompleted Review', '3000 stepCompleted After']);
    expect(trace.flowRuns?.[0]?.path.map((p) => p.element)).toEqual(['Review', 'Approve']);
  });

  it('R23: a screen flow\'s fields take the values the closing completeWorkItem carries (screenValues), and its later decision uses them', () => {
    // given a screen asking for a verdict, then a decision on it: Approved sets the case Approved, anything else Rejected
    const screenFlow = flowOf([
      { kind: 'screen', name: 'Ask', fields: [{ name: 'Verdict', fieldType: 'InputField', dataType: 'String', defaultValue: { string: 'None' } }], connector: 'Check' },
      { kind: 'decision', name: 'Check', rules: [{ name: 'Yes', logic: 'and', conditions: [{ left: 'Verdict', operator: 'EqualTo', right: { string: 'Approved' } }], connector: 'Approve' }], defaultConnector: 'Reject' },
      updateCase('Approve', { Status: 'Approved' }), updateCase('Reject', { Status: 'Rejected' }),
    ], { processType: 'Flow', variables: [recordId] });
    const doc = onCase([stage('S', [ia('Review', { flow: 'Review_Case', ...withId }), bg('Ship', { start: statusIs('Approved') })])], [project('Review_Case', screenFlow)]);
    const closeWith = (screenValues?: Record<string, string>) => caseScenario({ autoCompleteWorkItems: false, events: [{ at: 3000, type: 'completeWorkItem', step: 'Review', ...(screenValues ? { screenValues } : {}) }] });
    // when
    const entered = simulate(doc, closeWith({ Verdict: 'Approved' }));
    const nothingEntered = simulate(doc, closeWith());
    // then the entered value decides; without it the field's default does
    expect(entered.flowRuns?.[0]?.path.map((p) => p.element)).toEqual(['Ask', 'Check', 'Approve']);
    expect(entered.steps['Ship']?.status).toBe('Completed');
    expect(nothingEntered.flowRuns?.[0]?.path.map((p) => p.element)).toEqual(['Ask', 'Check', 'Reject']);
    expect(nothingEntered.steps['Ship']?.status).toBe('NotStarted');
  });

  it('R23: a screen field hidden by its visibility rule takes nothing from the closing screenValues (it is null), and the trace\'s path step says it was hidden and its answer not taken', () => {
    // given a screen whose Reason box is shown only when the verdict is Rejected, the reason written to the case
    const screenFlow = flowOf(chain(
      { kind: 'screen', name: 'Ask', fields: [
        { name: 'Verdict', fieldType: 'InputField', dataType: 'String' },
        { name: 'Reason', fieldType: 'LargeTextArea', isRequired: true, visibilityRule: { logic: 'and', conditions: [{ left: 'Verdict', operator: 'EqualTo', right: { string: 'Rejected' } }] } },
      ] },
      { kind: 'recordUpdate', name: 'Save', object: 'Case', filters: [{ field: 'Id', operator: 'EqualTo', value: { ref: 'recordId' } }], inputAssignments: [{ name: 'Status', value: { ref: 'Verdict' } }, { name: 'Reason__c', value: { ref: 'Reason' } }] },
    ), { processType: 'Flow', variables: [recordId] });
    const doc = onCase([stage('S', [ia('Review', { flow: 'Review_Case', ...withId })])], [project('Review_Case', screenFlow)]);
    // when the reviewer approves, with a reason the screen never showed
    const trace = simulate(doc, caseScenario({ steps: { Review: { screenValues: { Verdict: 'Approved', Reason: 'left over' } } } }));
    // then the case's Reason__c stays blank (it is not among the fields changed)
    expect(trace.flowRuns?.[0]?.recordChanges?.[0]?.after).toEqual({ Status: 'Approved' });
    expect(trace.flowRuns?.[0]?.path[0]).toEqual({ element: 'Ask', kind: 'screen', hidden: ['Reason'], answersNotTaken: ['Reason'] });
  });

  it('R23: an unattended close uses the scenario\'s steps[name].screenValues; a completeWorkItem\'s own values win key by key', () => {
    // given a screen with two fields copied to the case
    const screenFlow = flowOf(chain(
      { kind: 'screen', name: 'Ask', fields: [{ name: 'Verdict', fieldType: 'InputField', dataType: 'String' }, { name: 'Note', fieldType: 'InputField', dataType: 'String' }] },
      { kind: 'recordUpdate', name: 'Save', object: 'Case', filters: [{ field: 'Id', operator: 'EqualTo', value: { ref: 'recordId' } }], inputAssignments: [{ name: 'Status', value: { ref: 'Verdict' } }, { name: 'Note__c', value: { ref: 'Note' } }] },
    ), { processType: 'Flow', variables: [recordId] });
    const doc = onCase([stage('S', [ia('Review', { flow: 'Review_Case', ...withId })])], [project('Review_Case', screenFlow)]);
    const steps = { Review: { screenValues: { Verdict: 'Approved', Note: 'from the step' } } };
    // when
    const unattended = simulate(doc, caseScenario({ steps }));
    const byEvent = simulate(doc, caseScenario({ steps, autoCompleteWorkItems: false, events: [{ at: 10, type: 'completeWorkItem', step: 'Review', screenValues: { Note: 'typed' } }] }));
    // then
    expect(unattended.flowRuns?.[0]?.recordChanges?.[0]?.after).toEqual({ Status: 'Approved', Note__c: 'from the step' });
    expect(byEvent.flowRuns?.[0]?.recordChanges?.[0]?.after).toEqual({ Status: 'Approved', Note__c: 'typed' });
  });

  it('R13: a flow\'s change to a related record (not $Record) wakes a requirement that reads it through the relationship ($Record.Account.Rating)', () => {
    // given Rate's flow makes the case's account Hot, then waits a day; Ship waits for $Record.Account.Rating = Hot
    const hot = { mode: 'requirements' as const, requirements: [{ left: '$Record.Account.Rating', operator: 'EqualTo' as const, right: { string: 'Hot' } }] };
    // when
    const trace = runAccountMadeHot(rateThenShip(hot));
    // then the account's change (at 1000 ms) wakes the run while Rate's flow still waits
    expect(linesOf(trace, 'stepStarted', 'evaluation')).toEqual(WOKEN_BY_THE_ACCOUNT);
  });

  it('R13: a formula resource that reads a relationship ($Record.Account.Rating) wakes the run when a flow changes the related record, through a formula reading it too', () => {
    // given Ship waits for a formula over the account's rating, directly or through another formula
    const formulaIsTrue = (name: string) => ({ mode: 'requirements' as const, requirements: [{ left: name, operator: 'EqualTo' as const, right: { boolean: true } }] });
    const formulas: Orchestration['formulas'] = [
      { name: 'Account_Is_Hot', type: 'Boolean', expression: '{!$Record.Account.Rating} = "Hot"' },
      { name: 'Ready_To_Ship', type: 'Boolean', expression: '{!Account_Is_Hot}' },
    ];
    // when / then the account's change (at 1000 ms) wakes the run while Rate's flow still waits, not a day later
    for (const waitsFor of ['Account_Is_Hot', 'Ready_To_Ship']) {
      expect(linesOf(runAccountMadeHot(rateThenShip(formulaIsTrue(waitsFor)), formulas), 'stepStarted', 'evaluation')).toEqual(WOKEN_BY_THE_ACCOUNT);
    }
    // and an edit of the formula alone (the same stage objects, as an edit shares them) is read afresh
    const stages = rateThenShip(formulaIsTrue('Account_Is_Hot'));
    const withFormula = (expression: string) => runAccountMadeHot(stages, [{ name: 'Account_Is_Hot', type: 'Boolean', expression }]);
    expect(linesOf(withFormula('{!$Record.Status} = "Hot"'), 'stepStarted')).toEqual(['0 stepStarted Rate']);
    expect(linesOf(withFormula('{!$Record.Account.Rating} = "Hot"'), 'stepStarted')).toEqual(['0 stepStarted Rate', '1000 stepStarted Ship']);
  });

  it('R13: a record change made by a step\'s flow is a variableSet in the trace, as a scenario set is, naming the step', () => {
    // given a sync step whose flow sets the case Working
    const doc = onCase([stage('S', [bg('Mark', { flow: 'Set_Working', ...withId })])], [project('Set_Working', setStatus('Working'))]);
    // when
    const trace = simulate(doc, caseScenario());
    // then the change comes before the step's completion, with the same fields a scenario set has
    const set = trace.events.find((e) => e.type === 'variableSet');
    expect(set).toMatchObject({ t: 0, stage: 'S', step: 'Mark', target: '$Record.Status', value: 'Working' });
    expect(trace.events.findIndex((e) => e.type === 'variableSet')).toBeLessThan(trace.events.findIndex((e) => e.type === 'stepCompleted'));
  });

  it('flows without a definition keep their stand-in behaviour, and the trace has no flowRuns', () => {
    // given
    const trace = simulate(orch([stage('S', [bg('A'), ia('B')])]));
    // then
    expect(trace.flowRuns).toBeUndefined();
    expect(lines(trace)).toContain('0 stepCompleted A');
  });

  it('determinism: the same orchestration and scenario give a byte-identical trace, flow runs included', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('New', 'Working', 'Resolved', 'Closed'), { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 3 }), (statuses, waits) => {
      // given a chain of stages, each setting the case's Status; some steps wait for the previous Status
      const flows = statuses.map((s, i) => project(`Set_${i}`, setStatus(s)));
      const stages = statuses.map((_, i) => stage(`S${i}`, [bg(`Step_${i}`, { flow: `Set_${i}`, ...withId, ...(i > 0 && i <= waits ? { start: statusIs(statuses[i - 1]!) } : {}) })], { next: i + 1 < statuses.length ? `S${i + 1}` : null }));
      const doc = onCase(stages, flows);
      // when
      const first = JSON.stringify(simulate(doc, caseScenario()));
      const second = JSON.stringify(simulate(structuredClone(doc), caseScenario()));
      // then
      expect(second).toBe(first);
      expect(first).toContain('"flowRuns"');
    }), { numRuns: 40 });
  });
});
