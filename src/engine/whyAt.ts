/**
 * Why a step has not started, or a stage has not completed, *at a given moment of its run* — for
 * the run view, which shows a run event by event. The run is simulated again up to that event (it
 * is deterministic, so the moment is the same one the trace shows) and the step's start condition
 * (startCheck.ts) or the stage's exit condition (exitCheck.ts) is read by the engine's own
 * evaluation as it stands then. Nothing is read from later in the run.
 */
import type { Orchestration, RunStatus, Scenario, StageStatus, StepStatus } from '../model/types';
import { runToMoment } from './simulation';
import { checkExit, type ExitCheck } from './exitCheck';
import { checkStart, type StartCheck } from './startCheck';

/** What holds a step back at a moment, beyond its own start condition. */
export type StepBlocker =
  /** Its stage has not started (yet, or at all in this run). */
  | 'stageNotStarted'
  /** Its stage ended (Completed, Error, Canceled, Discontinued) before the step started. */
  | 'stageEnded'
  /** The run or the stage is suspended: no step starts (R33). */
  | 'suspended'
  /** A scenario limit stopped the run. */
  | 'stopped';

export interface StepWhy {
  readonly kind: 'step';
  readonly step: string;
  /** Index of the last trace event applied (the moment), -1 before the run. */
  readonly index: number;
  /** Virtual time of that moment. */
  readonly t: number;
  /** The step's status then; null when its stage had not started. */
  readonly status: StepStatus | null;
  /** `failed`: the steps of a stage that ended in Error that are in Error (what ended it), else none. */
  readonly stage: { readonly name: string; readonly status: StageStatus | null; readonly failed: readonly string[] };
  readonly run: RunStatus | null;
  readonly blocker: StepBlocker | null;
  /** The start condition as evaluated then; null when the step has no run yet. */
  readonly start: StartCheck | null;
}

/** A stage at a moment: its status and its exit condition (R5) as it reads then. */
export interface StageWhy {
  readonly kind: 'stage';
  readonly stage: string;
  /** Index of the last trace event applied (the moment), -1 before the run. */
  readonly index: number;
  /** Virtual time of that moment. */
  readonly t: number;
  /** The stage's status then; null when it had not been entered. */
  readonly status: StageStatus | null;
  readonly run: RunStatus | null;
  /** What holds the stage back beyond its exit condition: a suspension or a scenario limit. */
  readonly blocker: Extract<StepBlocker, 'suspended' | 'stopped'> | null;
  /** The exit condition as evaluated then; null when the stage had not been entered. */
  readonly exit: ExitCheck | null;
}

/** Why a step or a stage is where it is at a moment. */
export type ElementWhy = StepWhy | StageWhy;

const ENDED: ReadonlySet<StageStatus> = new Set(['Completed', 'Error', 'Canceled', 'Discontinued']);

/**
 * The step's status and start condition right after trace event `index` (−1: before the run) of
 * the run of `doc` under `scenario`. Null when `step` is not a step of `doc`.
 */
export function whyAt(doc: Orchestration, scenario: Scenario | undefined, index: number, step: string): StepWhy | null {
  const engine = runToMoment(doc, scenario, index + 1);
  const place = engine.model.steps.get(step);
  if (!place) return null;
  const moment = { kind: 'step' as const, step, index: Math.min(index, engine.events.length - 1), t: engine.events.at(-1)?.t ?? 0, run: engine.runStatus };
  const run = engine.steps.get(step);
  const stageRun = engine.stages.get(place.stage.name);
  if (!run || !stageRun) {
    return { ...moment, status: null, stage: { name: place.stage.name, status: null, failed: [] }, blocker: 'stageNotStarted', start: null };
  }
  let blocker: StepBlocker | null = null;
  if (run.status === 'NotStarted') {
    if (ENDED.has(stageRun.status)) blocker = 'stageEnded';
    else if (engine.runStatus === 'Suspended' || stageRun.status === 'Suspended') blocker = 'suspended';
    else if (engine.stoppedBy !== null) blocker = 'stopped';
  }
  // the Why panel says what ended the stage, as explain.ts's sentence does (R17)
  const failed = stageRun.status === 'Error' ? stageRun.steps.filter((s) => s.status === 'Error').map((s) => s.name) : [];
  return { ...moment, status: run.status, stage: { name: stageRun.name, status: stageRun.status, failed }, blocker, start: checkStart(engine, run) };
}

/**
 * The stage's status and exit condition right after trace event `index` (−1: before the run).
 * Null when `stage` is not a stage of `doc`.
 */
export function stageWhyAt(doc: Orchestration, scenario: Scenario | undefined, index: number, stage: string): StageWhy | null {
  if (!doc.stages.some((s) => s.name === stage)) return null;
  const engine = runToMoment(doc, scenario, index + 1);
  const moment = { kind: 'stage' as const, stage, index: Math.min(index, engine.events.length - 1), t: engine.events.at(-1)?.t ?? 0, run: engine.runStatus };
  const run = engine.stages.get(stage);
  if (!run) return { ...moment, status: null, blocker: null, exit: null };
  const blocker = run.status === 'Suspended' || engine.runStatus === 'Suspended' ? 'suspended' : engine.stoppedBy !== null ? 'stopped' : null;
  return { ...moment, status: run.status, blocker, exit: checkExit(engine, run) };
}

/** `stageWhyAt` for a stage of `doc`, else `whyAt` (a step). */
export function explainAt(doc: Orchestration, scenario: Scenario | undefined, index: number, element: string): ElementWhy | null {
  return doc.stages.some((s) => s.name === element) ? stageWhyAt(doc, scenario, index, element) : whyAt(doc, scenario, index, element);
}
