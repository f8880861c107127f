/**
 * Start (R14), exit (R5) and completion (R23) conditions of steps and stages, evaluated against the
 * current run. Missing fields take defaults (chosen): no `start` ⇒ stageStarts, no `exit` ⇒
 * allStepsCompleted, no `complete` ⇒ screenFlowFinished.
 */
import type { CompletionCondition, ExitCondition, StartCondition, Stage, Step } from '../model/types';
import { evaluationFlowHolds } from './evaluationFlows';
import { listHolds } from './requirements';
import type { StageRun, StepRun } from './state';
import type { RunView } from './view';

const STAGE_STARTS: StartCondition = { mode: 'stageStarts' };
const ALL_STEPS: ExitCondition = { mode: 'allStepsCompleted' };
const SCREEN_FLOW_FINISHED: CompletionCondition = { mode: 'screenFlowFinished' };

export function startOf(step: Step): StartCondition {
  return step.start ?? STAGE_STARTS;
}

export function exitOf(stage: Stage): ExitCondition {
  return stage.exit ?? ALL_STEPS;
}

export function completionOf(step: Step): CompletionCondition {
  return step.complete ?? SCREEN_FLOW_FINISHED;
}

/** True for an interactive step whose completion is requirements or an evaluation flow. */
export function hasCustomCompletion(step: Step): boolean {
  return step.kind === 'interactive' && completionOf(step).mode !== 'screenFlowFinished';
}

/** R14: does the step's start condition hold now? */
export function startHolds(view: RunView, run: StepRun): boolean {
  const c = startOf(run.step);
  switch (c.mode) {
    case 'stageStarts': return true;
    case 'stepCompleted': {
      if (c.step === run.name) return false;
      const predecessor = run.predecessor ?? (run.predecessor = view.stepRun(c.step) ?? null);
      return predecessor?.status === 'Completed';
    }
    case 'requirements': return listHolds(view, c);
    case 'evaluationFlow': return evaluationFlowHolds(view, c.flow, c.inputs, { stage: run.stageRun.name, step: run.name, purpose: 'start' });
  }
}

/** R5: does the stage's exit condition hold now? (A stage with no steps completes at once.) */
export function exitHolds(view: RunView, run: StageRun): boolean {
  const c = exitOf(run.stage);
  switch (c.mode) {
    case 'allStepsCompleted': return run.completedCount === run.steps.length;
    case 'requirements': return listHolds(view, c);
    case 'evaluationFlow': return evaluationFlowHolds(view, c.flow, c.inputs, { stage: run.name, purpose: 'exit' });
  }
}

/** R11.3 / R23: does an interactive step's custom completion condition hold now? */
export function completionHolds(view: RunView, run: StepRun): boolean {
  const c = completionOf(run.step);
  switch (c.mode) {
    case 'screenFlowFinished': return false;
    case 'requirements': return listHolds(view, c);
    case 'evaluationFlow': return evaluationFlowHolds(view, c.flow, c.inputs, { stage: run.stageRun.name, step: run.name, purpose: 'completion' });
  }
}
