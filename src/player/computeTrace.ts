/**
 * Computes a run's trace — or explains a step at a moment of it — in a Web Worker (one long-lived
 * worker, requests answered in order), falling back to the main thread where workers are not
 * available (unit tests).
 */
import type { StepWhy } from '../engine/whyAt';
import type { Orchestration, Scenario, Trace } from '../model/types';
import type { SimulationRequest, SimulationResponse } from './simulationMessages';

type Answer = Exclude<SimulationResponse, { error: string }>;
let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (answer: Answer) => void; reject: (e: Error) => void }>();

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  if (!worker) {
    worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<SimulationResponse>) => {
      const waiting = pending.get(e.data.id);
      if (!waiting) return;
      pending.delete(e.data.id);
      if ('error' in e.data) waiting.reject(new Error(e.data.error));
      else waiting.resolve(e.data);
    };
    worker.onerror = (e) => {
      for (const w of pending.values()) w.reject(new Error(e.message || 'the simulation worker failed'));
      pending.clear();
      worker = null;
    };
  }
  return worker;
}

type Request = SimulationRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

function ask(w: Worker, request: Request): Promise<Answer> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ ...request, id } as SimulationRequest);
  });
}

/** The trace of `doc` under `scenario`. */
export async function computeTrace(doc: Orchestration, scenario: Scenario | null): Promise<Trace> {
  const w = getWorker();
  if (!w) {
    // Loaded on demand: the engine stays out of the page's initial JavaScript.
    const { simulate } = await import('../engine');
    return simulate(doc, scenario ?? undefined);
  }
  const answer = await ask(w, { doc, scenario });
  if (!('trace' in answer)) throw new Error('the simulation worker gave no trace');
  return answer.trace;
}

/** Why `step` has not started right after trace event `index` of the run of `doc` under `scenario`. */
export async function explainStepAt(doc: Orchestration, scenario: Scenario | null, index: number, step: string): Promise<StepWhy | null> {
  const w = getWorker();
  if (!w) {
    const { whyAt } = await import('../engine/whyAt');
    return whyAt(doc, scenario ?? undefined, index, step);
  }
  const answer = await ask(w, { kind: 'why', doc, scenario, index, step });
  if (!('why' in answer)) throw new Error('the simulation worker gave no explanation');
  return answer.why;
}
