import { describe, expect, it } from 'vitest';
import { simulate } from './index';
import { after, asyncStep, bg, ia, lines, linesOf, orch, scenario, stage } from './testing/builders';

describe('run and stages', () => {
  it('R1: the run starts at t=0 and enters the element named by start (default: the first stage)', () => {
    // given two stages and start naming the second
    const doc = orch([stage('A', [bg('A1')]), stage('B', [bg('B1')])], { start: 'B' });
    // when
    const trace = simulate(doc);
    // then
    expect(lines(trace).slice(0, 2)).toEqual(['0 runStarted', '0 stageStarted B']);
    expect(trace.stages.A).toBeUndefined();
    // and without start, the first stage is entered
    expect(lines(simulate(orch([stage('A', [bg('A1')]), stage('B', [bg('B1')])])))[1]).toBe('0 stageStarted A');
  });

  it('R1: an orchestration with no stages completes at once', () => {
    const trace = simulate(orch([]));
    expect(lines(trace)).toEqual(['0 runStarted', '0 runCompleted']);
    expect(trace.run).toMatchObject({ status: 'Completed', endedAt: 0, stalled: false });
  });

  it('R2: entering a stage creates NotStarted step runs, then runs a pass caused by stageStarted', () => {
    // given a step that never starts
    const doc = orch([stage('S', [bg('Never', { start: { mode: 'evaluationFlow', flow: 'No' } })])]);
    const trace = simulate(doc);
    expect(lines(trace)).toEqual(['0 runStarted', '0 stageStarted S', '0 evaluation S stageStarted']);
    expect(trace.steps.Never).toMatchObject({ stage: 'S', status: 'NotStarted', starts: 0, mode: null, runAs: null, startedAt: null });
  });

  it('R3: only one stage is InProgress at a time; the next starts when the one before finishes', () => {
    const doc = orch([stage('A', [asyncStep('A1')], { next: 'B' }), stage('B', [asyncStep('B1')])]);
    const trace = simulate(doc);
    expect(trace.stages.A).toMatchObject({ startedAt: 0, endedAt: 1000 });
    expect(trace.stages.B).toMatchObject({ startedAt: 1000, endedAt: 2000 });
    expect(linesOf(trace, 'stageStarted', 'stageCompleted')).toEqual(['0 stageStarted A', '1000 stageCompleted A', '1000 stageStarted B', '2000 stageCompleted B']);
  });

  it('R4: a decision takes its first outcome that holds, else defaultNext, in no time', () => {
    const doc = orch([
      stage('A', [bg('A1')], { next: 'D' }),
      stage('Big', [bg('B1')]),
      stage('Small', [bg('S1')]),
    ], {
      variables: [{ name: 'amount', type: 'Number', value: 50 }],
      decisions: [{ name: 'D', outcomes: [
        { name: 'Huge', requirements: [{ left: 'amount', operator: 'GreaterThan', right: { number: 1000 } }], next: 'Big' },
        { name: 'Medium', requirements: [{ left: 'amount', operator: 'GreaterThan', right: { number: 10 } }], next: 'Small' },
      ], defaultNext: 'Big' }],
    });
    const trace = simulate(doc);
    const taken = trace.events.find((e) => e.type === 'decisionTaken');
    expect(taken).toMatchObject({ t: 0, decision: 'D', outcome: 'Medium', next: 'Small' });
    expect(trace.stages.Big).toBeUndefined();
    expect(trace.stages.Small?.status).toBe('Completed');
  });

  it('R4: with no outcome holding the decision takes defaultNext; a decision with no target ends the run Completed', () => {
    const doc = orch([stage('A', [bg('A1')], { next: 'D' })], {
      decisions: [{ name: 'D', outcomes: [{ name: 'Never', requirements: [{ left: 'A1.Status', operator: 'EqualTo', right: { string: 'Error' } }], next: 'A' }] }],
    });
    const trace = simulate(doc);
    expect(trace.events.find((e) => e.type === 'decisionTaken')).toMatchObject({ outcome: null, next: null });
    expect(lines(trace).slice(-2)).toEqual(['0 decisionTaken D null null', '0 runCompleted']);
  });

  it('R5: exit allStepsCompleted needs every step Completed; a stage with no steps completes at once', () => {
    const doc = orch([stage('Empty', [], { next: 'S' }), stage('S', [asyncStep('X'), asyncStep('Y', { start: after('X') })])]);
    const trace = simulate(doc);
    expect(trace.stages.Empty).toMatchObject({ status: 'Completed', startedAt: 0, endedAt: 0 });
    expect(trace.stages.S).toMatchObject({ status: 'Completed', endedAt: 2000 });
  });

  it('R5: exit by requirements completes the stage as soon as they hold', () => {
    const doc = orch([stage('S', [asyncStep('Fast', { }), asyncStep('Slow')], {
      exit: { mode: 'requirements', requirements: [{ left: 'Fast.Status', operator: 'EqualTo', right: { string: 'Completed' } }] },
    })], { flows: [] });
    const sc = scenario([], { steps: { Fast: { durationMs: 200 }, Slow: { durationMs: 5000 } } });
    const trace = simulate(doc, sc);
    expect(trace.stages.S).toMatchObject({ status: 'Completed', endedAt: 200 });
  });

  it('R5: exit by evaluation flow completes the stage when the flow holds', () => {
    const doc = orch([stage('S', [asyncStep('Slow')], { exit: { mode: 'evaluationFlow', flow: 'Yes' } })]);
    const trace = simulate(doc);
    // the exit is checked first in the pass, so the stage completes before its step starts (R11)
    expect(trace.stages.S).toMatchObject({ status: 'Completed', endedAt: 0 });
    expect(trace.steps.Slow?.status).toBe('NotStarted');
    expect(trace.steps.Slow?.why).toBe('its stage "S" completed (at 0 ms) before it started; starts when its stage starts');
  });

  it('R6: a completing stage discontinues running steps, leaves NotStarted ones, closes open work items', () => {
    const doc = orch([stage('S', [
      asyncStep('Running'),
      ia('Review'),
      bg('Later', { start: { mode: 'evaluationFlow', flow: 'No' } }),
    ], { exit: { mode: 'requirements', requirements: [{ left: 'n', operator: 'EqualTo', right: { number: 1 } }] }, next: 'T' }), stage('T', [bg('T1')])], {
      variables: [{ name: 'n', type: 'Number', value: 0 }],
    });
    const trace = simulate(doc, scenario([{ at: 100, type: 'set', target: 'n', value: 1 }], { autoCompleteWorkItems: false }));
    expect(lines(trace).filter((l) => l.startsWith('100 '))).toEqual([
      '100 variableSet n=1',
      '100 evaluation S recordChanged',
      '100 stepDiscontinued Running',
      '100 stepDiscontinued Review',
      '100 workItemCompleted Review',
      '100 stageCompleted S',
      '100 stageStarted T',
      '100 evaluation T stageStarted',
      '100 stepStarted T1',
      '100 stepCompleted T1',
      '100 stageCompleted T',
      '100 runCompleted',
    ]);
    expect(trace.steps.Later?.status).toBe('NotStarted');
  });

  it('R7: re-entering a stage starts it afresh; starts keeps counting; maxTransitions ends an endless loop', () => {
    // given a stage that loops back to itself through a decision forever
    const doc = orch([stage('Loop', [bg('Work')], { next: 'Again' })], {
      decisions: [{ name: 'Again', outcomes: [], defaultNext: 'Loop' }],
    });
    const trace = simulate(doc, scenario([], { limits: { maxTransitions: 50 } }));
    expect(trace.run).toMatchObject({ status: 'InProgress', stalled: false, stoppedBy: 'maxTransitions', transitions: 50 });
    const stageStarts = trace.events.filter((e) => e.type === 'stageStarted').length;
    expect(trace.stages.Loop?.starts).toBe(stageStarts);
    // each pass of the stage starts Work again: starts counts every start
    expect(trace.steps.Work?.starts).toBe(trace.events.filter((e) => e.type === 'stepStarted').length);
    expect(stageStarts).toBeGreaterThan(5);
  });

  it('R7: a re-entered stage clears step outputs and reports the latest pass', () => {
    // given a stage whose second step starts only while the first step's output is null, and a
    // decision that sends the run back once
    const doc = orch([
      stage('Work', [
        asyncStep('Fetch', { flow: 'Fetcher', outputs: { count: 'fetched' } }),
        bg('Seen', { start: { mode: 'requirements', requirements: [{ left: 'Fetch.Outputs.count', operator: 'IsNull', right: { boolean: true } }] } }),
      ], { next: 'Check' }),
    ], {
      variables: [{ name: 'fetched', type: 'Number', value: 0 }, { name: 'again', type: 'Boolean', value: false }],
      flows: [{ name: 'Fetcher', type: 'autolaunched', active: true, elements: ['Action'], outputs: ['count'], behavior: { durationMs: 100, outputs: { count: 7 } } }],
      decisions: [{ name: 'Check', outcomes: [{ name: 'Again', requirements: [{ left: 'again', operator: 'EqualTo', right: { boolean: true } }], next: 'Work' }] }],
    });
    const sc = scenario([
      { at: 0, type: 'set', target: 'again', value: true },
      { at: 150, type: 'set', target: 'again', value: false },
    ]);
    // when
    const trace = simulate(doc, sc);
    // then the second pass ran afresh: Seen started again because Fetch's output was cleared
    expect(trace.stages.Work).toMatchObject({ status: 'Completed', startedAt: 100, endedAt: 200, starts: 2 });
    expect(trace.steps.Fetch).toMatchObject({ status: 'Completed', startedAt: 100, endedAt: 200, starts: 2 });
    expect(trace.steps.Seen).toMatchObject({ status: 'Completed', startedAt: 100, starts: 2 });
    expect(linesOf(trace, 'stageStarted', 'decisionTaken', 'runCompleted')).toEqual([
      '0 stageStarted Work', '100 decisionTaken Check Again Work', '100 stageStarted Work', '200 decisionTaken Check null null', '200 runCompleted',
    ]);
  });

  it('R10: with no next, the run completes when its stage completes', () => {
    const trace = simulate(orch([stage('Only', [asyncStep('W')])]));
    expect(lines(trace).slice(-3)).toEqual(['1000 evaluation Only asyncStepCompleted', '1000 stageCompleted Only', '1000 runCompleted']);
    expect(trace.run).toMatchObject({ status: 'Completed', endedAt: 1000 });
  });
});
