/**
 * Computes a run's trace — or explains a step at a moment of it — in a Web Worker (one long-lived
 * worker per service, requests answered in order), falling back to the main thread where workers
 * are not available (unit tests). The store owns one service (`createRunSlice`); nothing here is
 * module state.
 */
import type { ElementWhy } from '../engine/whyAt';
import type { Orchestration, Scenario, Trace } from '../model/types';
import type { SimulationRequest, SimulationResponse } from './simulationMessages';

/**
 * `signal`: the caller no longer wants the trace (the run was left or replaced). A run that never
 * waits goes on to FORMAT.md's ten million status changes, minutes of work: aborting stops it, so
 * the next run does not wait behind it.
 */
export type ComputeTrace = (doc: Orchestration, scenario: Scenario | null, signal?: AbortSignal) => Promise<Trace>;
/**
 * Why `element` is where it is right after trace event `index` of the run of `doc` under `scenario`:
 * a step's start condition, a stage's exit condition.
 */
export type ExplainStep = (doc: Orchestration, scenario: Scenario | null, index: number, element: string) => Promise<ElementWhy | null>;

export interface TraceService {
  /** The trace of `doc` under `scenario`. */
  compute: ComputeTrace;
  /** The engine's reading of a step's start condition at a moment of the run (engine/whyAt.ts). */
  explain: ExplainStep;
  /** Stops the worker; pending requests fail. */
  dispose(): void;
}

type Answer = Exclude<SimulationResponse, { error: string }>;
type Request = SimulationRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/** Loaded on demand: the engine stays out of the page's initial JavaScript. */
const computeOnMainThread: ComputeTrace = (doc, scenario) => import('../engine').then(({ simulate }) => simulate(doc, scenario ?? undefined));
const explainOnMainThread: ExplainStep = (doc, scenario, index, element) => import('../engine/whyAt').then(({ explainAt }) => explainAt(doc, scenario ?? undefined, index, element));

export function createTraceService(): TraceService {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { request: SimulationRequest; resolve: (answer: Answer) => void; reject: (e: Error) => void }>();

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
        if ('error' in e.data) waiting.reject(new Error(e.data.error));
        else waiting.resolve(e.data);
      };
      worker.onerror = (e) => {
        failAll(e.message || 'the simulation worker failed');
        worker = null;
      };
    }
    return worker;
  }

  function ask(w: Worker, request: Request, signal?: AbortSignal): Promise<Answer> {
    const id = nextId++;
    const message = { ...request, id } as SimulationRequest;
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new Error('the simulation was stopped'));
      pending.set(id, { request: message, resolve, reject });
      w.postMessage(message);
      signal?.addEventListener('abort', () => abandon(id), { once: true });
    });
  }

  /**
   * The worker answers in order and cannot be interrupted, so a request nobody waits for any more
   * ends the worker; the other requests still waiting go to a new one.
   */
  function abandon(id: number) {
    const waiting = pending.get(id);
    if (!waiting) return; // already answered
    pending.delete(id);
    waiting.reject(new Error('the simulation was stopped'));
    worker?.terminate();
    worker = null;
    if (pending.size === 0) return;
    const fresh = getWorker();
    for (const other of pending.values()) fresh?.postMessage(other.request);
  }

  return {
    async compute(doc, scenario, signal) {
      const w = getWorker();
      if (!w) return computeOnMainThread(doc, scenario);
      const answer = await ask(w, { doc, scenario }, signal);
      if (!('trace' in answer)) throw new Error('the simulation worker gave no trace');
      return answer.trace;
    },
    async explain(doc, scenario, index, element) {
      const w = getWorker();
      if (!w) return explainOnMainThread(doc, scenario, index, element);
      const answer = await ask(w, { kind: 'why', doc, scenario, index, element });
      if (!('why' in answer)) throw new Error('the simulation worker gave no explanation');
      return answer.why;
    },
    dispose() {
      worker?.terminate();
      worker = null;
      failAll('the simulation was stopped');
    },
  };
}
