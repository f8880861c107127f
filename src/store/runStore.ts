/**
 * The run being shown: its scenario, the engine's trace, the replay over it and the player's
 * cursor. Run status lives only here — never in the document (DESIGN.md §4). The canvas reads
 * `snapshot` to colour nodes; the run controls drive the player.
 *
 * An intervention (complete a work item, change a field, publish an event, suspend…) becomes a
 * scenario event at the current virtual time; the run is recomputed and shown from that moment,
 * so the user can go back and fork another future.
 */
import { create } from 'zustand';
import type { Orchestration, Scenario, ScenarioEvent, Trace } from '../model/types';
import { computeTrace } from '../player/computeTrace';
import { animationFrames, type FrameScheduler } from '../player/frameScheduler';
import { TraceReplay, type RunSnapshot } from '../player/replay';
import { DEFAULT_SPEED, RunPlayer, type PlayerCursor } from '../player/runPlayer';

export type RunPhase = 'idle' | 'computing' | 'ready' | 'failed';

export interface RunState {
  phase: RunPhase;
  /** The frozen document the run was computed from. */
  doc: Orchestration | null;
  /** The scenario the user chose to run (without interventions). */
  baseScenario: Scenario | null;
  /** Interventions made while watching, oldest first. */
  interventions: readonly ScenarioEvent[];
  /** The scenario actually simulated: base + interventions. */
  scenario: Scenario | null;
  trace: Trace | null;
  /** The trace came from a file, not from the engine: it cannot be re-simulated to explain a moment. */
  fromFile: boolean;
  replay: TraceReplay | null;
  cursor: PlayerCursor;
  snapshot: RunSnapshot | null;
  error: string | null;
  /** Computes and shows a run of `doc` (frozen) under `scenario`. */
  start(doc: Orchestration, scenario: Scenario | null, options?: { at?: 'start' | 'end' }): Promise<void>;
  /** Shows a trace that was imported (no engine). */
  showTrace(trace: Trace, doc: Orchestration | null): void;
  /** Adds a scenario event at the current virtual time and recomputes the run. */
  intervene(event: DistributiveOmit<ScenarioEvent, 'at'>): Promise<void>;
  exit(): void;
  player(): RunPlayer | null;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

const idleCursor: PlayerCursor = { index: -1, time: 0, playing: false, speed: DEFAULT_SPEED, atEnd: false };
let player: RunPlayer | null = null;
let frames: FrameScheduler = animationFrames;

/** Tests swap real animation frames for a manual scheduler. */
export function setRunFrameScheduler(scheduler: FrameScheduler): void {
  frames = scheduler;
}

function emptyScenario(): Scenario {
  return { format: 'stageflow.scenario', version: 1, name: 'Interactive run', events: [] };
}

export const useRunStore = create<RunState>()((set, get) => {
  function show(trace: Trace, doc: Orchestration | null, scenario: Scenario | null, seekTo: 'start' | 'end' | number, fromFile = false) {
    const speed = get().cursor.speed;
    player?.dispose();
    const replay = new TraceReplay(trace);
    let lastIndex = Number.NaN;
    player = new RunPlayer(replay, frames, (cursor) => {
      const snapshot = cursor.index === lastIndex ? get().snapshot : replay.stateAt(cursor.index);
      lastIndex = cursor.index;
      set({ cursor, snapshot });
    }, speed);
    set({ phase: 'ready', doc, scenario, trace, fromFile, replay, error: null, cursor: { ...idleCursor, speed }, snapshot: replay.stateAt(-1) });
    if (seekTo === 'end') player.toEnd();
    else if (seekTo === 'start') player.reset();
    else player.seekTime(seekTo);
  }

  async function compute(doc: Orchestration, scenario: Scenario | null, seekTo: 'start' | 'end' | number) {
    set({ phase: 'computing', doc, scenario, error: null });
    try {
      const trace = await computeTrace(doc, scenario);
      if (get().doc !== doc || get().scenario !== scenario) return; // superseded
      show(trace, doc, scenario, seekTo);
    } catch (e) {
      set({ phase: 'failed', error: e instanceof Error ? e.message : String(e) });
    }
  }

  return {
    phase: 'idle',
    doc: null,
    baseScenario: null,
    interventions: [],
    scenario: null,
    trace: null,
    fromFile: false,
    replay: null,
    cursor: idleCursor,
    snapshot: null,
    error: null,
    start(doc, scenario, options) {
      set({ baseScenario: scenario, interventions: [] });
      return compute(doc, scenario, options?.at ?? 'end');
    },
    showTrace: (trace, doc) => show(trace, doc, null, 'end', true),
    async intervene(event) {
      const { doc, baseScenario, interventions, cursor } = get();
      if (!doc) return;
      const at = Math.round(cursor.time);
      // Keep what the world does and the user's earlier interventions up to now: a fork.
      const kept = [...interventions.filter((e) => e.at <= at), { ...event, at } as ScenarioEvent];
      const base = baseScenario ?? emptyScenario();
      const next: Scenario = { ...base, events: [...(base.events ?? []), ...kept] };
      set({ interventions: kept });
      await compute(doc, next, at);
    },
    exit() {
      player?.dispose();
      player = null;
      set({ phase: 'idle', doc: null, baseScenario: null, interventions: [], scenario: null, trace: null, fromFile: false, replay: null, cursor: idleCursor, snapshot: null, error: null });
    },
    player: () => player,
  };
});
