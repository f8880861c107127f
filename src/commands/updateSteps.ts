/** `step.updateMany`: the same change applied to several steps as one edit (multi-selection). */
import { defineCommand } from './command';
import { locateElement, mergeChanges, withStep } from './elementLocator';
import type { StepChanges } from './updateStep';

export interface UpdateStepsParams {
  names: readonly string[];
  changes: StepChanges;
}

export const updateSteps = defineCommand<UpdateStepsParams>('step.updateMany', 'Edit steps', (doc, { names, changes }) => {
  let next = doc;
  for (const name of names) {
    const at = locateElement(next, name);
    if (!at || at.kind !== 'step') continue;
    next = withStep(next, at.stageIndex, at.stepIndex, mergeChanges(at.step, changes));
  }
  return next;
});
