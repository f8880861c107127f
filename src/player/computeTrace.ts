/**
 * Computes a run's trace in a Web Worker (one long-lived worker per service, requests answered in
 * order), falling back to the main thread where workers are not available (unit tests). The store
 * owns one service (`createRunSlice`); nothing here is module state.
 */
import type { Orchestration, Scenario, Trace } from '../model/types';
import type { SimulationRequest, SimulationResponse } from './simulationMessages';

export type ComputeTrace = (doc: Orchestration, scenario: Scenario | null) => Promise<Trace>;

export interface TraceService {
  /** The trace of `doc` under `scenario`. */
  compute: ComputeTrace;
  /** Stops the worker; pending requests fail. */
  dispose(): void;
}

/** Loaded on demand: the engine stays out of the page's initial JavaScript. */
const computeOnMainThread: ComputeTrace = (doc, scenario) => import('../engine').then(({ simulate }) => simulate(doc, scenario ?? undefined));

export function createTraceService(): TraceService {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (t: Trace) => void; reject: (e: Error) => void }>();

  function failAll(message: string) {
    for (const w of pending.values()) w.reject(new Error(message));
    pending.clear();
  }

  function getWorker(): Worker | null {
    if (typeof Worker === 'undefined') return null;
    if (!worker) {
      worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<SimulationResponse>) => {
        const waiting = pending.get(e.data.id);
        if (!waiting) return;
        pending.delete(e.data.id);
        if ('trace' in e.data) waiting.resolve(e.data.trace);
        else waiting.reject(new Error(e.data.error));
      };
      worker.onerror = (e) => {
        failAll(e.message || 'the simulation worker failed');
        worker = null;
      };
    }
    return worker;
  }

  return {
    compute(doc, scenario) {
      const w = getWorker();
      if (!w) return computeOnMainThread(doc, scenario);
      const id = nextId++;
      const request: SimulationRequest = { id, doc, scenario };
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.postMessage(request);
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
      failAll('the simulation was stopped');
    },
  };
}
