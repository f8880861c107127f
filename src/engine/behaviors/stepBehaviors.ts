/** Step behaviours by kind, with a fallback for kinds the engine does not know (treated as background). */
import type { Engine } from '../engine';
import type { StepRun } from '../state';
import { startBackgroundStep } from './backgroundStepBehavior';
import { startInteractiveStep } from './interactiveStepBehavior';

export interface StepBehavior {
  /** Starts the step (R20); 'error' when it ended in Error at once, so its stage must fault. */
  start(engine: Engine, run: StepRun): 'ok' | 'error';
}

const BEHAVIORS: Readonly<Record<string, StepBehavior>> = {
  background: { start: startBackgroundStep },
  interactive: { start: startInteractiveStep },
};

/** Starts a step with the behaviour of its kind. */
export function startStep(engine: Engine, run: StepRun): 'ok' | 'error' {
  const behavior = Object.prototype.hasOwnProperty.call(BEHAVIORS, run.step.kind) ? BEHAVIORS[run.step.kind]! : BEHAVIORS.background!;
  return behavior.start(engine, run);
}
