/**
 * The evaluation pass (R11), written as the `evaluation` event with its cause (R12). It repeats until
 * an iteration changes nothing:
 *   1. the stage's exit condition holds ⇒ complete the stage and stop;
 *   2. each NotStarted step, in declared order, whose start condition holds (checked when the sweep
 *      reaches it, so it sees what earlier steps of the same sweep changed — chosen) is started;
 *   3. each InProgress interactive step with a custom completion that holds is completed.
 * A step that errors while starting (sync flow, missing flow) faults the stage at once (R31/R32).
 */
import type { EvaluationCause } from '../model/types';
import { completeStage, faultStage, STAY, type Continuation } from './behaviors/stageBehavior';
import { startStep } from './behaviors/stepBehaviors';
import { completeStep } from './behaviors/stepOutcome';
import { completionHolds, exitHolds, hasCustomCompletion, startHolds } from './conditions';
import type { Engine } from './engine';

/** Runs one pass over the current stage, if the run is InProgress. */
export function runPass(engine: Engine, cause: EvaluationCause): Continuation {
  const stage = engine.current;
  if (!stage || engine.runStatus !== 'InProgress' || stage.status !== 'InProgress') return STAY;
  engine.emitEvaluation(stage.name, cause);
  engine.silentChanges = [];
  engine.lastPassAt = engine.now;
  // An async step or a screen flow that failed before this pass: its stage faults now (R31/R32).
  if (engine.pendingError && engine.pendingError.stageRun === stage) return faultStage(engine, stage);
  const sweeper = engine.sweeper;
  for (;;) {
    const before = engine.changes;
    if (exitHolds(engine, stage)) return completeStage(engine, stage);
    sweeper.beginStarts();
    for (let i = sweeper.nextStart(); i >= 0; i = sweeper.nextStart()) {
      const step = stage.steps[i]!;
      if (step.status !== 'NotStarted' || !startHolds(engine, step)) continue;
      if (startStep(engine, step) === 'error') {
        sweeper.endIteration();
        return faultStage(engine, stage);
      }
    }
    sweeper.beginCompletions();
    for (let i = sweeper.nextCompletion(); i >= 0; i = sweeper.nextCompletion()) {
      const step = stage.steps[i]!;
      if (step.status === 'InProgress' && hasCustomCompletion(step.step) && completionHolds(engine, step)) completeStep(engine, step);
    }
    sweeper.endIteration();
    if (engine.changes === before) return STAY;
  }
}
