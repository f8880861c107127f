import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { backgroundStep, orchestration, scenario, stage } from '../model/testing/fixtures';
import type { Orchestration, Scenario, Trace } from '../model/types';
import { createTraceService, SYNC_MAX_TRANSITIONS } from './computeTrace';
import type { SimulationRequest, SimulationResponse } from './simulationMessages';

/** A stand-in for the simulation worker: it records what it is asked and answers only when told. */
class FakeWorker {
  static made: FakeWorker[] = [];
  posted: SimulationRequest[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<SimulationResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(request: SimulationRequest) {
    this.posted.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  answer(request: SimulationRequest, trace: Trace) {
    this.onmessage?.({ data: { id: request.id, trace } } as MessageEvent<SimulationResponse>);
  }
}

const doc = (name: string) => ({ name }) as unknown as Orchestration;
const trace = (status: Trace['run']['status']) => ({ run: { status } }) as unknown as Trace;

describe('the simulation worker service (computeTrace)', () => {
  const realWorker = globalThis.Worker;
  beforeEach(() => {
    FakeWorker.made = [];
    globalThis.Worker = FakeWorker as unknown as typeof Worker;
  });
  afterEach(() => {
    globalThis.Worker = realWorker;
  });

  it('an aborted run stops the worker, so the next run is answered by a new one instead of waiting behind it (a loop that never waits)', async () => {
    // given a run that never ends (ten million status changes) being computed
    const service = createTraceService();
    const leaving = new AbortController();
    const endless = service.compute(doc('Loop'), null, leaving.signal);
    const first = FakeWorker.made[0]!;
    // when the user leaves it (Exit run) and runs another design
    leaving.abort();
    await expect(endless).rejects.toThrow('the simulation was stopped');
    const next = service.compute(doc('Other'), null);
    // then the busy worker was ended and the new run goes to a fresh worker, which answers it
    expect(first.terminated).toBe(true);
    const fresh = FakeWorker.made[1]!;
    expect(fresh.posted.map((r) => r.doc.name)).toEqual(['Other']);
    fresh.answer(fresh.posted[0]!, trace('Completed'));
    await expect(next).resolves.toEqual(trace('Completed'));
  });

  it('other requests still waiting when one is aborted go to the new worker; an answered request is not aborted', async () => {
    const service = createTraceService();
    const done = new AbortController();
    const answered = service.compute(doc('Quick'), null, done.signal);
    const worker = FakeWorker.made[0]!;
    worker.answer(worker.posted[0]!, trace('Completed'));
    await expect(answered).resolves.toEqual(trace('Completed'));
    done.abort(); // too late: nothing to stop
    expect(worker.terminated).toBe(false);
    // given a long run and a scenario check (Run all scenarios) queued behind it
    const leaving = new AbortController();
    const endless = service.compute(doc('Loop'), null, leaving.signal);
    const queued = service.compute(doc('Check'), null);
    // when the long run is left
    leaving.abort();
    await expect(endless).rejects.toThrow();
    // then the queued request is asked again of a new worker and still answered
    const fresh = FakeWorker.made[1]!;
    expect(fresh.posted.map((r) => r.doc.name)).toEqual(['Check']);
    fresh.answer(fresh.posted[0]!, trace('Error'));
    await expect(queued).resolves.toEqual(trace('Error'));
  });
});

describe('a cheap run computed at once (computeNow)', () => {
  const sample = JSON.parse(readFileSync('public/samples/loan-approval.json', 'utf8')) as Orchestration;
  const sampleScenario = JSON.parse(readFileSync('public/samples/loan-approval.scenario.json', 'utf8')) as Scenario;
  // a stage whose decision always leads back to it, in no time: it runs on to its limit
  const loop = orchestration({
    stages: [stage('Main', [backgroundStep('Main_Step')], { next: 'Again' })],
    decisions: [{ name: 'Again', outcomes: [{ name: 'Yes', logic: 'and', requirements: [{ left: 'Main_Step.Status', operator: 'EqualTo', right: { string: 'Completed' } }], next: 'Main' }] }],
  });

  it('gives nothing until the engine is loaded, then the very trace the engine gives (what the worker would answer)', async () => {
    const service = createTraceService();
    expect(service.computeNow(sample, sampleScenario)).toBeNull();
    await service.warm();
    expect(service.computeNow(sample, sampleScenario)).toEqual(simulate(sample, sampleScenario));
    expect(service.computeNow(sample, null)).toEqual(simulate(sample));
  });

  it(`leaves a run of more than ${SYNC_MAX_TRANSITIONS.toLocaleString('en')} status changes to the worker, but gives one its own lower limit stops`, async () => {
    const service = createTraceService();
    await service.warm();
    // a loop that never waits, under the default limit of ten million: not on the main thread
    expect(service.computeNow(loop, null)).toBeNull();
    expect(service.computeNow(loop, scenario({ limits: { maxTransitions: 1_000_000 } }))).toBeNull();
    // under a limit of its own below the bound: that is the run asked for
    const limited = scenario({ limits: { maxTransitions: 3000 } });
    expect(3000).toBeLessThan(SYNC_MAX_TRANSITIONS);
    const now = service.computeNow(loop, limited);
    expect(now?.run).toMatchObject({ stoppedBy: 'maxTransitions' });
    expect(now).toEqual(simulate(loop, limited));
  });
});
