/**
 * Computes a run's trace — or explains a step at a moment of it — in a Web Worker (one long-lived
 * worker per service, requests answered in order), falling back to the main thread where workers
 * are not available (unit tests). The store owns one service (`createRunSlice`); nothing here is
 * module state.
 */
import type { ElementWhy } from '../engine/whyAt';
import type { Orchestration, Scenario, Trace } from '../model/types';
import { defaultScenario } from '../model/factories';
import { DEFAULT_MAX_TRANSITIONS } from '../model/scenarioLimits';
import type { SimulationRequest, SimulationResponse } from './simulationMessages';
import type { RunOutcome } from '../verify/runScenario';

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

/**
 * The run of `doc` under `scenario` as `stageflow test` checks it: the trace, every variable's final
 * value, the simulated org's records and each step's stage (verify/runScenario). Expectations of a
 * value or a record field need more than the trace.
 */
export type ComputeOutcome = (doc: Orchestration, scenario: Scenario | null) => Promise<RunOutcome>;

/**
 * The trace of `doc` under `scenario` at once, on the main thread, when that is cheap; null when it
 * is not (the engine is not loaded yet, or the run needs more than SYNC_MAX_TRANSITIONS).
 */
export type ComputeTraceNow = (doc: Orchestration, scenario: Scenario | null) => Trace | null;

/**
 * A run of at most this many status changes is computed as Run is pressed, on the main thread: the
 * samples take a few hundred, a run of this many about 30 ms (a loop that never waits, measured in
 * Node). UI-CONTRACT scripts press Run and read `getTrace()` at once; from the worker it came
 * 30–200 ms later. A longer run (such a loop goes on to ten million) is left to the worker, after
 * at most this much work on the main thread, so a click never freezes the page.
 */
export const SYNC_MAX_TRANSITIONS = 5_000;

export interface TraceService {
  /** The trace of `doc` under `scenario`. */
  compute: ComputeTrace;
  /** The same trace at once when it is cheap (ComputeTraceNow). */
  computeNow: ComputeTraceNow;
  /** Loads the engine on the main thread (when the page is idle), so that computeNow can answer. */
  warm(): Promise<unknown>;
  /** The engine's reading of a step's start condition at a moment of the run (engine/whyAt.ts). */
  explain: ExplainStep;
  /** The run as a test checks it (ComputeOutcome). */
  outcome: ComputeOutcome;
  /** Stops the worker; pending requests fail. */
  dispose(): void;
}

type Answer = Exclude<SimulationResponse, { error: string }>;
type Request = SimulationRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/** Loaded on demand: the engine stays out of the page's initial JavaScript. */
const computeOnMainThread: ComputeTrace = (doc, scenario) => import('../engine').then(({ simulate }) => simulate(doc, scenario ?? undefined));
export const outcomeOnMainThread: ComputeOutcome = (doc, scenario) => import('../verify/runScenario').then(({ runScenario }) => runScenario(doc, scenario ?? undefined));
const explainOnMainThread: ExplainStep = (doc, scenario, index, element) => import('../engine/whyAt').then(({ explainAt }) => explainAt(doc, scenario ?? undefined, index, element));

/** `scenario` with its status-change limit lowered to `max` (a run that reaches it is not the run asked for). */
function capped(scenario: Scenario | null, max: number): Scenario {
  const base = scenario ?? defaultScenario();
  return { ...base, limits: { ...base.limits, maxTransitions: max } };
}

export function createTraceService(): TraceService {
  let engine: typeof import('../engine') | null = null;
  let warming: Promise<unknown> | null = null;
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
    async outcome(doc, scenario) {
      const w = getWorker();
      if (!w) return outcomeOnMainThread(doc, scenario);
      const answer = await ask(w, { kind: 'outcome', doc, scenario });
      if (!('outcome' in answer)) throw new Error('the simulation worker gave no run');
      return answer.outcome;
    },
    computeNow(doc, scenario) {
      if (!engine) return null;
      const own = scenario?.limits?.maxTransitions ?? DEFAULT_MAX_TRANSITIONS;
      if (own <= SYNC_MAX_TRANSITIONS) return engine.simulate(doc, scenario ?? undefined);
      // run under the lower limit: a run that ends before it is the run its own limit allows
      const trace = engine.simulate(doc, capped(scenario, SYNC_MAX_TRANSITIONS));
      return trace.run.stoppedBy === 'maxTransitions' ? null : trace;
    },
    warm() {
      warming ??= import('../engine').then((module) => { engine = module; }, () => { warming = null; });
      return warming;
    },
    dispose() {
      worker?.terminate();
      worker = null;
      failAll('the simulation was stopped');
    },
  };
}
