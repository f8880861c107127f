import { describe, expect, it } from 'vitest';
import { simulate } from './index';
import { asyncStep, bg, ia, lines, linesOf, orch, scenario, stage } from './testing/builders';

const failing = { name: 'Fails', type: 'autolaunched' as const, active: true, elements: ['Action'], behavior: { durationMs: 500, outcome: 'error' as const, message: 'card declined' } };

describe('errors, suspend, cancel, retry', () => {
  it('R30: a step ends in Error when its outcome for that start is error (scenario outcomes, outcome, else the flow)', () => {
    const doc = orch([stage('S', [asyncStep('ByFlow', { flow: 'Fails' }), asyncStep('ByScenario'), asyncStep('Overridden', { flow: 'Fails' })])], { flows: [failing] });
    const sc = scenario([], { steps: { ByScenario: { outcome: 'error', durationMs: 100, message: 'boom' }, Overridden: { outcomes: ['success'], durationMs: 50 } } });
    const trace = simulate(doc, sc);
    expect(trace.steps.Overridden?.status).toBe('Completed');
    expect(trace.steps.ByScenario).toMatchObject({ status: 'Error', endedAt: 100 });
    expect(trace.events.find((e) => e.type === 'stepErrored')).toMatchObject({ step: 'ByScenario', message: 'boom' });
  });

  it('R31: without a fault path — step Error, stage Error, other running steps Discontinued, work items Completed, run Error', () => {
    const doc = orch([stage('S', [asyncStep('Charge', { flow: 'Fails' }), asyncStep('Slow'), ia('Approve')], { next: 'T' }), stage('T', [])], { flows: [failing] });
    const trace = simulate(doc, scenario([], { autoCompleteWorkItems: false }));
    expect(lines(trace).filter((l) => l.startsWith('500'))).toEqual([
      '500 stepErrored Charge', '500 evaluation S asyncStepCompleted', '500 stageErrored S',
      '500 stepDiscontinued Slow', '500 stepDiscontinued Approve', '500 workItemCompleted Approve', '500 runErrored S',
    ]);
    expect(trace.run).toMatchObject({ status: 'Error', endedAt: 500, stalled: false });
    // future work is dropped: Slow's completion at 1000 never happens
    expect(trace.events.some((e) => e.t > 500)).toBe(false);
    expect(trace.stages.T).toBeUndefined();
  });

  it('R32: with faultNext — step and stage Error, others Discontinued, and the run goes on at faultNext, InProgress', () => {
    const doc = orch([
      stage('S', [bg('Charge', { flow: 'SyncFail' }), asyncStep('Slow')], { faultNext: 'Recover', next: 'Done' }),
      stage('Recover', [bg('Refund')]),
      stage('Done', []),
    ], { flows: [{ name: 'SyncFail', type: 'autolaunched', active: true, behavior: { outcome: 'error' } }] });
    const trace = simulate(doc);
    expect(lines(trace).slice(3)).toEqual([
      '0 stepStarted Charge', '0 stepErrored Charge', '0 stageErrored S',
      '0 stageStarted Recover', '0 evaluation Recover stageStarted', '0 stepStarted Refund', '0 stepCompleted Refund',
      '0 stageCompleted Recover', '0 runCompleted',
    ]);
    expect(trace.stages.S?.status).toBe('Error');
    expect(trace.steps.Slow?.status).toBe('NotStarted');
    expect(trace.run.status).toBe('Completed');
  });

  it('R33: suspend holds async results and starts nothing; resume applies them, then a pass', () => {
    const doc = orch([stage('S', [asyncStep('A'), bg('B', { start: { mode: 'stepCompleted', step: 'A' } })])]);
    const sc = scenario([{ at: 500, type: 'suspend' }, { at: 2000, type: 'resume' }]);
    const trace = simulate(doc, sc);
    expect(lines(trace).filter((l) => Number(l.split(' ')[0]) >= 500)).toEqual([
      '500 runSuspended S', '500 stageSuspended S',
      '2000 runResumed S', '2000 stepCompleted A', '2000 evaluation S resumed',
      '2000 stepStarted B', '2000 stepCompleted B', '2000 stageCompleted S', '2000 runCompleted',
    ]);
    expect(trace.steps.A?.endedAt).toBe(2000);
  });

  it('R33 with R31: held results apply in the order they arrived: a failure held first discontinues a step whose success came later', () => {
    // given Charge failing at 500, Slow succeeding at 1000 and Approve's item closing at 1200, all while the run is suspended
    const doc = orch([stage('S', [asyncStep('Charge', { flow: 'Fails' }), asyncStep('Slow'), ia('Approve')])], { flows: [failing] });
    const trace = simulate(doc, scenario([{ at: 100, type: 'suspend' }, { at: 2000, type: 'resume' }], { steps: { Approve: { durationMs: 1200 } } }));
    // then Charge's failure, applied first, faults the stage as it would have at 500: Slow and Approve are Discontinued, what came later dropped
    expect(lines(trace).filter((l) => l.startsWith('2000 '))).toEqual([
      '2000 runResumed S', '2000 stepErrored Charge', '2000 evaluation S resumed', '2000 stageErrored S',
      '2000 stepDiscontinued Slow', '2000 stepDiscontinued Approve', '2000 workItemCompleted Approve', '2000 runErrored S',
    ]);
    expect(trace.steps.Slow).toMatchObject({ status: 'Discontinued', endedAt: 2000 });
    expect(trace.run).toMatchObject({ status: 'Error', endedAt: 2000 });
  });

  it('R33: admin actions that do not apply to the run status are ignored and leave no event', () => {
    const doc = orch([stage('S', [asyncStep('A')])]);
    const sc = scenario([
      { at: 100, type: 'resume' }, { at: 200, type: 'retry' },
      { at: 300, type: 'suspend' }, { at: 400, type: 'suspend' }, { at: 450, type: 'cancel' }, { at: 500, type: 'resume' },
    ]);
    const trace = simulate(doc, sc);
    expect(linesOf(trace, 'runSuspended', 'runResumed', 'runRetried', 'runCanceled')).toEqual(['300 runSuspended S', '500 runResumed S']);
    expect(trace.run.status).toBe('Completed');
  });

  it('R34: retry of a run in Error restarts the stage\'s Error and Discontinued steps, counting starts, then a pass', () => {
    const doc = orch([stage('S', [asyncStep('Charge', { flow: 'Fails' }), asyncStep('Other', { flow: 'Slow' })])], {
      flows: [failing, { name: 'Slow', type: 'autolaunched', active: true, elements: ['Wait'], behavior: { durationMs: 5000 } }],
    });
    const sc = scenario([{ at: 1000, type: 'retry' }], { steps: { Charge: { outcomes: ['error', 'success'] } } });
    const trace = simulate(doc, sc);
    expect(lines(trace).filter((l) => l.startsWith('1000 '))).toEqual([
      '1000 runRetried S', '1000 stepStarted Charge', '1000 stepStarted Other', '1000 evaluation S retried',
    ]);
    expect(trace.steps.Charge).toMatchObject({ status: 'Completed', starts: 2, startedAt: 1000, endedAt: 1500 });
    expect(trace.steps.Other).toMatchObject({ status: 'Completed', starts: 2, endedAt: 6000 });
    expect(trace.run).toMatchObject({ status: 'Completed', endedAt: 6000 });
  });

  it('R34 with R11: a completion chosen in the round whose start faulted the stage is made again after the retry', () => {
    // given I (custom completion that holds), S (sync) and E (sync, fails once) waiting for S: the
    // second round chooses I's completion and E's start, and E's start faults the stage first
    const syncFails = { name: 'SyncFails', type: 'autolaunched' as const, active: true, elements: ['Assignment'], behavior: { outcome: 'error' as const, message: 'no stock' } };
    const doc = orch([stage('S1', [
      ia('I', { complete: { mode: 'requirements', requirements: [{ left: 'x', operator: 'EqualTo', right: { number: 0 } }] } }),
      bg('S'),
      bg('E', { flow: 'SyncFails', start: { mode: 'stepCompleted', step: 'S' } }),
    ])], { flows: [syncFails], variables: [{ name: 'x', type: 'Number', value: 0 }] });
    const trace = simulate(doc, scenario([{ at: 1000, type: 'retry' }], { autoCompleteWorkItems: false, steps: { E: { outcomes: ['error', 'success'] } } }));
    // then the fault discontinued I before its completion; the retry restarts it and the pass completes it
    expect(lines(trace).filter((l) => l.startsWith('0 ')).slice(-3)).toEqual(['0 stepDiscontinued I', '0 workItemCompleted I', '0 runErrored S1']);
    expect(trace.steps.I).toMatchObject({ status: 'Completed', starts: 2 });
    expect(trace.run).toMatchObject({ status: 'Completed', endedAt: 1000 });
  });

  it('R35: cancel — run and stage Canceled, running steps Canceled, open work items Completed; nothing after', () => {
    const doc = orch([stage('S', [asyncStep('A'), ia('Approve'), bg('Later', { start: { mode: 'stepCompleted', step: 'A' } })], { next: 'T' }), stage('T', [])]);
    const trace = simulate(doc, scenario([{ at: 100, type: 'cancel' }, { at: 200, type: 'retry' }, { at: 300, type: 'publishEvent' }]));
    expect(lines(trace).filter((l) => !l.startsWith('0 '))).toEqual([
      '100 runCanceled S', '100 stageCanceled S', '100 stepCanceled A', '100 stepCanceled Approve', '100 workItemCompleted Approve',
    ]);
    expect(trace.run).toMatchObject({ status: 'Canceled', endedAt: 100, stalled: false });
    expect(trace.steps.Later?.status).toBe('NotStarted');
    expect(trace.steps.Later?.why).toBe('its stage "S" was canceled (at 100 ms) before it started; waits for step "A" to be Completed (it is Canceled)');
  });
});
