/** What a step node shows: its mode (sync/async/interactive) and its start and run-as badges. */
import { apiVersionOf } from '../model/apiVersion';
import { runsAs } from '../model/glossary';
import type { Orchestration, Stage, Step, StepMode } from '../model/types';

const ASYNC_ELEMENTS = new Set(['Action', 'Subflow', 'Wait']);

/**
 * A background step runs async when its flow has Action, Subflow or Wait elements (API ≥ 63), or
 * when its legacy "requires async" box is ticked (API ≤ 62) (R20).
 */
export function stepMode(doc: Orchestration, step: Step): StepMode {
  if (step.kind === 'interactive') return 'interactive';
  if (apiVersionOf(doc) <= 62) return step.requiresAsync ? 'async' : 'sync';
  const flow = step.flow ? (doc.flows ?? []).find((f) => f.name === step.flow) : undefined;
  return flow?.elements?.some((e) => ASYNC_ELEMENTS.has(e)) ? 'async' : 'sync';
}

export function startBadge(stage: Stage, step: Step): string {
  const start = step.start ?? { mode: 'stageStarts' };
  switch (start.mode) {
    case 'stageStarts':
      return 'Starts with stage';
    case 'stepCompleted': {
      const prev = stage.steps.find((s) => s.name === start.step);
      return `After ${prev?.label ?? start.step}`;
    }
    case 'requirements':
      return 'Starts on conditions';
    case 'evaluationFlow':
      return 'Starts on evaluation flow';
  }
}

/**
 * Who runs the step, when it is worth a chip: a background step that runs as a chosen user, or an
 * interactive step's assignee. The default (the Automated Process User) goes without saying.
 */
export function runAsBadge(step: Step): string | null {
  if (step.kind === 'interactive') return step.assignee ? `Assigned to ${step.assignee.name}` : 'No assignee';
  return step.runAs?.mode === 'user' ? runsAs(step.runAs) : null;
}

/** How the stage completes, when it is not the default (all steps completed). */
export function exitBadge(stage: Stage): string | null {
  switch (stage.exit?.mode) {
    case 'requirements': return 'Exits on conditions';
    case 'evaluationFlow': return 'Exits on evaluation flow';
    default: return null;
  }
}
