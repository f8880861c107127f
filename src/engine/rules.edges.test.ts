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
});
