/**
 * The evaluation pass (R11), written as the `evaluation` event with its cause (R12). It repeats until
 * an iteration changes nothing:
 *   1. the stage's exit condition holds ⇒ complete the stage and stop;
 *   2. each NotStarted step whose start condition holds is started, in declared order;
 *   3. likewise, each InProgress interactive step whose custom completion holds is completed.
 *   Which steps hold (2 and 3) is decided before the iteration starts anything: what a step started
 *   here changes (a sync step's completion, its outputs, an interactive step now InProgress) is seen
 *   by the next iteration, as in the worked example, where the pass "goes round again" to start the
 *   sync step's successor.
 * A step that errors while starting (sync flow, missing flow) faults the stage at once (R31/R32).
 */
import type { EvaluationCause } from '../model/types';
import { completeStage, faultStage, STAY, type Continuation } from './behaviors/stageBehavior';
import { startStep } from './behaviors/stepBehaviors';
import { completeStep } from './behaviors/stepOutcome';
import { completionHolds, exitHolds, hasCustomCompletion, startHolds } from './conditions';
import type { Engine } from './engine';
import type { StageRun, StepRun } from './state';
import type { Sweeper } from './sweeper';

/** Runs one pass over the current stage, if the run is InProgress. */
export function runPass(engine: Engine, cause: EvaluationCause): Continuation {
  const stage = engine.current;
  if (!stage || engine.runStatus !== 'InProgress' || stage.status !== 'InProgress') return STAY;
  // Bookkeeping before the event, so that a run stopped at this event (whyAt.ts) has it too.
  if (engine.silentChanges.length > 0) engine.silentChanges = [];
  engine.lastPassAt = engine.now;
  engine.emitEvaluation(stage.name, cause);
  // An async step or a screen flow that failed before this pass: its stage faults now (R31/R32).
  if (engine.pendingError && engine.pendingError.stageRun === stage) return faultStage(engine, stage);
  const sweeper = engine.sweeper;
  // The lists of this pass are the engine's, kept from one pass to the next (a run has one pass per
  // wake-up, so two fresh lists each cost a long run as much as its events): filled by count, never
  // truncated, since `length = 0` gives an array's storage back. A pass inside a pass (a wake-up
  // while steps start) takes the next pair by its depth.
  const depth = engine.passDepth++;
  try {
    return iterate(engine, stage, sweeper, listAt(engine, 2 * depth), listAt(engine, 2 * depth + 1));
  } finally {
    engine.passDepth--;
  }
}

function listAt(engine: Engine, i: number): StepRun[] {
  const lists = engine.passLists;
  while (lists.length <= i) lists.push([]);
  return lists[i]!;
}

function iterate(engine: Engine, stage: StageRun, sweeper: Sweeper, toStart: StepRun[], toComplete: StepRun[]): Continuation {
  for (;;) {
    const before = engine.changes;
    if (exitHolds(engine, stage)) return completeStage(engine, stage);
    // 2. the NotStarted steps whose start condition holds now
    sweeper.beginStarts();
    let starts = 0;
    for (let i = sweeper.nextStart(); i >= 0; i = sweeper.nextStart()) {
      const step = stage.steps[i]!;
      if (step.status === 'NotStarted' && startHolds(engine, step)) toStart[starts++] = step;
    }
    // 3. the InProgress interactive steps whose custom completion holds now: read before the round
    // starts anything too, so a step started in this round is completed in the next one at the
    // earliest (after that round's exit check and starts)
    sweeper.beginCompletions();
    let completions = 0;
    for (let i = sweeper.nextCompletion(); i >= 0; i = sweeper.nextCompletion()) {
      const step = stage.steps[i]!;
      if (step.status === 'InProgress' && hasCustomCompletion(step.step) && completionHolds(engine, step)) toComplete[completions++] = step;
    }
    sweeper.endIteration(); // what the starts and completions change is seen by the next iteration
    // then the chosen steps are started in declared order, and the chosen completions marked
    for (let k = 0; k < starts; k++) {
      const step = toStart[k]!;
      if (step.status !== 'NotStarted') continue;
      if (startStep(engine, step) === 'error') {
        // the steps not reached stay candidates (a retry's pass checks them again); the completions
        // chosen in this round need no such care: the fault discontinues their steps, and a retry
        // that starts them again makes them candidates (their own status is read, stageIndex.ts)
        for (let r = k + 1; r < starts; r++) sweeper.recheck(toStart[r]!.index);
        return faultStage(engine, stage);
      }
    }
    for (let k = 0; k < completions; k++) {
      const step = toComplete[k]!;
      if (step.status === 'InProgress') completeStep(engine, step);
    }
    if (engine.changes === before) return STAY;
  }
}
