import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Orchestration, Trace } from '../model/types';
import { createTraceService } from './computeTrace';
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
