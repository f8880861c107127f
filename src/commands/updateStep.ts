/** `step.update`: changes properties of one step (not its name: see element.setApiName). */
import type { Step } from '../model/types';
import { defineCommand } from './command';
import { locateElement, mergeChanges, withStep } from './elementLocator';

export type StepChanges = Partial<
  Pick<Step, 'label' | 'kind' | 'flow' | 'start' | 'runAs' | 'requiresAsync' | 'inputs' | 'outputs' | 'assignee' | 'complete'>
>;

export interface UpdateStepParams {
  /** API name of the step. */
  name: string;
  /** Properties to set; a key set to `undefined` is removed. */
  changes: StepChanges;
}

export const updateStep = defineCommand<UpdateStepParams>('step.update', 'Edit step', (doc, { name, changes }) => {
  const at = locateElement(doc, name);
  if (!at || at.kind !== 'step') return doc;
  return withStep(doc, at.stageIndex, at.stepIndex, mergeChanges(at.step, changes));
});
