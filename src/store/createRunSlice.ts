/**
 * The run being shown: its frozen document and scenario, the engine's trace, the replay over it,
 * the player that paces it and the player's cursor. Run status lives only here — never in the
 * document (DESIGN.md §4). Whether a run is shown at all is `runPhase !== 'idle'`
 * (`selectRunning`), the one field the edit lock and every view read.
 *
 * An intervention (complete a work item, change a field, publish an event, suspend…) becomes a
 * scenario event at the current virtual time; the run is recomputed and shown from that moment,
 * so the user can go back and fork another future.
 */
import { DEFAULT_MAX_TIME_MS } from '../model/scenarioLimits';
import { countOf } from '../model/glossary';
import { problemInWords, problemPlace } from '../model/problemPlace';
import type { Orchestration, Scenario, ScenarioEvent, Trace } from '../model/types';
import type { ComputeOutcome, ComputeTrace, ComputeTraceNow, ExplainStep } from '../player/computeTrace';
import type { FrameScheduler } from '../player/frameScheduler';
import { TraceReplay, type RunSnapshot } from '../player/replay';
import { DEFAULT_SPEED, RunPlayer, type PlayerCursor } from '../player/runPlayer';
import { selectActiveScenario } from './selectors';
import type { SliceCreator } from './storeTypes';

export type RunPhase = 'idle' | 'computing' | 'ready' | 'failed';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type Intervention = DistributiveOmit<ScenarioEvent, 'at'>;

export interface RunSlice {
  /** 'idle': the editor is shown; any other phase: a run is shown and the design is read-only. */
  runPhase: RunPhase;
  /** The frozen document the run was computed from. */
  runDoc: Orchestration | null;
  /** The scenario the user chose to run (without interventions). */
  baseScenario: Scenario | null;
  /**
   * The run's scenario as edited in Scenarios (opened over the run view) since it ran, else null:
   * the run's Expectations follow its expectations, and say when the run shown used it as it was.
   */
  runScenarioEdited: Scenario | null;
  /** Interventions made while watching, oldest first. */
  interventions: readonly ScenarioEvent[];
  /** The scenario actually simulated: base + interventions. */
  runScenario: Scenario | null;
  trace: Trace | null;
  /** The trace came from a file, not from the engine: it cannot be re-simulated to explain a moment. */
  traceFromFile: boolean;
  replay: TraceReplay | null;
  /** Paces the replay (play, pause, step, seek, speed); null when no trace is shown. */
  player: RunPlayer | null;
  cursor: PlayerCursor;
  snapshot: RunSnapshot | null;
  runError: string | null;
  /**
   * Shows a run of the open design under the active scenario, from its start; false (and the
   * user is told what to fix) when validation errors block it.
   */
  startRun(): boolean;
  /** Runs again with the scenario now active (after choosing another one). */
  rerun(): void;
  /** Computes and shows a run of `doc` (frozen) under `scenario`. */
  showRun(doc: Orchestration, scenario: Scenario | null, options?: { at?: 'start' | 'end' }): Promise<void>;
  /** Shows a trace that was imported (no engine). */
  showTrace(trace: Trace, doc: Orchestration | null): void;
  /** Adds a scenario event at the current virtual time and recomputes the run. */
  intervene(event: Intervention): Promise<void>;
  /**
   * Replaces the scenario the run was started with (a record the run lacked, given from the run
   * view) — in the design's scenarios too, when it is one of them — and recomputes the run with the
   * interventions made so far, shown at the same virtual time.
   */
  reviseRunScenario(scenario: Scenario): Promise<void>;
  /** Leaves the run; the editor shows the document exactly as it was. */
  exitRun(): void;
  /** Loads what a run needs ahead of time (the page is idle), so that a small run shows as Run is pressed. */
  prepareRuns(): Promise<unknown>;
  /** The trace of `doc` under `scenario` (the store's simulation service: a Web Worker). */
  computeTrace: ComputeTrace;
  /** Why a step has not started at a moment of the run (the same service). */
  explainStep: ExplainStep;
  /** A run as `stageflow test` checks it, for Run all scenarios (the same service). */
  computeOutcome: ComputeOutcome;
}

export interface RunOptions {
  frames: FrameScheduler;
  computeTrace: ComputeTrace;
  explainStep: ExplainStep;
  computeOutcome: ComputeOutcome;
  /** A cheap run's trace at once (the app's service); without it every run is computed by computeTrace. */
  computeTraceNow?: ComputeTraceNow;
  /** Prepares computeTraceNow (loads the engine). */
  warm?: () => Promise<unknown>;
}

const idleCursor: PlayerCursor = { index: -1, time: 0, playing: false, speed: DEFAULT_SPEED, atEnd: false };

function emptyScenario(): Scenario {
  return { format: 'stageflow.scenario', version: 1, name: 'Interactive run', events: [], autoCompleteWorkItems: false };
}

const idleRun = {
  runPhase: 'idle', runDoc: null, baseScenario: null, runScenarioEdited: null, interventions: [], runScenario: null, trace: null, traceFromFile: false, replay: null,
  player: null, cursor: idleCursor, snapshot: null, runError: null,
} as const satisfies Partial<RunSlice>;

/**
 * Whether anything of a run is in the store: a run (computing, shown or failed) or the coverage
 * overlay. Leaving the run view changes nothing otherwise, and a set that changes nothing still
 * runs every subscriber (opening a design leaves the run view first, and pays for it).
 */
export function holdsRun(state: Pick<RunSlice, keyof typeof idleRun> & { coverage: unknown }): boolean {
  if (state.coverage !== null) return true;
  for (const key in idleRun) if (!Object.is(state[key as keyof typeof idleRun], idleRun[key as keyof typeof idleRun])) return true;
  return false;
}

export const createRunSlice = (options: RunOptions): SliceCreator<RunSlice> => (set, get) => {
  /** Aborts the computation of the run being computed, when it is left or replaced (`ComputeTrace`). */
  let computing: AbortController | null = null;
  function stopComputing() {
    computing?.abort();
    computing = null;
  }

  function show(trace: Trace, doc: Orchestration | null, scenario: Scenario | null, seekTo: 'start' | 'end' | number, fromFile = false) {
    const speed = get().cursor.speed;
    get().player?.dispose();
    // A run a time limit stopped ends at the limit, where the banner says it stopped (its last event may be hours before)
    const stoppedAt = trace.run.stoppedBy === 'maxTimeMs' && scenario ? (scenario.limits?.maxTimeMs ?? DEFAULT_MAX_TIME_MS) : undefined;
    const replay = new TraceReplay(trace, stoppedAt);
    let shown: RunSnapshot | null = null;
    const player = new RunPlayer(replay, options.frames, (cursor) => {
      // Playing forward, a frame applies only the events since the last one (replay.advance).
      shown = shown ? replay.advance(shown, cursor.index) : replay.stateAt(cursor.index);
      set({ cursor, snapshot: shown });
    }, speed);
    set({ runPhase: 'ready', runDoc: doc, runScenario: scenario, trace, traceFromFile: fromFile, replay, player, runError: null, cursor: { ...idleCursor, speed }, snapshot: replay.stateAt(-1) });
    if (seekTo === 'end') player.toEnd();
    else if (seekTo === 'start') player.reset();
    else player.seekTime(seekTo);
  }

  /** The trace at once when it is cheap; null otherwise, or when it failed (the worker then gives the error). */
  function traceNow(doc: Orchestration, scenario: Scenario | null): Trace | null {
    try {
      return options.computeTraceNow?.(doc, scenario) ?? null;
    } catch {
      return null;
    }
  }

  async function compute(doc: Orchestration, scenario: Scenario | null, seekTo: 'start' | 'end' | number) {
    stopComputing();
    const now = traceNow(doc, scenario);
    if (now) return show(now, doc, scenario, seekTo);
    set({ runPhase: 'computing', runDoc: doc, runScenario: scenario, runError: null });
    const controller = new AbortController();
    computing = controller;
    try {
      const trace = await options.computeTrace(doc, scenario, controller.signal);
      if (computing === controller) computing = null;
      const now = get();
      if (now.runPhase === 'idle' || now.runDoc !== doc || now.runScenario !== scenario) return; // exited or superseded
      show(trace, doc, scenario, seekTo);
    } catch (e) {
      if (controller.signal.aborted) return; // left or replaced: nobody waits for this run
      if (get().runPhase !== 'idle') set({ runPhase: 'failed', runError: e instanceof Error ? e.message : String(e) });
    }
  }

  return {
    ...idleRun,
    computeTrace: options.computeTrace,
    explainStep: options.explainStep,
    computeOutcome: options.computeOutcome,
    startRun() {
      const state = get();
      if (!state.validatorReady) {
        state.notify('info', 'The design is still being checked. Run it in a moment.');
        return false;
      }
      const errors = state.problemMemo.indexOf(state.doc).errors;
      if (errors.length > 0) {
        const first = errors[0]!;
        const more = errors.length > 1 ? ` (and ${countOf(errors.length - 1, 'other problem')})` : '';
        state.notify('error', `Can’t run yet. ${problemInWords(state.doc, first)}${more}`, { element: problemPlace(state.doc, first.path).element, path: first.path }, false, errors.length > 1);
        return false;
      }
      // a pan by hand stopped following for the run it was made in; the next run follows again,
      // unless the user unticked Follow the run (docs/canvas.md, "Follow the run")
      if (state.followStoppedByPan) set({ followRun: true, followStoppedByPan: false });
      void state.showRun(state.doc, selectActiveScenario(state), { at: 'start' });
      state.requestFit(); // the run view's pane is shorter (run controls): frame the design afresh
      return true;
    },
    rerun() {
      const state = get();
      void state.showRun(state.runDoc ?? state.doc, selectActiveScenario(state), { at: 'start' });
    },
    showRun(doc, scenario, runOptions) {
      set({ baseScenario: scenario, runScenarioEdited: null, interventions: [] });
      return compute(doc, scenario, runOptions?.at ?? 'end');
    },
    showTrace(trace, doc) {
      stopComputing();
      show(trace, doc, null, 'end', true);
    },
    async intervene(event) {
      const { runDoc, baseScenario, interventions, cursor } = get();
      if (!runDoc) return;
      const at = Math.round(cursor.time);
      // Keep what the world does and the user's earlier interventions up to now: a fork.
      const kept = [...interventions.filter((e) => e.at <= at), { ...event, at } as ScenarioEvent];
      const base = baseScenario ?? emptyScenario();
      const next: Scenario = { ...base, events: [...(base.events ?? []), ...kept] };
      set({ interventions: kept });
      await compute(runDoc, next, at);
    },
    async reviseRunScenario(scenario) {
      const { runDoc, baseScenario, runScenarioEdited, interventions, cursor, scenarios } = get();
      if (!runDoc) return;
      // the scenario Run or the picker chose is the design's own object (as since edited in
      // Scenarios): the change is kept there, as one made in the Scenarios dialog is (a run of a
      // scenario not among them changes the run only)
      const own = runScenarioEdited ?? baseScenario;
      const index = own ? scenarios.indexOf(own) : -1;
      if (index >= 0) get().updateScenario(index, scenario);
      set({ baseScenario: scenario, runScenarioEdited: null });
      const next: Scenario = interventions.length ? { ...scenario, events: [...(scenario.events ?? []), ...interventions] } : scenario;
      await compute(runDoc, next, Math.round(cursor.time));
    },
    prepareRuns() {
      return options.warm?.() ?? Promise.resolve();
    },
    exitRun() {
      stopComputing();
      get().player?.dispose();
      // the coverage overlay belongs to the run view
      if (holdsRun(get())) set({ ...idleRun, coverage: null });
      get().requestFit();
    },
  };
};
