/**
 * Rebuilds what a run looked like at any point of its trace, without the engine: statuses of the
 * run, its stages and steps, and the open work items, after event `index`. The run view, the
 * timeline scrubber and an imported trace all read the run through this.
 *
 * Snapshots are kept every CHECKPOINT_EVERY events, so scrubbing anywhere costs at most that many
 * event applications.
 */
import type { RunStatus, StageStatus, StepStatus, Trace, TraceEvent } from '../model/types';
import { hasOwnKey, own } from '../model/ownKey';

export type ShownStatus = StepStatus | 'Suspended';

export interface RunSnapshot {
  /** Index of the last applied event, or -1 before the first. */
  index: number;
  /** Virtual time of the last applied event. */
  t: number;
  run: RunStatus | null;
  stages: Record<string, StageStatus>;
  steps: Record<string, ShownStatus>;
  /** Virtual time the current start of each step began (for progress rings). */
  stepStartedAt: Record<string, number>;
  openWorkItems: readonly string[];
  currentStage: string | null;
  /**
   * Who each started step runs as at this moment: a background step's identity (the trace's
   * `runAs`), an interactive step's assignee until its work item is closed, then who closed it (R46).
   */
  runAs: Record<string, string>;
  /** The latest beat at or before this moment: the stage or step it changed and its event index. */
  lastChange: { element: string; index: number } | null;
}

const CHECKPOINT_EVERY = 256;

const RUN_STATUS: Partial<Record<TraceEvent['type'], RunStatus>> = {
  runStarted: 'InProgress', runCompleted: 'Completed', runErrored: 'Error', runSuspended: 'Suspended',
  runResumed: 'InProgress', runCanceled: 'Canceled', runRetried: 'InProgress',
};
const STAGE_STATUS: Partial<Record<TraceEvent['type'], StageStatus>> = {
  stageStarted: 'InProgress', stageCompleted: 'Completed', stageErrored: 'Error',
  stageDiscontinued: 'Discontinued', stageSuspended: 'Suspended', stageCanceled: 'Canceled',
};
const STEP_STATUS: Partial<Record<TraceEvent['type'], StepStatus>> = {
  stepStarted: 'InProgress', stepCompleted: 'Completed', stepErrored: 'Error',
  stepDiscontinued: 'Discontinued', stepCanceled: 'Canceled',
};
const WORK_ITEM_EVENTS: ReadonlySet<TraceEvent['type']> = new Set(['workItemAssigned', 'workItemCompleted']);

/**
 * A beat: an event that changes what the canvas shows (a run, stage or step status, or a work item
 * opening or closing). Playback shows each beat for a moment of its own, even when several share
 * one virtual time; the other events (evaluations, value changes, decisions) pass without a pause.
 */
export function isBeat(event: TraceEvent): boolean {
  return RUN_STATUS[event.type] !== undefined || STAGE_STATUS[event.type] !== undefined || STEP_STATUS[event.type] !== undefined || WORK_ITEM_EVENTS.has(event.type);
}

type RecordKey = 'stages' | 'steps' | 'stepStartedAt' | 'runAs';

interface MutableSnapshot extends Omit<RunSnapshot, 'openWorkItems'> {
  openWorkItems: Set<string>;
  /** Records still shared with an earlier (frozen) snapshot: copied before the first write (advance). */
  shared?: Set<RecordKey>;
}

/** `s[key]`, ready to be written: a copy the first time when it is shared with an earlier snapshot. */
function writable<K extends RecordKey>(s: MutableSnapshot, key: K): MutableSnapshot[K] {
  if (s.shared?.delete(key)) s[key] = { ...s[key] };
  return s[key];
}

function clone(s: MutableSnapshot): MutableSnapshot {
  return {
    ...s,
    stages: { ...s.stages },
    steps: { ...s.steps },
    stepStartedAt: { ...s.stepStartedAt },
    runAs: { ...s.runAs },
    openWorkItems: new Set(s.openWorkItems),
  };
}

/** The snapshot of `s`, which is never written again (a private clone, or records copied on write). */
function freeze(s: MutableSnapshot): RunSnapshot {
  const { shared: _shared, openWorkItems, ...rest } = s;
  return { ...rest, openWorkItems: [...openWorkItems] };
}

/** Replays a trace's events; pure and deterministic. */
export class TraceReplay {
  readonly events: readonly TraceEvent[];
  private readonly stepsOfStage = new Map<string, string[]>();
  private readonly checkpoints: MutableSnapshot[] = [];

  /** @param stoppedAt the time limit that stopped the run, when one did (`run.stoppedBy` maxTimeMs). */
  constructor(readonly trace: Trace, private readonly stoppedAt?: number) {
    this.events = trace.events;
    for (const [step, info] of Object.entries(trace.steps)) {
      const list = this.stepsOfStage.get(info.stage) ?? [];
      list.push(step);
      this.stepsOfStage.set(info.stage, list);
    }
    let state = this.initial();
    this.checkpoints.push(clone(state));
    for (let i = 0; i < this.events.length; i++) {
      this.apply(state, this.events[i]!, i);
      if ((i + 1) % CHECKPOINT_EVERY === 0) {
        this.checkpoints.push(state);
        state = clone(state);
      }
    }
  }

  /** Number of events. */
  get length(): number {
    return this.events.length;
  }

  /**
   * The virtual time at which the run ends: when it ended, else when a time limit stopped it
   * (`stoppedAt`, the scenario's limit: the trace does not say it), else its last event.
   */
  get endTime(): number {
    const last = this.events.at(-1)?.t ?? 0;
    if (this.trace.run.endedAt !== null && this.trace.run.endedAt !== undefined) return this.trace.run.endedAt;
    return this.trace.run.stoppedBy === 'maxTimeMs' && this.stoppedAt !== undefined ? Math.max(last, this.stoppedAt) : last;
  }

  /** State after applying events 0..index (index -1: before the run). */
  stateAt(index: number): RunSnapshot {
    const last = Math.max(-1, Math.min(index, this.events.length - 1));
    const cp = Math.floor((last + 1) / CHECKPOINT_EVERY);
    const state = clone(this.checkpoints[Math.min(cp, this.checkpoints.length - 1)]!);
    for (let i = state.index + 1; i <= last; i++) this.apply(state, this.events[i]!, i);
    return freeze(state);
  }

  /**
   * The state after event `index`, reached from `from` (a snapshot of this replay) by applying the
   * events in between when `index` is a little ahead of it (playback, several events a frame at
   * 100×); else as `stateAt`. The records no applied event touches are `from`'s own objects, and a
   * touched one is copied once, so a frame costs what changed plus one copy per touched record —
   * not a rebuild of every record from a checkpoint.
   */
  advance(from: RunSnapshot, index: number): RunSnapshot {
    const last = Math.max(-1, Math.min(index, this.events.length - 1));
    if (last === from.index) return from;
    if (last < from.index || last - from.index > CHECKPOINT_EVERY) return this.stateAt(last);
    const state: MutableSnapshot = { ...from, openWorkItems: new Set(from.openWorkItems), shared: new Set(['stages', 'steps', 'stepStartedAt', 'runAs']) };
    for (let i = from.index + 1; i <= last; i++) this.apply(state, this.events[i]!, i);
    return freeze(state);
  }

  /** Index of the last event at or before virtual time `t` (-1 when none). */
  indexAtTime(t: number): number {
    let lo = 0;
    let hi = this.events.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.events[mid]!.t <= t) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  }

  /**
   * Where the moment after event `index` stands among the beats of its virtual time: the `nth` of
   * `of` beats at that time (1-based; nth 0 when no beat at that time has been shown yet).
   */
  beatPosition(index: number): { t: number; nth: number; of: number } {
    const e = this.events[index];
    if (!e) return { t: 0, nth: 0, of: 0 };
    let nth = 0;
    let of = 0;
    for (let i = index; i >= 0 && this.events[i]!.t === e.t; i--) if (isBeat(this.events[i]!)) nth++;
    of = nth;
    for (let i = index + 1; i < this.events.length && this.events[i]!.t === e.t; i++) if (isBeat(this.events[i]!)) of++;
    return { t: e.t, nth, of };
  }

  /** The next event after `index` that changes what the canvas shows (a beat), else the last event. */
  nextBeat(index: number): number {
    for (let i = index + 1; i < this.events.length; i++) if (isBeat(this.events[i]!)) return i;
    return this.events.length - 1;
  }

  /**
   * The beat before the one whose state is shown at `index` (the state at `index` is that of the
   * last beat up to it), or -1 (before the run): one visible change back.
   */
  previousBeat(index: number): number {
    let shown = Math.min(index, this.events.length - 1);
    while (shown >= 0 && !isBeat(this.events[shown]!)) shown--;
    for (let i = shown - 1; i >= 0; i--) if (isBeat(this.events[i]!)) return i;
    return -1;
  }

  /** Index of the next event after `index` that changes a status (skips evaluations etc.). */
  nextChange(index: number): number {
    for (let i = index + 1; i < this.events.length; i++) {
      const type = this.events[i]!.type;
      if (RUN_STATUS[type] || STAGE_STATUS[type] || STEP_STATUS[type]) return i;
    }
    return this.events.length - 1;
  }

  private initial(): MutableSnapshot {
    return { index: -1, t: 0, run: null, stages: {}, steps: {}, stepStartedAt: {}, runAs: {}, openWorkItems: new Set(), currentStage: null, lastChange: null };
  }

  /** The assignee of the work item that `step`, started at event `index`, is given at that same time. */
  private assigneeAfter(index: number, step: string): string | undefined {
    const t = this.events[index]!.t;
    for (let i = index + 1; i < this.events.length && this.events[i]!.t === t; i++) {
      const e = this.events[i]!;
      if (e.step !== step) continue;
      return e.type === 'workItemAssigned' && typeof e.assignee === 'string' ? e.assignee : undefined;
    }
    return undefined;
  }

  private apply(s: MutableSnapshot, e: TraceEvent, index: number): void {
    s.index = index;
    s.t = e.t;
    const element = e.step ?? e.stage;
    if (element !== undefined && isBeat(e)) s.lastChange = { element, index };
    const runStatus = RUN_STATUS[e.type];
    if (runStatus) {
      s.run = runStatus;
      // Resume and retry bring the current stage back (R33, R34).
      if ((e.type === 'runResumed' || e.type === 'runRetried') && s.currentStage) writable(s, 'stages')[s.currentStage] = 'InProgress';
      return;
    }
    const stageStatus = STAGE_STATUS[e.type];
    if (stageStatus && e.stage) {
      writable(s, 'stages')[e.stage] = stageStatus;
      if (e.type === 'stageStarted') {
        s.currentStage = e.stage;
        const stepsOfStage = this.stepsOfStage.get(e.stage) ?? [];
        const steps = stepsOfStage.length ? writable(s, 'steps') : s.steps;
        const runAs = stepsOfStage.some((step) => hasOwnKey(s.runAs, step)) ? writable(s, 'runAs') : s.runAs;
        for (const step of stepsOfStage) {
          steps[step] = 'NotStarted'; // R2, R7
          delete runAs[step];
        }
      }
      return;
    }
    const stepStatus = STEP_STATUS[e.type];
    if (stepStatus && e.step) {
      writable(s, 'steps')[e.step] = stepStatus;
      if (e.type === 'stepStarted') {
        writable(s, 'stepStartedAt')[e.step] = e.t;
        const info = own(this.trace.steps, e.step);
        if (info?.runAs && info.mode !== 'interactive') writable(s, 'runAs')[e.step] = info.runAs.user;
        if (info?.mode === 'interactive') {
          // A started step carries its user (UI-CONTRACT): the work item's assignee, whose event
          // follows at the same time as a beat of its own.
          const assignee = this.assigneeAfter(index, e.step) ?? info.runAs?.user;
          if (assignee) writable(s, 'runAs')[e.step] = assignee;
        }
      }
      return;
    }
    if (e.type === 'workItemAssigned' && e.step) {
      s.openWorkItems.add(e.step);
      const assignee = typeof e.assignee === 'string' ? e.assignee : own(this.trace.steps, e.step)?.runAs?.user;
      if (assignee) writable(s, 'runAs')[e.step] = assignee;
    }
    if (e.type === 'workItemCompleted' && e.step) {
      s.openWorkItems.delete(e.step);
      if (e.by) writable(s, 'runAs')[e.step] = e.by;
    }
  }
}
