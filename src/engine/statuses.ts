/**
 * Legal status transitions of runs, stages and steps (SEMANTICS.md "Legal status transitions").
 * Every status change in the engine goes through these tables; an illegal move throws, because it
 * is an engine bug, never a property of the input.
 */
import type { RunStatus, StageStatus, StepStatus } from '../model/types';

/** Thrown on a status change that SEMANTICS.md does not allow (an engine bug). */
export class IllegalTransitionError extends Error {}

type Table<S extends string> = Readonly<Record<S | 'none', readonly S[]>>;

/** Run: InProgress → Completed | Error | Canceled | Suspended; Suspended → InProgress; Error → InProgress. */
export const RUN_TRANSITIONS: Table<RunStatus> = {
  none: ['InProgress'],
  InProgress: ['Completed', 'Error', 'Canceled', 'Suspended'],
  Suspended: ['InProgress'],
  Error: ['InProgress'],
  Completed: [],
  Canceled: [],
};

/**
 * Stage: started → InProgress → Completed | Error | Canceled | Suspended | Discontinued;
 * Suspended → InProgress; Error → InProgress (retry, or re-entered through a fault path loop);
 * Completed → InProgress (re-entered, R7).
 */
export const STAGE_TRANSITIONS: Table<StageStatus> = {
  none: ['InProgress'],
  InProgress: ['Completed', 'Error', 'Canceled', 'Suspended', 'Discontinued'],
  Suspended: ['InProgress'],
  Error: ['InProgress'],
  Completed: ['InProgress'],
  Discontinued: ['InProgress'],
  Canceled: [],
};

/**
 * Step: NotStarted → InProgress → Completed | Error | Discontinued | Canceled;
 * Error | Discontinued → InProgress (retry, R34). Back to NotStarted only on stage re-entry (R7),
 * which is checked separately by {@link checkStepReset}.
 */
export const STEP_TRANSITIONS: Table<StepStatus> = {
  none: ['NotStarted'],
  NotStarted: ['InProgress'],
  InProgress: ['Completed', 'Error', 'Discontinued', 'Canceled'],
  Error: ['InProgress'],
  Discontinued: ['InProgress'],
  Completed: [],
  Canceled: [],
};

function check<S extends string>(table: Table<S>, what: string, from: S | null, to: S): void {
  const allowed = table[from ?? 'none'];
  if (!allowed.includes(to)) {
    throw new IllegalTransitionError(`illegal ${what} transition ${from ?? '(none)'} → ${to}`);
  }
}

/** Throws unless the run may go from `from` (null: not started) to `to`. */
export function checkRunTransition(from: RunStatus | null, to: RunStatus): void {
  check(RUN_TRANSITIONS, 'run', from, to);
}

/** Throws unless a stage may go from `from` (null: never started) to `to`. */
export function checkStageTransition(from: StageStatus | null, to: StageStatus): void {
  check(STAGE_TRANSITIONS, 'stage', from, to);
}

/** Throws unless a step may go from `from` to `to` (resets to NotStarted use checkStepReset). */
export function checkStepTransition(from: StepStatus, to: StepStatus): void {
  check(STEP_TRANSITIONS, 'step', from, to);
}

/** A step goes back to NotStarted only when its stage is re-entered (R7); it is never InProgress then. */
export function checkStepReset(from: StepStatus, stageReentered: boolean): void {
  if (!stageReentered || from === 'InProgress' || from === 'Canceled') {
    throw new IllegalTransitionError(`illegal step reset ${from} → NotStarted`);
  }
}
