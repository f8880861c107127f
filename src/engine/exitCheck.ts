/**
 * A stage's exit condition (R5) evaluated now, as data, for the run view's "why it has not
 * completed": the steps not Completed yet (all steps completed), one entry per requirement row, or
 * the evaluation flow's result with its rows. Read by the engine's own evaluation (startCheck.ts),
 * as a step's start condition is, so the panel never disagrees with the run.
 */
import type { StepStatus } from '../model/types';
import { exitHolds, exitOf } from './conditions';
import type { Engine } from './engine';
import { evaluationFlowCheck, requirementsCheck, type StartCheck } from './startCheck';
import type { StageRun } from './state';

export type ExitCheck =
  | {
      readonly mode: 'allStepsCompleted';
      readonly holds: boolean;
      /** Every step of the stage with its status now, in the stage's order. */
      readonly steps: readonly { readonly name: string; readonly status: StepStatus }[];
    }
  | Extract<StartCheck, { mode: 'requirements' }>
  | Extract<StartCheck, { mode: 'evaluationFlow' }>;

/** R5: the stage's exit condition as it reads now, with the values behind it. */
export function checkExit(engine: Engine, run: StageRun): ExitCheck {
  const c = exitOf(run.stage);
  switch (c.mode) {
    case 'allStepsCompleted':
      // holds as the pass decides it (conditions.ts), so the panel and the run cannot drift apart
      return { mode: 'allStepsCompleted', holds: exitHolds(engine, run), steps: run.steps.map((s) => ({ name: s.name, status: s.status })) };
    case 'requirements':
      return requirementsCheck(engine, c);
    case 'evaluationFlow':
      return evaluationFlowCheck(engine, c.flow, c.inputs);
  }
}
