/**
 * Rules met together at their edges: cases of the spec-first audit of SEMANTICS.md (each trace was
 * written down from the spec text before the engine ran it), kept as regression tests where no rule
 * test pins the combination.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from './index';
import { asyncStep, bg, ia, lines, orch, scenario, stage } from './testing/builders';

const completed = (step: string) => [{ left: `${step}.Status`, operator: 'EqualTo' as const, right: { string: 'Completed' } }];

describe('rules at their edges', () => {
  it('R33 with R31: an async error held while the run is suspended is applied at the resume, its pass written before the fault (R12)', () => {
    // given an async step that fails at 1000 while the run is suspended from 100 to 2000
    const doc = orch([stage('S', [asyncStep('A')])]);
    const sc = scenario([{ at: 100, type: 'suspend' }, { at: 2000, type: 'resume' }], { steps: { A: { outcome: 'error' } } });
    // when
    const trace = simulate(doc, sc);
    // then nothing happens at 1000; at the resume the error comes with its pass, then the fault
    expect(lines(trace).filter((l) => Number(l.split(' ')[0]) >= 1000)).toEqual([
      '2000 runResumed S', '2000 stepErrored A', '2000 evaluation S resumed', '2000 stageErrored S', '2000 runErrored S',
    ]);
    expect(trace.run).toMatchObject({ status: 'Error', endedAt: 2000 });
    expect(trace.steps.A).toMatchObject({ status: 'Error', endedAt: 2000 });
  });

  it('R11: a custom completion and the stage exit read one snapshot, so a start that makes both hold lets the exit win in the next round (the interactive step is Discontinued)', () => {
    // given an open work item completing when B is Completed, a stage exiting when B is Completed, and B waiting for x = 1
    const doc = orch([stage('S', [
      ia('I', { complete: { mode: 'requirements', requirements: completed('B') } }),
      bg('B', { start: { mode: 'requirements', requirements: [{ left: 'x', operator: 'EqualTo', right: { number: 1 } }] } }),
    ], { exit: { mode: 'requirements', requirements: completed('B') } })], { variables: [{ name: 'x', type: 'Number', value: 0 }] });
    // when x becomes 1 at 100
    const trace = simulate(doc, scenario([{ at: 100, type: 'set', target: 'x', value: 1 }], { autoCompleteWorkItems: false }));
    // then the round that starts B did not see B Completed for I; the next round's exit check comes first
    expect(lines(trace).filter((l) => l.startsWith('100'))).toEqual([
      '100 variableSet x=1', '100 evaluation S recordChanged', '100 stepStarted B', '100 stepCompleted B',
      '100 stepDiscontinued I', '100 workItemCompleted I', '100 stageCompleted S', '100 runCompleted',
    ]);
  });

  it('R30 with R7: a scenario\'s outcomes count every start of the step, across re-entries of its stage', () => {
    // given a stage that loops once (a decision sends it back while n = 0) and outcomes success, then error
    const doc = orch([stage('S', [asyncStep('A')], { next: 'D' })], {
      variables: [{ name: 'n', type: 'Number', value: 0 }],
      decisions: [{ name: 'D', outcomes: [{ name: 'Again', requirements: [{ left: 'n', operator: 'EqualTo', right: { number: 0 } }], next: 'S' }] }],
    });
    const sc = scenario([{ at: 1500, type: 'set', target: 'n', value: 1 }], { steps: { A: { outcomes: ['success', 'error'] } } });
    // when
    const trace = simulate(doc, sc);
    // then the second start, in the second pass of the stage, is the error
    expect(trace.steps.A).toMatchObject({ status: 'Error', starts: 2, startedAt: 1000, endedAt: 2000 });
    expect(trace.run).toMatchObject({ status: 'Error', endedAt: 2000 });
  });

  it('R13: a set of a value read by the start requirement of an InProgress step wakes a pass, which changes nothing', () => {
    // given an async step that started because x = 1
    const doc = orch([stage('S', [asyncStep('A', { start: { mode: 'requirements', requirements: [{ left: 'x', operator: 'EqualTo', right: { number: 1 } }] } })])], {
      variables: [{ name: 'x', type: 'Number', value: 1 }],
    });
    // when x changes while A runs
    const trace = simulate(doc, scenario([{ at: 500, type: 'set', target: 'x', value: 2 }]));
    // then the change is read by a requirement of an InProgress step of the stage: a pass, and A runs on
    expect(lines(trace).filter((l) => l.startsWith('500'))).toEqual(['500 variableSet x=2', '500 evaluation S recordChanged']);
    expect(trace.steps.A).toMatchObject({ status: 'Completed', endedAt: 1000 });
  });

  it('R15 (chosen: events in any order): scenario events run by their time, and in file order within one time', () => {
    // given three sets written out of time order
    const doc = orch([stage('S', [bg('A', { start: { mode: 'requirements', requirements: [{ left: 'x', operator: 'EqualTo', right: { number: 9 } }] } })])], {
      variables: [{ name: 'x', type: 'Number', value: 0 }],
    });
    const sc = scenario([
      { at: 2000, type: 'set', target: 'x', value: 2 },
      { at: 1000, type: 'set', target: 'x', value: 1 },
      { at: 1000, type: 'set', target: 'x', value: 3 },
    ]);
    // when
    const trace = simulate(doc, sc);
    // then
    expect(lines(trace).filter((l) => l.includes('variableSet'))).toEqual(['1000 variableSet x=1', '1000 variableSet x=3', '2000 variableSet x=2']);
  });

  it('limits: work due exactly at maxTimeMs still runs, so a run that ends then is Completed with no stoppedBy', () => {
    // given a 5000 ms async step and a limit of 5000 ms, then of 4999 ms
    const doc = orch([stage('S', [asyncStep('A', { flow: 'Long' })])], { flows: [{ name: 'Long', type: 'autolaunched', active: true, elements: ['Action'], behavior: { durationMs: 5000 } }] });
    // when
    const atLimit = simulate(doc, scenario([], { limits: { maxTimeMs: 5000 } }));
    const past = simulate(doc, scenario([], { limits: { maxTimeMs: 4999 } }));
    // then
    expect(atLimit.run).toEqual({ status: 'Completed', stalled: false, endedAt: 5000, transitions: atLimit.run.transitions });
    expect(past.run).toMatchObject({ status: 'InProgress', stalled: false, endedAt: null, stoppedBy: 'maxTimeMs' });
  });

  it('R33 with R23 and R43: a work item closed while the run is suspended is held to the resume, and at API 59 its completer becomes the identity', () => {
    // given an API 59 run launched by ann (user context): a work item for mgr, then a sync step after it
    const doc = orch([stage('S', [ia('Approve'), bg('After', { start: { mode: 'stepCompleted', step: 'Approve' } })])], {
      apiVersion: 59, trigger: { type: 'autolaunched', launchedBy: 'ann', runContext: 'user' },
    });
    // when mgr completes the item at 200, while the run is suspended from 100 to 300
    const sc = scenario([{ at: 100, type: 'suspend' }, { at: 200, type: 'completeWorkItem', step: 'Approve', by: 'mgr' }, { at: 300, type: 'resume' }], { autoCompleteWorkItems: false });
    const trace = simulate(doc, sc);
    // then nothing happens at 200; the close comes at the resume, before its pass, and the next step runs as mgr (system)
    expect(lines(trace).filter((l) => Number(l.split(' ')[0]) >= 100)).toEqual([
      '100 runSuspended S', '100 stageSuspended S', '300 runResumed S', '300 workItemCompleted Approve', '300 stepCompleted Approve',
      '300 evaluation S resumed', '300 stepStarted After', '300 stepCompleted After', '300 stageCompleted S', '300 runCompleted',
    ]);
    expect(trace.steps.Approve).toMatchObject({ status: 'Completed', endedAt: 300, runAs: { user: 'mgr', context: 'user', access: null } });
    expect(trace.steps.After?.runAs).toEqual({ user: 'mgr', context: 'system', access: 'withoutSharing' });
  });

  it('R24 with R23 (chosen, docs/engine.md): an interactive step its custom completion completes before its work item closes copies its outputs then; the later close copies nothing', () => {
    // given a screen flow giving verdict "ok" (the scenario says "yes"), mapped to v; the step completes when go is true
    const doc = orch([stage('S', [
      ia('Review', { flow: 'Form', outputs: { verdict: 'v' }, complete: { mode: 'requirements', requirements: [{ left: 'go', operator: 'EqualTo', right: { boolean: true } }] } }),
      bg('Read', { start: { mode: 'requirements', requirements: [{ left: 'v', operator: 'EqualTo', right: { string: 'yes' } }, { left: 'Review.Outputs.verdict', operator: 'EqualTo', right: { string: 'yes' } }] } }),
      asyncStep('Hold', { flow: 'Long' }),
    ])], {
      variables: [{ name: 'go', type: 'Boolean', value: false }, { name: 'v', type: 'Text' }],
      flows: [
        { name: 'Form', type: 'screen', active: true, elements: ['Screen'], outputs: ['verdict'], behavior: { durationMs: 1000, outputs: { verdict: 'ok' } } },
        { name: 'Long', type: 'autolaunched', active: true, elements: ['Action'], behavior: { durationMs: 3000 } },
      ],
    });
    // when go becomes true at 100; the work item closes by itself at 1000
    const trace = simulate(doc, scenario([{ at: 100, type: 'set', target: 'go', value: true }], { steps: { Review: { outputs: { verdict: 'yes' } } } }));
    // then the outputs are there at 100 (R24: on Completed), and the close at 1000 is only the work item's
    expect(trace.steps.Review).toMatchObject({ status: 'Completed', endedAt: 100 });
    expect(trace.steps.Read).toMatchObject({ status: 'Completed', startedAt: 100 });
    expect(lines(trace).filter((l) => l.startsWith('1000'))).toEqual(['1000 workItemCompleted Review', '1000 evaluation S workItemCompleted']);
  });

  it('R22 (chosen, docs/engine.md): an evaluation flow\'s own input hides the orchestration variable of the same name, mapped or not', () => {
    // given a flow with input amount whose condition reads amount > 10, and an orchestration variable amount = 50
    const doc = orch([stage('S', [
      bg('Mapped', { start: { mode: 'evaluationFlow', flow: 'Big', inputs: { amount: '3' } } }),
      bg('Unmapped', { start: { mode: 'evaluationFlow', flow: 'Big' } }),
    ])], {
      variables: [{ name: 'amount', type: 'Number', value: 50 }],
      flows: [{ name: 'Big', type: 'evaluation', active: true, inputs: ['amount'], condition: { requirements: [{ left: 'amount', operator: 'GreaterThan', right: { number: 10 } }] } }],
    });
    // when
    const trace = simulate(doc);
    // then the flow reads its input (3, and null when unmapped), never the variable's 50
    expect(trace.steps.Mapped?.why).toBe('evaluation flow "Big" returns false: row 1: amount is 3, needs GreaterThan 10');
    expect(trace.steps.Unmapped?.why).toBe('evaluation flow "Big" returns false: row 1: amount is null, needs GreaterThan 10');
  });
});
