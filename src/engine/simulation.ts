/**
 * The incremental simulation the UI drives: start, step to the next scheduled instant, advance to a
 * time, apply an intervention now, and read a snapshot or the trace so far. `simulate` runs the same
 * driver to the end. The clock is virtual; nothing here reads the wall clock or randomness.
 */
import type { FieldValue } from '../flows/org/simulatedOrg';
import type { Orchestration, RunAsIdentity, RunStatus, Scenario, ScenarioEvent, StageStatus, StepMode, StepStatus, Trace, Assignee } from '../model/types';
import { Engine, LimitReached, MomentReached } from './engine';
import { startRun } from './navigate';
import { launchDecision } from './runLaunch';
import type { Identity } from './runAs';
import { IndexedSweeper, type Sweeper } from './sweeper';
import { buildTrace } from './trace';
import { applyScenarioEvent, handleJob, isLive } from './wakeups';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A scenario event applied by hand: `at` is ignored (it applies at the current virtual time). */
export type Intervention = DistributiveOmit<ScenarioEvent, 'at'> & { at?: number };

/** A read-only snapshot of a run at the current virtual time. */
export interface SimulationState {
  readonly time: number;
  readonly run: { readonly status: RunStatus | null; readonly stalled: boolean; readonly stoppedBy: 'maxTimeMs' | 'maxTransitions' | null; readonly transitions: number };
  readonly currentStage: string | null;
  readonly stages: Readonly<Record<string, StageStatus>>;
  readonly steps: Readonly<Record<string, { readonly stage: string; readonly status: StepStatus; readonly mode: StepMode | null; readonly runAs: RunAsIdentity | null }>>;
  readonly variables: Readonly<Record<string, unknown>>;
  readonly workItems: readonly { readonly step: string; readonly stage: string; readonly assignee: Assignee; readonly assignedAt: number }[];
  /** The orchestration's own identity (changes only for API ≤ 59, R42–R43). */
  readonly identity: Identity;
  /** The next virtual time at which something is scheduled, or null. */
  readonly nextTime: number | null;
}

export interface Simulation {
  /** R1: starts the run at t=0 (idempotent). */
  start(): void;
  /** Advances to the next scheduled instant and processes everything due then; false when nothing is left. */
  step(): boolean;
  /** Processes every instant up to `t`, then sets the clock to `t` (capped by maxTimeMs). */
  advanceTo(t: number): void;
  /** Applies an intervention now, at the current virtual time. */
  apply(event: Intervention): void;
  state(): SimulationState;
  /** The trace so far, `why` filled for NotStarted steps. */
  trace(): Trace;
  /** The next virtual time at which something is due, or null when nothing is (or the run is over). */
  nextTime(): number | null;
  /** The simulated org's records now, by object (project flows create, update and delete them). */
  records(): Record<string, Record<string, FieldValue>[]>;
}

/** Internal options (tests swap the sweeper for the naive reference). */
export interface SimulationOptions {
  readonly sweeper?: () => Sweeper;
}

class Driver implements Simulation {
  readonly engine: Engine;
  private started = false;
  /** The run reached the moment it was asked to stop at (runToMoment). */
  private paused = false;

  constructor(doc: Orchestration, private readonly scenario: Scenario | undefined, options: SimulationOptions) {
    this.engine = new Engine(doc, scenario, options.sweeper ? options.sweeper() : new IndexedSweeper());
  }

  private guard(action: () => void): void {
    if (this.engine.stoppedBy !== null || this.paused) return;
    try {
      action();
    } catch (e) {
      this.stopOn(e);
    }
  }

  /** A limit or the asked-for moment stops the run; anything else is an engine bug and propagates. */
  private stopOn(e: unknown): void {
    if (e instanceof LimitReached) this.engine.stoppedBy = e.limit;
    else if (e instanceof MomentReached) this.paused = true;
    else throw e;
  }

  /** Handles every live job due at `t` (no closure per instant: a long run has one per step). */
  private handleDue(t: number): void {
    const e = this.engine;
    if (e.stoppedBy !== null || this.paused) return;
    try {
      for (let job = e.scheduler.popDue(t, isLive); job; job = e.scheduler.popDue(t, isLive)) {
        handleJob(e, job);
        if (e.finished) return;
      }
    } catch (err) {
      this.stopOn(err);
    }
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    const launch = launchDecision(this.engine, this.scenario);
    this.engine.launch = launch;
    if (launch?.launched === false) return;
    this.guard(() => startRun(this.engine));
  }

  nextTime(): number | null {
    const e = this.engine;
    if (!this.started) return 0;
    if (e.finished || e.stoppedBy !== null) return null;
    return e.scheduler.nextTime(isLive);
  }

  step(): boolean {
    if (this.paused) return false;
    if (!this.started) {
      this.start();
      return true;
    }
    const t = this.nextTime();
    if (t === null) return false;
    const e = this.engine;
    if (t > e.scenario.maxTimeMs) {
      e.stoppedBy = 'maxTimeMs';
      return false;
    }
    e.now = Math.max(e.now, t);
    e.scheduler.release(t);
    this.handleDue(t);
    return true;
  }

  advanceTo(t: number): void {
    this.start();
    for (let next = this.nextTime(); next !== null && next <= t; next = this.nextTime()) {
      if (!this.step()) break;
    }
    const e = this.engine;
    if (!e.finished && e.stoppedBy === null) e.now = Math.max(e.now, Math.min(t, e.scenario.maxTimeMs));
  }

  apply(event: Intervention): void {
    this.start();
    const e = this.engine;
    this.guard(() => applyScenarioEvent(e, { ...event, at: e.now } as ScenarioEvent));
  }

  private stalled(): boolean {
    const e = this.engine;
    return this.started && e.runStatus === 'InProgress' && e.stoppedBy === null && this.nextTime() === null;
  }

  state(): SimulationState {
    const e = this.engine;
    const stages: Record<string, StageStatus> = {};
    for (const s of e.stages.values()) stages[s.name] = s.status;
    const steps: Record<string, SimulationState['steps'][string]> = {};
    const workItems: SimulationState['workItems'][number][] = [];
    for (const s of e.steps.values()) {
      steps[s.name] = { stage: s.stageRun.name, status: s.status, mode: s.mode, runAs: s.runAs ? { ...s.runAs } : null };
      if (s.workItem?.open) workItems.push({ step: s.name, stage: s.stageRun.name, assignee: { ...s.workItem.assignee }, assignedAt: s.workItem.assignedAt });
    }
    return {
      time: e.now,
      run: { status: e.runStatus, stalled: this.stalled(), stoppedBy: e.stoppedBy, transitions: e.transitions },
      currentStage: e.current?.name ?? null,
      stages,
      steps,
      variables: e.vars.snapshot(),
      workItems,
      identity: { ...e.identity },
      nextTime: this.nextTime(),
    };
  }

  trace(): Trace {
    return buildTrace(this.engine, this.stalled());
  }

  /** The trace of a run that is over, for a caller that drops this driver: its lists are not copied. */
  finalTrace(): Trace {
    return buildTrace(this.engine, this.stalled(), true);
  }

  records(): Record<string, Record<string, FieldValue>[]> {
    return this.engine.org.toJSON();
  }
}

/** Creates a simulation of `doc` under `scenario` (not started yet). */
export function createSimulation(doc: Orchestration, scenario?: Scenario, options: SimulationOptions = {}): Simulation {
  return new Driver(doc, scenario, options);
}

/**
 * Runs until the trace holds `events` events and returns the engine as it is at that moment (in the
 * middle of a pass if the moment falls there). With `events` 0 the run has not started. The run is
 * deterministic, so event i here is event i of the trace `simulate` gives for the same input.
 */
export function runToMoment(doc: Orchestration, scenario: Scenario | undefined, events: number): Engine {
  const driver = new Driver(doc, scenario, {});
  if (events <= 0) return driver.engine;
  driver.engine.stopAfterEvents = events;
  driver.start();
  while (driver.step()) {
    // each step processes one virtual instant, until the moment is reached
  }
  return driver.engine;
}

/** Runs a whole orchestration on the virtual clock and returns its trace (FORMAT.md §4). */
export function runToEnd(doc: Orchestration, scenario?: Scenario, options: SimulationOptions = {}): Trace {
  const sim = new Driver(doc, scenario, options);
  sim.start();
  while (sim.step()) {
    // each step processes one virtual instant
  }
  return sim.finalTrace();
}
