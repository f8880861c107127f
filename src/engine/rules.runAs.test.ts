import { describe, expect, it } from 'vitest';
import { simulate } from './index';
import { asyncStep, bg, ia, orch, scenario, stage } from './testing/builders';

const APU = '$AutomatedProcessUser';
const flows = [
  { name: 'Shared', type: 'autolaunched' as const, active: true, runMode: 'systemWithSharing' as const },
  { name: 'AsUser', type: 'autolaunched' as const, active: true, runMode: 'user' as const },
  { name: 'NoSharing', type: 'autolaunched' as const, active: true, runMode: 'systemWithoutSharing' as const },
  { name: 'AsyncShared', type: 'autolaunched' as const, active: true, elements: ['Action'], runMode: 'systemWithSharing' as const, behavior: { durationMs: 100 } },
];

describe('run-as', () => {
  it('R40: API ≥ 60 — default runs as the Automated Process User, user mode as that user; access from the flow runMode', () => {
    const doc = orch([stage('S', [
      bg('Default'),
      bg('Chosen', { runAs: { mode: 'user', user: 'jdoe' }, flow: 'Shared' }),
      bg('UserMode', { flow: 'AsUser', runAs: { mode: 'user', user: 'ann' } }),
      bg('Without', { flow: 'NoSharing' }),
    ])], { apiVersion: 60, flows });
    const t = simulate(doc);
    expect(t.steps.Default?.runAs).toEqual({ user: APU, context: 'system', access: 'withoutSharing' });
    expect(t.steps.Chosen?.runAs).toEqual({ user: 'jdoe', context: 'system', access: 'withSharing' });
    expect(t.steps.UserMode?.runAs).toEqual({ user: 'ann', context: 'user', access: null });
    expect(t.steps.Without?.runAs).toEqual({ user: APU, context: 'system', access: 'withoutSharing' });
  });

  it('R41: API ≤ 59 — runAs mode user does not exist; the engine ignores it (validation rejects it)', () => {
    const doc = orch([stage('S', [bg('Chosen', { runAs: { mode: 'user', user: 'jdoe' } })])], {
      apiVersion: 59, trigger: { type: 'autolaunched', launchedBy: 'ann', runContext: 'user' },
    });
    expect(simulate(doc).steps.Chosen?.runAs).toEqual({ user: 'ann', context: 'user', access: null });
  });

  it('R42: API ≤ 59 — autolaunched runs as launchedBy in runContext; record-triggered as triggeredBy in system context', () => {
    const auto = orch([stage('S', [bg('Step', { flow: 'Shared' })])], { apiVersion: 58, flows, trigger: { type: 'autolaunched', launchedBy: 'ann', runContext: 'system' } });
    expect(simulate(auto).steps.Step?.runAs).toEqual({ user: 'ann', context: 'system', access: 'withSharing' });
    const rec = orch([stage('S', [bg('Step')])], { apiVersion: 55, trigger: { type: 'recordTriggered', object: 'Order', triggeredBy: 'jdoe' } });
    expect(simulate(rec).steps.Step?.runAs).toEqual({ user: 'jdoe', context: 'system', access: 'withoutSharing' });
  });

  it('R43: API ≤ 59 — the identity changes as the run resumes: work item ⇒ completer, publishEvent ⇒ its user, record change ⇒ APU, async ⇒ unchanged', () => {
    const gate = (n: number) => ({ start: { mode: 'requirements' as const, requirements: [{ left: 'phase', operator: 'EqualTo' as const, right: { number: n } }] } });
    const doc = orch([stage('S', [
      ia('Approve'),
      bg('AfterWorkItem', { start: { mode: 'stepCompleted', step: 'Approve' } }),
      bg('AfterPublish', { start: { mode: 'evaluationFlow', flow: 'Published' } }),
      bg('AfterRecord', gate(2)),
      asyncStep('Wait', { ...gate(3), requiresAsync: true }),
      bg('AfterAsync', { start: { mode: 'stepCompleted', step: 'Wait' } }),
    ])], {
      apiVersion: 59,
      trigger: { type: 'autolaunched', launchedBy: 'ann', runContext: 'user' },
      variables: [{ name: 'phase', type: 'Number', value: 0 }, { name: 'published', type: 'Boolean', value: false }],
      flows: [{ name: 'Published', type: 'evaluation', active: true, condition: { requirements: [{ left: 'published', operator: 'EqualTo', right: { boolean: true } }] } }],
    });
    const sc = scenario([
      { at: 100, type: 'completeWorkItem', step: 'Approve', by: 'mgr' },
      { at: 200, type: 'set', target: 'published', value: true }, // only an evaluation flow reads it: no wake, no identity change
      { at: 300, type: 'publishEvent', by: 'jdoe' },
      { at: 400, type: 'set', target: 'phase', value: 2 },
      { at: 500, type: 'set', target: 'phase', value: 3 },
      { at: 600, type: 'publishEvent', by: 'ann' },
    ]);
    const t = simulate(doc, sc);
    expect(t.steps.AfterWorkItem?.runAs).toEqual({ user: 'mgr', context: 'system', access: 'withoutSharing' });
    expect(t.steps.AfterPublish?.runAs).toEqual({ user: 'jdoe', context: 'system', access: 'withoutSharing' });
    expect(t.steps.AfterRecord?.runAs).toEqual({ user: APU, context: 'system', access: 'withoutSharing' });
    expect(t.steps.AfterAsync?.runAs).toEqual({ user: 'ann', context: 'system', access: 'withoutSharing' });
    expect(t.steps.AfterAsync?.startedAt).toBe(1500);
  });

  it('R44: API ≤ 59 — a sync background step runs as the current identity and context', () => {
    const doc = orch([stage('S', [bg('Step', { flow: 'Shared' })])], { apiVersion: 57, flows, trigger: { type: 'autolaunched', launchedBy: 'ann', runContext: 'user' } });
    expect(simulate(doc).steps.Step?.runAs).toEqual({ user: 'ann', context: 'user', access: null });
  });

  it('R45: API ≤ 59 — an async step runs as the Automated Process User in system context, else as the current identity', () => {
    const sys = orch([stage('S', [bg('Step', { flow: 'AsyncShared', requiresAsync: true })])], { apiVersion: 59, flows, trigger: { type: 'autolaunched', launchedBy: 'ann', runContext: 'system' } });
    expect(simulate(sys).steps.Step).toMatchObject({ mode: 'async', runAs: { user: APU, context: 'system', access: 'withSharing' } });
    const usr = orch([stage('S', [bg('Step', { flow: 'AsyncShared', requiresAsync: true })])], { apiVersion: 59, flows, trigger: { type: 'autolaunched', launchedBy: 'ann', runContext: 'user' } });
    expect(simulate(usr).steps.Step).toMatchObject({ mode: 'async', runAs: { user: 'ann', context: 'user', access: null } });
  });

  it('R46: an interactive step runs as the user who completes the work item, in user context', () => {
    const doc = orch([stage('S', [ia('Approve', { assignee: { type: 'group', name: 'Managers' } })])], { apiVersion: 50 });
    const t = simulate(doc, scenario([{ at: 10, type: 'completeWorkItem', step: 'Approve', by: 'jdoe' }]));
    expect(t.steps.Approve?.runAs).toEqual({ user: 'jdoe', context: 'user', access: null });
  });

  it('R47: an inactive or unknown run-as user is a validation error; the engine defends by failing the step as it starts', () => {
    const doc = orch([stage('S', [bg('Ghost', { runAs: { mode: 'user', user: 'nobody' } }), bg('Gone', { runAs: { mode: 'user', user: 'left' } })], { faultNext: 'T' }), stage('T', [bg('Gone2', { runAs: { mode: 'user', user: 'left' } })])], {
      users: [{ username: 'left', active: false }],
    });
    const t = simulate(doc);
    const errored = t.events.filter((e) => e.type === 'stepErrored').map((e) => e.message);
    expect(errored).toEqual(['run-as user "nobody" does not exist', 'run-as user "left" is inactive']);
  });
});

describe('run-as user choices', () => {
  it('R40: runAs user $AutomatedProcessUser is always valid', () => {
    const doc = orch([stage('S', [bg('Step', { runAs: { mode: 'user', user: APU } })])]);
    expect(simulate(doc).steps.Step).toMatchObject({ status: 'Completed', runAs: { user: APU, context: 'system' } });
  });
  it('R46: an interactive step whose assignee has no value fails as it starts, and has a run-as as every step that started has (FORMAT §4 runAs: null before it starts; UI-CONTRACT data-run-as on a step that has started)', () => {
    // given the assignee $Record.OwnerId and no record data (as /tmp/blackbox64/nullassignee.json)
    const doc = orch([stage('S', [ia('Ask', { assignee: { type: 'user', name: '$Record.OwnerId' }, inputs: { ActionInput__RecordId: '$Record.Id' } })])], {
      trigger: { type: 'recordTriggered', object: 'Case' },
    });
    const t = simulate(doc);
    // then no work item was assigned, and the step shows the stand-in of a missing assignee, in user context (R46)
    expect(t.steps.Ask).toMatchObject({ status: 'Error', mode: 'interactive', starts: 1, runAs: { user: APU, context: 'user', access: null } });
    expect(t.events.some((e) => e.type === 'workItemAssigned')).toBe(false);
  });
  it('R46: an interactive step whose flow is missing (an unvalidated document) fails as it starts, running as its assignee', () => {
    const doc = orch([stage('S', [ia('Ask', { flow: 'Gone', assignee: { type: 'user', name: 'mgr' } })])]);
    const t = simulate(doc);
    expect(t.steps.Ask).toMatchObject({ status: 'Error', starts: 1, runAs: { user: 'mgr', context: 'user', access: null } });
    // every step that started has a run-as
    for (const step of Object.values(t.steps)) if (step.starts > 0) expect(step.runAs).not.toBeNull();
  });
});
