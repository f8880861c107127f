/**
 * Moving through the orchestration (R1, R3, R4, R10): entering stages and decisions one after the
 * other until a stage stays in progress, the run ends, or a target is missing. Iterative, so loops
 * through decisions and Go To connectors never grow the call stack.
 */
import type { EvaluationCause } from '../model/types';
import { takeDecision } from './behaviors/decisionBehavior';
import { enterStage, type Continuation } from './behaviors/stageBehavior';
import { LimitReached, type Engine } from './engine';
import { runPass } from './pass';

/** R1: the run starts at t=0 and enters its first element. */
export function startRun(engine: Engine): void {
  engine.setRunStatus('InProgress', 'runStarted');
  proceed(engine, engine.model.startTarget);
}

/**
 * Enters `target` and whatever follows at once. A null target completes the run (R4, R10). A name
 * that is neither a stage nor a decision (a dangling reference in an unvalidated document) ends the
 * run in Error (chosen). Decisions that loop among themselves without a stage can never exit: the
 * run stops as if by maxTransitions (chosen).
 */
export function proceed(engine: Engine, target: string | null): void {
  let next = target;
  let decisionsInARow = 0;
  for (;;) {
    if (next === null) {
      engine.setRunStatus('Completed', 'runCompleted');
      return;
    }
    const stage = engine.model.stages.get(next);
    if (stage) {
      decisionsInARow = 0;
      enterStage(engine, stage);
      const c = runPass(engine, 'stageStarted');
      if (c.kind !== 'goto') return;
      next = c.target;
      continue;
    }
    const decision = engine.model.decisions.get(next);
    if (decision) {
      if (++decisionsInARow > engine.model.decisions.size) throw new LimitReached('maxTransitions');
      next = takeDecision(engine, decision);
      continue;
    }
    engine.setRunStatus('Error', 'runErrored', { message: `unknown stage or decision "${next}"` });
    return;
  }
}

/** Follows where a pass or stage ending leads. */
export function follow(engine: Engine, c: Continuation): void {
  if (c.kind === 'goto') proceed(engine, c.target);
}

/** A wake-up (R12): one pass over the current stage with its cause, then wherever it leads. */
export function wake(engine: Engine, cause: EvaluationCause): void {
  engine.pendingWake = false; // this pass sees every change made so far
  follow(engine, runPass(engine, cause));
}
