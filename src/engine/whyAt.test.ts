import { describe, expect, it } from 'vitest';
import { simulate } from './index';
import { runToMoment } from './simulation';
import { after, asyncStep, bg, ia, orch, scenario, stage } from './testing/builders';
import { whyAt } from './whyAt';

const paidRow = { left: 'order.Paid', operator: 'EqualTo' as const, right: { boolean: true } };
const waitsForPayment = orch([stage('Fulfil', [asyncStep('Pack'), bg('Ship', { start: { mode: 'requirements', logic: 'and', requirements: [paidRow] } })])], {
  variables: [{ name: 'order', type: 'Record', object: 'Order', value: { Paid: false } }],
});

describe('whyAt: the start condition as of a moment of the run', () => {
  it('R14: the run stopped at event i has produced exactly the first i+1 events of the trace', () => {
    // given
    const trace = simulate(waitsForPayment, scenario([{ at: 500, type: 'set', target: 'order.Paid', value: true }]));
    // when / then: every moment matches the trace event for event
    for (let i = 0; i < trace.events.length; i++) {
      expect(runToMoment(waitsForPayment, scenario([{ at: 500, type: 'set', target: 'order.Paid', value: true }]), i + 1).events).toEqual(trace.events.slice(0, i + 1));
    }
  });

  it('R14: requirements are read row by row with the value of that moment, not of the end of the run', () => {
    // given order.Paid becomes true at 500 ms
    const s = scenario([{ at: 500, type: 'set', target: 'order.Paid', value: true }]);
    const trace = simulate(waitsForPayment, s);
    const evaluated = trace.events.findIndex((e) => e.type === 'evaluation');
    const changed = trace.events.findIndex((e) => e.type === 'variableSet');
    // when
    const before = whyAt(waitsForPayment, s, evaluated, 'Ship');
    const atChange = whyAt(waitsForPayment, s, changed, 'Ship');
    // then: before the change the row is not met, with its value, operator and expected value
    expect(before).toMatchObject({ status: 'NotStarted', blocker: null, stage: { name: 'Fulfil', status: 'InProgress' } });
    expect(before!.start).toEqual({
      mode: 'requirements',
      holds: false,
      logic: { kind: 'and', text: 'and', error: null },
      rows: [{ row: 1, left: 'order.Paid', value: 'false', operator: 'EqualTo', expected: 'true', expectedRef: null, wasSet: null, holds: false }],
    });
    // and right after the change (before the pass it wakes) the row holds
    expect(atChange!.start).toMatchObject({ mode: 'requirements', holds: true, rows: [{ value: 'true', holds: true }] });
    expect(atChange!.t).toBe(500);
  });

  it('R14: a predecessor is named with its status at that moment', () => {
    // given B waits for A, which runs for 1000 ms
    const doc = orch([stage('S', [asyncStep('A'), bg('B', { start: after('A') })])]);
    const trace = simulate(doc);
    const started = trace.events.findIndex((e) => e.type === 'stepStarted' && e.step === 'A');
    const completed = trace.events.findIndex((e) => e.type === 'stepCompleted' && e.step === 'A');
    // when / then
    expect(whyAt(doc, undefined, started, 'B')!.start).toEqual({ mode: 'stepCompleted', holds: false, step: 'A', status: 'InProgress', stage: 'S', problem: null });
    expect(whyAt(doc, undefined, completed, 'B')!.start).toMatchObject({ mode: 'stepCompleted', holds: true, status: 'Completed' });
  });

  it('R22: an evaluation flow gives its result and, for a condition, its rows', () => {
    // given a step gated by an evaluation flow whose condition reads the record
    const doc = orch([stage('S', [bg('Go', { start: { mode: 'evaluationFlow', flow: 'Is_Paid' } })])], {
      variables: [{ name: 'order', type: 'Record', object: 'Order', value: { Paid: false } }],
      flows: [{ name: 'Is_Paid', type: 'evaluation', active: true, condition: { logic: 'and', requirements: [paidRow] } }],
    });
    // when: at the end of the (stalled) run
    const trace = simulate(doc);
    const why = whyAt(doc, undefined, trace.events.length - 1, 'Go');
    // then
    expect(trace.run.stalled).toBe(true);
    expect(why!.start).toMatchObject({ mode: 'evaluationFlow', holds: false, flow: 'Is_Paid', source: 'condition', logic: { kind: 'and' }, rows: [{ left: 'order.Paid', value: 'false', holds: false }], recheck: null });
    // and a scenario result is reported as such
    const forced = whyAt(doc, scenario([], { evaluationFlows: { Is_Paid: { result: false } } }), 2, 'Go');
    expect(forced!.start).toMatchObject({ mode: 'evaluationFlow', holds: false, source: 'scenario', rows: [] });
  });

  it('R17: an evaluation flow that returns true but was never re-checked says what changed', () => {
    // given the record changes at 200 ms; only the flow reads it, so nothing wakes the run (R13)
    const doc = orch([stage('S', [bg('Go', { start: { mode: 'evaluationFlow', flow: 'Is_Paid' } })])], {
      variables: [{ name: 'order', type: 'Record', object: 'Order', value: { Paid: false } }],
      flows: [{ name: 'Is_Paid', type: 'evaluation', active: true, condition: { logic: 'and', requirements: [paidRow] } }],
    });
    const s = scenario([{ at: 200, type: 'set', target: 'order.Paid', value: true }]);
    const trace = simulate(doc, s);
    // when
    const why = whyAt(doc, s, trace.events.length - 1, 'Go');
    // then
    expect(why!.start).toMatchObject({ holds: true, recheck: { changed: { target: 'order.Paid', t: 200 } } });
    expect(trace.steps.Go!.why).toContain('none came after order.Paid changed (at 200 ms)');
  });

  it('R2: before its stage starts a step has no run, and the stage is named', () => {
    // given two stages
    const doc = orch([stage('First', [asyncStep('A')], { next: 'Second' }), stage('Second', [bg('B')])]);
    // when: at the first event, and before the run
    const early = whyAt(doc, undefined, 0, 'B');
    const before = whyAt(doc, undefined, -1, 'B');
    // then
    expect(early).toMatchObject({ status: null, blocker: 'stageNotStarted', stage: { name: 'Second', status: null }, start: null, run: 'InProgress' });
    expect(before).toMatchObject({ index: -1, run: null, blocker: 'stageNotStarted' });
    expect(whyAt(doc, undefined, 0, 'Nope')).toBeNull();
  });

  it('R6: a step left NotStarted when its stage completed is blocked by the ended stage', () => {
    // given the stage exits as soon as A completes
    const doc = orch([stage('S', [bg('A'), bg('B', { start: { mode: 'evaluationFlow', flow: 'No' } })], { exit: { mode: 'requirements', requirements: [{ left: 'A.Status', operator: 'EqualTo', right: { string: 'Completed' } }] } })]);
    const trace = simulate(doc);
    // when
    const why = whyAt(doc, undefined, trace.events.length - 1, 'B');
    // then
    expect(why).toMatchObject({ status: 'NotStarted', blocker: 'stageEnded', stage: { status: 'Completed' }, start: { mode: 'evaluationFlow', source: 'result', holds: false } });
  });

  it('R17: a stage that ended in Error names the steps in Error that ended it; one that completed names none', () => {
    // given X completes and Ask fails (its assignee has no value) in the first pass; Z starts after X (rules.pass.test's R17 design)
    const doc = orch([stage('S', [bg('X'), ia('Ask', { assignee: { type: 'user', name: '$Record.OwnerId' } }), bg('Z', { start: after('X') })])], {
      trigger: { type: 'recordTriggered', object: 'Case' },
    });
    const trace = simulate(doc);
    // when
    const why = whyAt(doc, undefined, trace.events.length - 1, 'Z');
    // then
    expect(why).toMatchObject({ status: 'NotStarted', blocker: 'stageEnded', stage: { name: 'S', status: 'Error', failed: ['Ask'] }, start: { mode: 'stepCompleted', holds: true, step: 'X', status: 'Completed' } });
    const completed = orch([stage('S', [bg('A'), bg('B', { start: { mode: 'evaluationFlow', flow: 'No' } })], { exit: { mode: 'requirements', requirements: [{ left: 'A.Status', operator: 'EqualTo', right: { string: 'Completed' } }] } })]);
    expect(whyAt(completed, undefined, simulate(completed).events.length - 1, 'B')!.stage.failed).toEqual([]);
  });

  it('R33: while the run is suspended the blocker says so', () => {
    // given a suspend at 100 ms, before B's predecessor completes
    const doc = orch([stage('S', [asyncStep('A'), bg('B', { start: after('A') })])]);
    const s = scenario([{ at: 100, type: 'suspend' }]);
    const trace = simulate(doc, s);
    const suspended = trace.events.findIndex((e) => e.type === 'runSuspended');
    // when / then
    expect(whyAt(doc, s, suspended, 'B')).toMatchObject({ blocker: 'suspended', start: { holds: false, status: 'InProgress' } });
  });
});

describe('whyAt: a step\'s outputs at the moment it completed', () => {
  it('a start condition read right after a step completed reads that step\'s outputs (they were null there, while the trace\'s flow runs read them)', () => {
    // given Grade gives grade "A"; Review starts when Grade.Outputs.grade is "B"
    const doc = orch([stage('S', [bg('Grade', { flow: 'Grader' }), bg('Review', { start: { mode: 'requirements', logic: 'and', requirements: [{ left: 'Grade.Outputs.grade', operator: 'EqualTo', right: { string: 'B' } }] } })])], {
      flows: [{ name: 'Grader', type: 'autolaunched', active: true, outputs: ['grade'], behavior: { outputs: { grade: 'A' } } }],
    });
    const trace = simulate(doc, scenario());
    const completed = trace.events.findIndex((e) => e.type === 'stepCompleted' && e.step === 'Grade');
    // when
    const why = whyAt(doc, scenario(), completed, 'Review');
    // then
    expect(why?.start).toMatchObject({ mode: 'requirements', holds: false, rows: [{ value: '"A"' }] });
  });
});
