import { describe, expect, it } from 'vitest';
import { createSimulation, simulate } from './index';
import { whyAt } from './whyAt';
import { after, asyncStep, bg, ia, lines, linesOf, orch, scenario, stage } from './testing/builders';

const statusIs = (step: string, status: string) => ({ mode: 'requirements' as const, requirements: [{ left: `${step}.Status`, operator: 'EqualTo' as const, right: { string: status } }] });

describe('evaluation passes and wake-ups', () => {
  it('R11: a pass starts steps in declared order, and a sync completion makes it go round again', () => {
    // given B (declared first) waits for C; C waits for A; all sync
    const doc = orch([stage('S', [bg('B', { start: after('C') }), bg('A'), bg('C', { start: after('A') })])]);
    const trace = simulate(doc);
    // then: sweep 1 starts A (B's predecessor not done), and C (declared after A, checked when reached);
    // sweep 2 starts B; sweep 3 finds the stage complete — one evaluation event for the whole pass
    expect(lines(trace).slice(2)).toEqual([
      '0 evaluation S stageStarted',
      '0 stepStarted A', '0 stepCompleted A',
      '0 stepStarted C', '0 stepCompleted C',
      '0 stepStarted B', '0 stepCompleted B',
      '0 stageCompleted S', '0 runCompleted',
    ]);
  });

  it('R11: the exit condition is checked before steps start, and again after every change', () => {
    const doc = orch([stage('S', [bg('A'), asyncStep('B', { start: after('A') })], { exit: statusIs('A', 'Completed') })]);
    const trace = simulate(doc);
    // A completes sync; B's predecessor was not Completed when the iteration chose what to start, so
    // the pass goes round again, and the exit (checked first) now holds: B never starts
    expect(lines(trace).slice(3)).toEqual(['0 stepStarted A', '0 stepCompleted A', '0 stageCompleted S', '0 runCompleted']);
    expect(trace.steps.B).toMatchObject({ status: 'NotStarted', starts: 0 });
  });

  it('R11: the steps an iteration starts are those whose condition held before it started any; a sync completion is seen when the pass goes round again', () => {
    // given A (sync), B waiting for A, C starting with the stage — declared A, B, C
    const doc = orch([stage('S', [bg('A'), bg('B', { start: after('A') }), asyncStep('C')])]);
    const trace = simulate(doc);
    // then the first iteration starts A and C; B starts on the second (as Provision_Laptop in the worked example)
    expect(lines(trace).slice(3, 8)).toEqual(['0 stepStarted A', '0 stepCompleted A', '0 stepStarted C', '0 stepStarted B', '0 stepCompleted B']);
  });

  it('R11: a step found true is started even when an earlier start in the same iteration changes what it reads', () => {
    // given A (sync) writes flag=true; B starts while flag is false — both hold when the iteration looks
    const doc = orch([stage('S', [
      bg('A', { flow: 'SetsFlag', outputs: { out: 'flag' } }),
      bg('B', { start: { mode: 'requirements', requirements: [{ left: 'flag', operator: 'EqualTo', right: { boolean: false } }] } }),
    ])], {
      variables: [{ name: 'flag', type: 'Boolean', value: false }],
      flows: [{ name: 'SetsFlag', type: 'autolaunched', active: true, elements: ['Assignment'], outputs: ['out'], behavior: { outputs: { out: true } } }],
    });
    const trace = simulate(doc);
    expect(trace.steps.B).toMatchObject({ status: 'Completed', starts: 1 });
  });

  it('R11: custom completions are read before the round starts anything: a step started in a round completes in the next, after that round\'s exit check and starts', () => {
    // given an interactive step I whose custom completion already holds, a sync step S, and K (async)
    // waiting for S; the stage exits once I is Completed
    const doc = orch([stage('P', [
      ia('I', { complete: { mode: 'requirements', requirements: [{ left: 'x', operator: 'EqualTo', right: { number: 0 } }] } }),
      bg('S'),
      asyncStep('K', { start: after('S') }),
    ], { exit: statusIs('I', 'Completed') })], { variables: [{ name: 'x', type: 'Number', value: 0 }] });
    const trace = simulate(doc, scenario([], { autoCompleteWorkItems: false }));
    // then round 1 starts I and S (I was NotStarted when the round read completions); round 2: the
    // exit does not hold yet, K starts, then I completes; round 3: the exit holds and K is discontinued
    expect(lines(trace).slice(3)).toEqual([
      '0 stepStarted I', '0 workItemAssigned I', '0 stepStarted S', '0 stepCompleted S',
      '0 stepStarted K', '0 stepCompleted I',
      '0 stepDiscontinued K', '0 workItemCompleted I', '0 stageCompleted P', '0 runCompleted',
    ]);
    expect(trace.steps.K).toMatchObject({ status: 'Discontinued', starts: 1 });
  });

  it('R11: an InProgress interactive step with a custom completion completes when its condition holds in a pass', () => {
    const doc = orch([stage('S', [
      ia('Approve', { complete: { mode: 'requirements', requirements: [{ left: 'approved', operator: 'EqualTo', right: { boolean: true } }] } }),
    ])], { variables: [{ name: 'approved', type: 'Boolean', value: false }] });
    const trace = simulate(doc, scenario([{ at: 300, type: 'set', target: 'approved', value: true }], { autoCompleteWorkItems: false }));
    expect(lines(trace).filter((l) => l.startsWith('300'))).toEqual([
      '300 variableSet approved=true', '300 evaluation S recordChanged', '300 stepCompleted Approve',
      '300 workItemCompleted Approve', '300 stageCompleted S', '300 runCompleted',
    ]);
  });

  it('R12: each wake-up writes one evaluation event with its cause, after the event that caused it', () => {
    const doc = orch([stage('S', [
      asyncStep('Work'),
      ia('Approve'),
      bg('Gate', { start: { mode: 'evaluationFlow', flow: 'No' } }),
    ])]);
    const sc = scenario([
      { at: 100, type: 'publishEvent', by: 'jdoe' },
      { at: 200, type: 'completeWorkItem', step: 'Approve', by: 'mgr' },
      { at: 300, type: 'suspend' }, { at: 400, type: 'resume' },
    ]);
    const trace = simulate(doc, sc);
    expect(linesOf(trace, 'evaluation', 'workItemCompleted', 'stepCompleted', 'runResumed')).toEqual([
      '0 evaluation S stageStarted',
      '100 evaluation S publishEvent',
      '200 workItemCompleted Approve', '200 stepCompleted Approve', '200 evaluation S workItemCompleted',
      '400 runResumed S',
      '400 evaluation S resumed',
      '1000 stepCompleted Work', '1000 evaluation S asyncStepCompleted',
    ]);
    expect(trace.run.stalled).toBe(true);
  });

  it('R12: nothing else re-checks conditions — a sync completion and the clock passing do not', () => {
    const doc = orch([stage('S', [bg('Gate', { start: { mode: 'evaluationFlow', flow: 'Later' } })])], {
      flows: [{ name: 'Later', type: 'evaluation', active: true, condition: { requirements: [{ left: 'flag', operator: 'EqualTo', right: { boolean: true } }] } }],
      variables: [{ name: 'flag', type: 'Boolean', value: false }],
    });
    const trace = simulate(doc, scenario([{ at: 10, type: 'set', target: 'flag', value: true }]));
    expect(trace.events.filter((e) => e.type === 'evaluation')).toHaveLength(1);
    expect(trace.steps.Gate?.status).toBe('NotStarted');
  });

  it('R13: a set wakes the run only when a requirement of the current stage or of a NotStarted/InProgress step reads it', () => {
    const doc = orch([stage('S', [
      bg('Pay', { start: { mode: 'requirements', requirements: [{ left: 'order.Paid', operator: 'EqualTo', right: { boolean: true } }] } }),
      bg('Ship', { start: { mode: 'evaluationFlow', flow: 'Stock_Ready' } }),
      bg('Hold', { start: { mode: 'evaluationFlow', flow: 'No' } }),
    ])], {
      variables: [{ name: 'order', type: 'Record', value: { Paid: false, Stock: 0, Note: '' } }],
      flows: [{ name: 'Stock_Ready', type: 'evaluation', active: true, condition: { requirements: [{ left: 'order.Stock', operator: 'GreaterThan', right: { number: 0 } }] } }],
    });
    const sc = scenario([
      { at: 100, type: 'set', target: 'order.Note', value: 'x' },   // read by nothing
      { at: 200, type: 'set', target: 'order.Stock', value: 5 },    // read only by an evaluation flow
      { at: 300, type: 'set', target: 'order.Paid', value: true },  // read by Pay's requirement
      { at: 400, type: 'set', target: 'order.Paid', value: false }, // Pay is Completed now: nobody current reads it
    ]);
    const trace = simulate(doc, sc);
    expect(linesOf(trace, 'variableSet', 'evaluation')).toEqual([
      '0 evaluation S stageStarted',
      '100 variableSet order.Note="x"',
      '200 variableSet order.Stock=5',
      '300 variableSet order.Paid=true', '300 evaluation S recordChanged',
      '400 variableSet order.Paid=false',
    ]);
    // the recordChanged pass also re-checked the evaluation flow, which now holds
    expect(trace.steps.Ship).toMatchObject({ status: 'Completed', startedAt: 300 });
  });

  it('R13: setting a whole record wakes requirements that read its fields', () => {
    const doc = orch([stage('S', [bg('Pay', { start: { mode: 'requirements', requirements: [{ left: 'order.Paid', operator: 'IsNull', right: { boolean: true } }] } })])], {
      variables: [{ name: 'order', type: 'Record', value: { Paid: false } }],
    });
    const trace = simulate(doc, scenario([{ at: 5, type: 'set', target: 'order', value: null }]));
    expect(linesOf(trace, 'evaluation')).toEqual(['0 evaluation S stageStarted', '5 evaluation S recordChanged']);
    expect(trace.steps.Pay?.status).toBe('Completed');
  });

  it('R14: start conditions — stageStarts, stepCompleted, requirements, evaluationFlow', () => {
    const doc = orch([stage('S', [
      asyncStep('First'),
      bg('AfterFirst', { start: after('First') }),
      bg('WhenBig', { start: { mode: 'requirements', requirements: [{ left: 'n', operator: 'GreaterThanOrEqualTo', right: { number: 10 } }] } }),
      bg('WhenFlow', { start: { mode: 'evaluationFlow', flow: 'Yes' } }),
      bg('Never', { start: { mode: 'evaluationFlow', flow: 'No' } }),
    ])], { variables: [{ name: 'n', type: 'Number', value: 10 }] });
    const trace = simulate(doc);
    expect(trace.steps.First?.startedAt).toBe(0);
    expect(trace.steps.AfterFirst?.startedAt).toBe(1000);
    expect(trace.steps.WhenBig?.startedAt).toBe(0);
    expect(trace.steps.WhenFlow?.startedAt).toBe(0);
    expect(trace.steps.Never?.status).toBe('NotStarted');
  });

  it('R15: work at one time runs in scheduling order; scenario events run after engine work already due then, in file order', () => {
    // given two async steps finishing at 1000 (scheduled in declared order) and events at 1000
    const doc = orch([stage('S', [asyncStep('A'), asyncStep('B'), bg('Gate', { start: { mode: 'evaluationFlow', flow: 'No' } })])], {
      variables: [{ name: 'v', type: 'Number', value: 0 }],
    });
    const sc = scenario([
      { at: 1000, type: 'set', target: 'v', value: 2 },
      { at: 1000, type: 'set', target: 'v', value: 1 },
    ]);
    const trace = simulate(doc, sc);
    expect(linesOf(trace, 'stepCompleted', 'variableSet', 'evaluation').slice(1)).toEqual([
      '1000 stepCompleted A', '1000 evaluation S asyncStepCompleted',
      '1000 stepCompleted B', '1000 evaluation S asyncStepCompleted',
      '1000 variableSet v=2', '1000 variableSet v=1',
    ]);
  });

  it('R15: the pass an event triggers runs at once, before the next event at the same time', () => {
    const doc = orch([stage('S', [ia('Approve'), bg('Next', { start: after('Approve') })], { exit: { mode: 'requirements', requirements: [{ left: 'Next.Status', operator: 'EqualTo', right: { string: 'Completed' } }] } })]);
    const sc = scenario([
      { at: 50, type: 'completeWorkItem', step: 'Approve', by: 'mgr' },
      { at: 50, type: 'cancel' },
    ]);
    const trace = simulate(doc, sc);
    // the work item's pass completed the stage and the run before cancel was considered
    expect(trace.run.status).toBe('Completed');
    expect(linesOf(trace, 'runCanceled')).toEqual([]);
  });

  it('R16: a run with nothing scheduled and nothing a pass can change stalls', () => {
    const doc = orch([stage('S', [bg('A', { start: { mode: 'evaluationFlow', flow: 'No' } })])]);
    const trace = simulate(doc);
    expect(trace.run).toMatchObject({ status: 'InProgress', stalled: true, endedAt: null });
    expect(trace.run.stoppedBy).toBeUndefined();
  });

  it('R16: an open work item that nobody will complete stalls the run; one the simulator will close does not', () => {
    const doc = orch([stage('S', [ia('Approve')])]);
    expect(simulate(doc, scenario([], { autoCompleteWorkItems: false })).run).toMatchObject({ status: 'InProgress', stalled: true });
    expect(simulate(doc).run).toMatchObject({ status: 'Completed', stalled: false, endedAt: 1000 });
    // the incremental form reports the stall too
    const sim = createSimulation(doc, scenario([], { autoCompleteWorkItems: false }));
    sim.start();
    expect(sim.step()).toBe(false);
    expect(sim.state().run.stalled).toBe(true);
  });

  it('R17: why names the unmet predecessor and its status', () => {
    const doc = orch([stage('S', [bg('Validate', { flow: 'Broken' }), bg('Ship', { start: after('Validate') })], { faultNext: 'Recover' }), stage('Recover', [])], {
      flows: [{ name: 'Broken', type: 'autolaunched', active: true, behavior: { outcome: 'error' } }],
    });
    const trace = simulate(doc);
    expect(trace.steps.Ship?.why).toBe('its stage "S" ended in Error (at 0 ms) before it started; waits for step "Validate" to be Completed (it is Error)');
  });

  it('R17: in a stage that ended, an evaluation flow that returns true is said to, with no word of a re-check that will not come', () => {
    const doc = orch([stage('S', [bg('Validate', { flow: 'Broken' }), bg('Ship', { start: { mode: 'evaluationFlow', flow: 'Stock_Ready', inputs: { qty: 'order.Stock' } } })], { faultNext: 'Recover' }), stage('Recover', [])], {
      variables: [{ name: 'order', type: 'Record', value: { Stock: 3 } }],
      flows: [
        { name: 'Broken', type: 'autolaunched', active: true, behavior: { outcome: 'error' } },
        { name: 'Stock_Ready', type: 'evaluation', active: true, inputs: ['qty'], condition: { requirements: [{ left: 'qty', operator: 'GreaterThan', right: { number: 0 } }] } },
      ],
    });
    const trace = simulate(doc);
    expect(trace.steps.Ship?.why).toBe('its stage "S" ended in Error (at 0 ms) before it started; the stage ended when step "Validate" failed; evaluation flow "Stock_Ready" now returns true');
  });

  it('R17: a step whose predecessor completed in the pass where another step failed says the stage ended in Error, not that it waits', () => {
    // given X completes and Ask fails (its assignee has no value) in the first pass; Z starts after X
    const doc = orch([stage('S', [bg('X'), ia('Ask', { assignee: { type: 'user', name: '$Record.OwnerId' } }), bg('Z', { start: after('X') })])], {
      trigger: { type: 'recordTriggered', object: 'Case' },
    });
    const trace = simulate(doc);
    expect(trace.steps.X?.status).toBe('Completed');
    expect(trace.steps.Ask?.status).toBe('Error');
    expect(trace.steps.Z?.why).toBe('its stage "S" ended in Error (at 0 ms) before it started; the stage ended when step "Ask" failed; step "X", which it waits for, is Completed');
  });

  it('R17: an inactive evaluation flow read from a project file is named with its file and status, and what the admin can do', () => {
    // given one inactive evaluation flow from a project's Draft file, one designed in the app
    const doc = orch([stage('S', [
      bg('Gated', { start: { mode: 'evaluationFlow', flow: 'Is_Ready' } }),
      bg('Local', { start: { mode: 'evaluationFlow', flow: 'Old_Gate' } }),
    ])], {
      flows: [
        { name: 'Is_Ready', type: 'evaluation', active: false, result: true, source: { path: 'force-app/main/default/flows/Is_Ready.flow-meta.xml', status: 'Draft' } },
        { name: 'Old_Gate', type: 'evaluation', active: false, result: true },
      ],
    });
    // when
    const trace = simulate(doc);
    // then: the sentence names the file and its status; the structured check carries them for the Why panel
    expect(trace.steps.Gated?.why).toBe('evaluation flow "Is_Ready" is not active (its file force-app/main/default/flows/Is_Ready.flow-meta.xml is a Draft version), so it never returns true: activate it or choose another flow');
    expect(trace.steps.Local?.why).toBe('evaluation flow "Old_Gate" is not active, so it never returns true: activate it or choose another flow');
    expect(whyAt(doc, undefined, trace.events.length - 1, 'Gated')?.start).toMatchObject({ mode: 'evaluationFlow', source: 'inactive', inactiveFile: { path: 'force-app/main/default/flows/Is_Ready.flow-meta.xml', status: 'Draft' } });
  });

  it('R17: an evaluation flow with neither a condition nor a result (a placeholder) says what the admin can do', () => {
    // given a step gated by a placeholder: a flow with no elements, condition or result
    const doc = orch([stage('S', [bg('Gated', { start: { mode: 'evaluationFlow', flow: 'Not_In_Project' } })])], {
      flows: [{ name: 'Not_In_Project', type: 'evaluation', active: true, elements: [] }],
    });
    // when / then
    expect(simulate(doc).steps.Gated?.why).toBe('evaluation flow "Not_In_Project" has neither a condition nor a result, so it returns false: set its result in Scenarios (Evaluation flow results), or give the flow a condition or a result');
  });

  it('R17: why lists each unmet requirement row with the value seen', () => {
    const doc = orch([stage('S', [bg('Ship', { start: { mode: 'requirements', logic: 'and', requirements: [
      { left: 'order.Paid', operator: 'EqualTo', right: { boolean: true } },
      { left: 'order.Region', operator: 'EqualTo', right: { string: 'EU' } },
      { left: 'amount', operator: 'GreaterThan', right: { ref: 'limit' } },
    ] } })])], {
      variables: [
        { name: 'order', type: 'Record', value: { Paid: false, Region: 'EU' } },
        { name: 'amount', type: 'Number', value: 5 }, { name: 'limit', type: 'Number', value: 10 },
      ],
    });
    expect(simulate(doc).steps.Ship?.why).toBe(
      'its start requirements (all must hold) are not met: row 1: order.Paid is false, needs EqualTo true; row 3: amount is 5, needs GreaterThan limit (10)',
    );
  });

  it('R17: why explains an evaluation flow that now holds but was not re-checked after a change', () => {
    const doc = orch([stage('S', [bg('Ship', { start: { mode: 'evaluationFlow', flow: 'Stock_Ready', inputs: { qty: 'order.Stock' } } })])], {
      variables: [{ name: 'order', type: 'Record', value: { Stock: 0 } }],
      flows: [{ name: 'Stock_Ready', type: 'evaluation', active: true, inputs: ['qty'], condition: { requirements: [{ left: 'qty', operator: 'GreaterThan', right: { number: 0 } }] } }],
    });
    const stalled = simulate(doc);
    expect(stalled.steps.Ship?.why).toBe('evaluation flow "Stock_Ready" returns false: row 1: qty is 0, needs GreaterThan 0');
    const changed = simulate(doc, scenario([{ at: 700, type: 'set', target: 'order.Stock', value: 3 }]));
    // the sentence holds R17's own example word for word, then when the change came and what the flow says now
    expect(changed.steps.Ship?.why).toBe(
      'evaluation flow "Stock_Ready" is only re-checked on an orchestration event, and none came after order.Stock changed (at 700 ms): it now returns true',
    );
    expect(changed.steps.Ship?.why).toContain('evaluation flow "Stock_Ready" is only re-checked on an orchestration event, and none came after order.Stock changed');
  });

  it('R17: why shows every row of custom logic, met or not', () => {
    const doc = orch([stage('S', [bg('Go', { start: { mode: 'requirements', logic: '1 AND NOT 2', requirements: [
      { left: 'n', operator: 'EqualTo', right: { number: 1 } },
      { left: 's', operator: 'StartsWith', right: { string: 'ab' } },
    ] } })])], { variables: [{ name: 'n', type: 'Number', value: 1 }, { name: 's', type: 'Text', value: 'abc' }] });
    expect(simulate(doc).steps.Go?.why).toBe(
      'its start requirements (logic "1 AND NOT 2") are not met: row 1: n is 1, needs EqualTo 1 (met); row 2: s is "abc", needs StartsWith "ab" (met)',
    );
  });
});
