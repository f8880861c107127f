/**
 * Computes a run's trace in a Web Worker (one long-lived worker, requests answered in order),
 * falling back to the main thread where workers are not available (unit tests).
 */
import type { Orchestration, Scenario, Trace } from '../model/types';
import type { SimulationRequest, SimulationResponse } from './simulationMessages';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (t: Trace) => void; reject: (e: Error) => void }>();

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
      for (const w of pending.values()) w.reject(new Error(e.message || 'the simulation worker failed'));
      pending.clear();
      worker = null;
    };
  }
  return worker;
}

/** The trace of `doc` under `scenario`. */
export function computeTrace(doc: Orchestration, scenario: Scenario | null): Promise<Trace> {
  const w = getWorker();
  if (!w) {
    // Loaded on demand: the engine stays out of the page's initial JavaScript.
    return import('../engine').then(({ simulate }) => simulate(doc, scenario ?? undefined));
  }
  const id = nextId++;
  const request: SimulationRequest = { id, doc, scenario };
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage(request);
  });
}
