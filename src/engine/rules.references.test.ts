import { describe, expect, it } from 'vitest';
import type { Orchestration, Requirement, Scenario, Variable } from '../model/types';
import { simulate } from './index';
import { ORCHESTRATION_INSTANCE_ID } from './resolve';
import { bg, ia, linesOf, orch, scenario, stage } from './testing/builders';

const USERS: NonNullable<Scenario['records']> = {
  User: [
    { Id: '005MGR', Username: 'mgr@example.com', Email: 'boss@example.com' },
    { Id: '005OWN', Username: 'owner@example.com', Email: 'owner@example.com', ManagerId: '005MGR' },
  ],
  Group: [{ Id: '00GQUEUE', Name: 'Tier 2' }],
};

/** A record-triggered orchestration on Case whose step `Probe` starts on `rows`. */
function onCase(rows: Requirement[], extra: Partial<Orchestration> = {}): Orchestration {
  return orch([stage('S', [bg('Probe', { start: { mode: 'requirements', requirements: rows } })])], {
    trigger: { type: 'recordTriggered', object: 'Case', when: 'createAndUpdate' },
    ...extra,
  });
}

function probeStarted(doc: Orchestration, sc?: Scenario): boolean {
  return simulate(doc, sc).steps.Probe?.status === 'Completed';
}

const caseScenario = (record: Record<string, string | number | boolean | null>, extra: Partial<Scenario> = {}): Scenario =>
  scenario([], { records: USERS, record, ...extra });

describe('R50: Salesforce reference syntax in the run', () => {
  it('R50: $Record.Status on the triggering record is its field, not a step status', () => {
    // given a Case whose Status is Escalated
    const doc = onCase([{ left: '$Record.Status', operator: 'EqualTo', right: { string: 'Escalated' } }]);
    // when / then
    expect(probeStarted(doc, caseScenario({ Status: 'Escalated' }))).toBe(true);
    expect(probeStarted(doc, caseScenario({ Status: 'New' }))).toBe(false);
  });

  it('R50: X.Status on a Record variable reads the variable\'s Status field; on a step it is the step status', () => {
    // given a Record variable caseRec and a step named Other
    const variables: Variable[] = [{ name: 'caseRec', type: 'Record', object: 'Case', value: { Status: 'Closed' } }];
    const doc = orch([stage('S', [
      bg('ByField', { start: { mode: 'requirements', requirements: [{ left: 'caseRec.Status', operator: 'EqualTo', right: { string: 'Closed' } }] } }),
      bg('ByStep', { start: { mode: 'requirements', requirements: [{ left: 'Other.Status', operator: 'EqualTo', right: { string: 'InProgress' } }] } }),
      bg('Other', { flow: 'Async' }),
    ])], { variables });
    // when
    const trace = simulate(doc);
    // then
    expect(trace.steps.ByField?.startedAt).toBe(0);
    expect(trace.steps.ByStep?.status).toBe('Completed');
  });

  it('R50: relationship paths read through the org: $Record.Owner.Email and $Record.Owner.Manager.Email', () => {
    const doc = onCase([
      { left: '$Record.Owner.Email', operator: 'EqualTo', right: { string: 'owner@example.com' } },
      { left: '$Record.Owner.Manager.Email', operator: 'EqualTo', right: { string: 'boss@example.com' } },
    ]);
    expect(probeStarted(doc, caseScenario({ OwnerId: '005OWN' }))).toBe(true);
    expect(probeStarted(doc, caseScenario({ OwnerId: '005MGR' }))).toBe(false);
  });

  it('R50: a polymorphic step Owner:User reads only when the owner is a user', () => {
    const doc = onCase([{ left: '$Record.Owner:User.Username', operator: 'IsNull', right: { boolean: false } }]);
    expect(probeStarted(doc, caseScenario({ OwnerId: '005OWN' }))).toBe(true);
    expect(probeStarted(doc, caseScenario({ OwnerId: '00GQUEUE' }))).toBe(false);
  });

  it('R50: $Record__Prior holds the values before the save', () => {
    const doc = onCase([
      { left: '$Record__Prior.Status', operator: 'EqualTo', right: { string: 'New' } },
      { left: '$Record.Status', operator: 'EqualTo', right: { string: 'Escalated' } },
    ]);
    const save = (prior: string) => caseScenario({ Status: 'Escalated' }, { save: { operation: 'update', prior: { Status: prior } } });
    expect(probeStarted(doc, save('New'))).toBe(true);
    expect(probeStarted(doc, save('Working'))).toBe(false);
  });

  it('R50: $User is the identity the element runs as; in conditions, the orchestration\'s', () => {
    // given API 59, launched by jdoe (user context): the orchestration runs as jdoe
    const rows: Requirement[] = [{ left: '$User.Username', operator: 'EqualTo', right: { string: 'jdoe' } }];
    const doc = orch([stage('S', [bg('Probe', { start: { mode: 'requirements', requirements: rows } })])], {
      apiVersion: 59, trigger: { type: 'autolaunched', launchedBy: 'jdoe', runContext: 'user' },
    });
    expect(probeStarted(doc)).toBe(true);
    // from API 60 on, the orchestration runs as the Automated Process User
    expect(probeStarted({ ...doc, apiVersion: 60 })).toBe(false);
  });

  it('R50: $User fields come from the user\'s record in the org when there is one', () => {
    const rows: Requirement[] = [{ left: '$User.Email', operator: 'EqualTo', right: { string: 'owner@example.com' } }];
    const doc = orch([stage('S', [bg('Probe', { start: { mode: 'requirements', requirements: rows } })])], {
      apiVersion: 59, trigger: { type: 'autolaunched', launchedBy: 'owner@example.com', runContext: 'user' },
      users: [{ username: 'owner@example.com', active: true }],
    });
    expect(probeStarted(doc, scenario([], { records: USERS }))).toBe(true);
  });

  it('R50: $Flow.CurrentDateTime and $Flow.CurrentDate read the virtual clock from the scenario\'s startAt', () => {
    const doc = orch([stage('S', [
      bg('Wait', { flow: 'Async' }),
      bg('Probe', { start: { mode: 'requirements', logic: 'and', requirements: [
        { left: '$Flow.CurrentDateTime', operator: 'GreaterThanOrEqualTo', right: { dateTime: '2025-03-01T10:00:01Z' } },
        { left: '$Flow.CurrentDate', operator: 'EqualTo', right: { date: '2025-03-01' } },
      ] } }),
    ])]);
    // the async step completes at 1000 ms: the pass then sees 10:00:01
    const trace = simulate(doc, scenario([], { startAt: '2025-03-01T10:00:00Z' }));
    expect(trace.steps.Probe).toMatchObject({ status: 'Completed', startedAt: 1000 });
  });

  it('R50: $GlobalConstant.True, False and EmptyString', () => {
    const variables: Variable[] = [{ name: 'flag', type: 'Boolean', value: true }, { name: 'note', type: 'Text', value: '' }];
    const doc = orch([stage('S', [bg('Probe', { start: { mode: 'requirements', logic: 'and', requirements: [
      { left: 'flag', operator: 'EqualTo', right: { ref: '$GlobalConstant.True' } },
      { left: 'flag', operator: 'NotEqualTo', right: { ref: '$GlobalConstant.False' } },
      { left: 'note', operator: 'EqualTo', right: { ref: '$GlobalConstant.EmptyString' } },
    ] } })])], { variables });
    expect(probeStarted(doc)).toBe(true);
  });

  it('R50: $Orchestration.Instance is the run\'s id, the same on every run', () => {
    const doc = orch([stage('S', [bg('Probe', { start: { mode: 'requirements', requirements: [
      { left: '$Orchestration.Instance', operator: 'EqualTo', right: { string: ORCHESTRATION_INSTANCE_ID } },
    ] } })])]);
    expect(probeStarted(doc)).toBe(true);
  });

  it('R50: fields of a record output (Step.Outputs.user.Id) and relationships from it', () => {
    const doc = orch([stage('S', [
      bg('Load', { flow: 'Load_User' }),
      bg('Probe', { start: { mode: 'requirements', logic: 'and', requirements: [
        { left: 'Load.Outputs.user.Id', operator: 'EqualTo', right: { string: '005OWN' } },
        { left: 'Load.Outputs.user.Manager.Email', operator: 'EqualTo', right: { string: 'boss@example.com' } },
      ] } }),
    ])], { flows: [{ name: 'Load_User', type: 'autolaunched', active: true, outputs: ['user'], behavior: { outputs: { user: { Id: '005OWN', ManagerId: '005MGR' } } } }] });
    expect(probeStarted(doc, scenario([], { records: USERS }))).toBe(true);
  });

  it('R24: a record output copied into a Record variable keeps its fields', () => {
    const doc = orch([stage('S', [
      bg('Load', { flow: 'Load_User', outputs: { user: 'curUser' } }),
      bg('Probe', { start: { mode: 'requirements', requirements: [{ left: 'curUser.Manager.Email', operator: 'EqualTo', right: { string: 'boss@example.com' } }] } }),
    ])], {
      variables: [{ name: 'curUser', type: 'Record', object: 'User' }],
      flows: [{ name: 'Load_User', type: 'autolaunched', active: true, outputs: ['user'], behavior: { outputs: { user: { Id: '005OWN', ManagerId: '005MGR' } } } }],
    });
    expect(probeStarted(doc, scenario([], { records: USERS }))).toBe(true);
  });

  it('R50: typed literals in input mappings are booleans and numbers', () => {
    const doc = orch([stage('S', [
      bg('Probe', { start: { mode: 'evaluationFlow', flow: 'Check', inputs: { flag: 'true', count: '3' } } }),
    ])], { flows: [{ name: 'Check', type: 'evaluation', active: true, inputs: ['flag', 'count'], condition: { requirements: [
      { left: 'flag', operator: 'EqualTo', right: { boolean: true } },
      { left: 'count', operator: 'GreaterThan', right: { number: 2 } },
    ] } }] });
    expect(probeStarted(doc)).toBe(true);
  });

  it('R50: JSON number and boolean literals in input mappings are the same literals ("inputs": { "count": 3 })', () => {
    const withCount = (count: number) => orch([stage('S', [
      bg('Probe', { start: { mode: 'evaluationFlow', flow: 'Check', inputs: { flag: true, count } } }),
    ])], { flows: [{ name: 'Check', type: 'evaluation', active: true, inputs: ['flag', 'count'], condition: { requirements: [
      { left: 'flag', operator: 'EqualTo', right: { boolean: true } },
      { left: 'count', operator: 'GreaterThan', right: { number: 2 } },
    ] } }] });
    expect(probeStarted(withCount(3))).toBe(true);
    expect(probeStarted(withCount(2))).toBe(false);
  });

  it('R50: an input variable of an autolaunched orchestration holds what the launcher passed (scenario inputs)', () => {
    const doc = orch([stage('S', [bg('Probe', { start: { mode: 'requirements', requirements: [{ left: 'curUser.Manager.Email', operator: 'EqualTo', right: { string: 'boss@example.com' } }] } })])], {
      variables: [{ name: 'curUser', type: 'Record', object: 'User', input: true }],
    });
    expect(probeStarted(doc, scenario([], { records: USERS, inputs: { curUser: { Id: '005OWN', ManagerId: '005MGR' } } }))).toBe(true);
    expect(probeStarted(doc, scenario([], { records: USERS }))).toBe(false);
  });

  it('R50: a variable not available for input keeps its own starting value, whatever the scenario passes', () => {
    const doc = orch([stage('S', [bg('Probe', { start: { mode: 'requirements', requirements: [{ left: 'approved', operator: 'EqualTo', right: { boolean: true } }] } })])], {
      variables: [{ name: 'approved', type: 'Boolean', value: false }],
    });
    expect(probeStarted(doc, scenario([], { inputs: { approved: true } }))).toBe(false);
    const forInput = { ...doc, variables: [{ name: 'approved', type: 'Boolean' as const, value: false, input: true }] };
    expect(probeStarted(forInput, scenario([], { inputs: { approved: true } }))).toBe(true);
  });
});

describe('R23: an assignee given as a resource', () => {
  it('R23: $Record.Owner:User.Username goes to whoever owns the record when the work item is assigned', () => {
    // given a record owned by owner@, reassigned to mgr@ at 500 ms, and a second stage's step assigned then
    const doc = orch([
      stage('First', [bg('Wait', { flow: 'Async' })], { next: 'Second' }),
      stage('Second', [ia('Review', { assignee: { type: 'user', name: '$Record.Owner:User.Username' } })]),
    ], { trigger: { type: 'recordTriggered', object: 'Case' } });
    const early = simulate(doc, caseScenario({ OwnerId: '005OWN' }));
    const moved = simulate(doc, caseScenario({ OwnerId: '005OWN' }, { events: [{ at: 500, type: 'set', target: '$Record.OwnerId', value: '005MGR' }] }));
    // then
    expect(early.events.find((e) => e.type === 'workItemAssigned')?.assignee).toBe('owner@example.com');
    expect(moved.events.find((e) => e.type === 'workItemAssigned')?.assignee).toBe('mgr@example.com');
    expect(moved.steps.Review?.runAs?.user).toBe('mgr@example.com');
  });

  it('R23: an assignee resource holding a user\'s Id ($Record.OwnerId) goes to that user, named by their username when the records have them', () => {
    // given a work item assigned to the record's owner by Id, and one owned by a user the records lack
    const doc = orch([stage('S', [ia('Review', { assignee: { type: 'user', name: '$Record.OwnerId' } })])], {
      trigger: { type: 'recordTriggered', object: 'Case' },
    });
    const known = simulate(doc, caseScenario({ OwnerId: '005OWN' }));
    const unknown = simulate(doc, caseScenario({ OwnerId: '005NOBODY' }));
    // then the known owner is named as a user (run as, work item, completion), the other by the Id
    expect(known.events.find((e) => e.type === 'workItemAssigned')?.assignee).toBe('owner@example.com');
    expect(known.steps.Review?.runAs?.user).toBe('owner@example.com');
    expect(known.steps.Review?.status).toBe('Completed');
    expect(unknown.events.find((e) => e.type === 'workItemAssigned')?.assignee).toBe('005NOBODY');
    // a scenario that completes the work item by the Id (as it had to before) still does
    const byId = simulate(doc, caseScenario({ OwnerId: '005OWN' }, { autoCompleteWorkItems: false, events: [{ at: 100, type: 'completeWorkItem', step: 'Review', by: '005OWN' }] }));
    expect(byId.steps.Review?.status).toBe('Completed');
    // a 15-character Id names the user whose 18-character Id it begins
    const records = { User: [{ Id: '005000000000001AAA', Username: 'long@example.com' }] };
    const short = simulate(doc, caseScenario({ OwnerId: '005000000000001' }, { records }));
    expect(short.events.find((e) => e.type === 'workItemAssigned')?.assignee).toBe('long@example.com');
  });

  it('R23: an assignee resource with no value fails the step with a message that names it', () => {
    const doc = orch([stage('S', [ia('Review', { assignee: { type: 'user', name: '$Record.Owner:User.Username' } })])], {
      trigger: { type: 'recordTriggered', object: 'Case' },
    });
    const trace = simulate(doc, caseScenario({ OwnerId: '00GQUEUE' }));
    expect(trace.steps.Review?.status).toBe('Error');
    expect(trace.events.find((e) => e.type === 'stepErrored')?.message).toBe('the assignee $Record.Owner:User.Username has no value (null), so the work item cannot be assigned');
  });
});

describe('R13: $Record is the org record', () => {
  it('R13: a scenario set on $Record.Status changes the record and wakes a requirement that reads it', () => {
    // given a step waiting for the Case to be Escalated
    const doc = onCase([{ left: '$Record.Status', operator: 'EqualTo', right: { string: 'Escalated' } }]);
    const sc = caseScenario({ Status: 'New' }, { events: [{ at: 700, type: 'set', target: '$Record.Status', value: 'Escalated' }] });
    // when
    const trace = simulate(doc, sc);
    // then
    expect(linesOf(trace, 'variableSet', 'evaluation', 'stepStarted')).toEqual([
      '0 evaluation S stageStarted', '700 variableSet $Record.Status="Escalated"', '700 evaluation S recordChanged', '700 stepStarted Probe',
    ]);
  });

  it('R13: a set on a Record variable\'s Status field wakes a requirement on caseRec.Status (R50)', () => {
    const doc = orch([stage('S', [bg('Probe', { start: { mode: 'requirements', requirements: [{ left: 'caseRec.Status', operator: 'EqualTo', right: { string: 'Closed' } }] } })])], {
      variables: [{ name: 'caseRec', type: 'Record', value: { Status: 'New' } }],
    });
    const trace = simulate(doc, scenario([{ at: 100, type: 'set', target: 'caseRec.Status', value: 'Closed' }]));
    expect(trace.steps.Probe).toMatchObject({ status: 'Completed', startedAt: 100 });
  });

  it('R13: a set on the lookup field wakes a requirement that reads through the relationship', () => {
    const doc = onCase([{ left: '$Record.Owner.Email', operator: 'EqualTo', right: { string: 'boss@example.com' } }]);
    const sc = caseScenario({ OwnerId: '005OWN' }, { events: [{ at: 300, type: 'set', target: '$Record.OwnerId', value: '005MGR' }] });
    expect(simulate(doc, sc).steps.Probe).toMatchObject({ status: 'Completed', startedAt: 300 });
  });

  it('R13: the triggering record is stored under the trigger\'s object with its Id, and $Record.Id reads it', () => {
    const doc = onCase([{ left: '$Record.Id', operator: 'EqualTo', right: { string: '500X' } }]);
    expect(probeStarted(doc, caseScenario({ Id: '500X', Status: 'New' }))).toBe(true);
    // without an Id the record gets a generated one (Case key prefix 500)
    const generated = onCase([{ left: '$Record.Id', operator: 'StartsWith', right: { string: '500SIM' } }]);
    expect(probeStarted(generated, caseScenario({ Status: 'New' }))).toBe(true);
  });
});

describe('R50: formula resources', () => {
  const doc = orch([stage('S', [bg('Probe', { start: { mode: 'requirements', requirements: [{ left: 'Is_Big', operator: 'EqualTo', right: { boolean: true } }] } })])], {
    variables: [{ name: 'amount', type: 'Number', value: 50 }],
    formulas: [{ name: 'Is_Big', type: 'Boolean', expression: '{!amount} > 100' }],
  });

  it('R50: a formula resource is computed from the run\'s current values', () => {
    expect(probeStarted(doc)).toBe(false);
    expect(probeStarted({ ...doc, variables: [{ name: 'amount', type: 'Number', value: 150 }] })).toBe(true);
  });

  it('R13: a change to a value a formula reads wakes a requirement on the formula', () => {
    const trace = simulate(doc, scenario([{ at: 400, type: 'set', target: 'amount', value: 500 }]));
    expect(trace.steps.Probe).toMatchObject({ status: 'Completed', startedAt: 400 });
  });

  it('R50: a formula that reads itself, or does not parse, reads as null', () => {
    const looping = { ...doc, formulas: [{ name: 'Is_Big', type: 'Boolean' as const, expression: 'NOT({!Is_Big})' }] };
    expect(probeStarted(looping)).toBe(false);
    const broken = { ...doc, formulas: [{ name: 'Is_Big', type: 'Boolean' as const, expression: '{!amount} >' }] };
    expect(probeStarted(broken)).toBe(false);
  });

  it('R50: a formula that reads itself through another formula reads as null; the same formulas without the loop do not', () => {
    // given Is_Big reads Big_Enough, which reads Is_Big back
    const loop = { ...doc, variables: [{ name: 'amount', type: 'Number' as const, value: 150 }], formulas: [
      { name: 'Is_Big', type: 'Boolean' as const, expression: '{!Big_Enough} || {!amount} > 100' },
      { name: 'Big_Enough', type: 'Boolean' as const, expression: 'NOT({!Is_Big})' },
    ] };
    // when / then: the loop makes Is_Big null, so the step does not start
    expect(probeStarted(loop)).toBe(false);
    // and a chain without a loop is read through (nothing of the earlier read is kept)
    const chain = { ...loop, formulas: [loop.formulas[0]!, { name: 'Big_Enough', type: 'Boolean' as const, expression: '{!amount} > 1000' }] };
    expect(probeStarted(chain)).toBe(true);
  });
});
