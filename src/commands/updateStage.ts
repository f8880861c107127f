/** `stage.update`: changes properties of one stage (not its name or steps). */
import type { Stage } from '../model/types';
import { defineCommand } from './command';
import { locateElement, mergeChanges, withStage } from './elementLocator';

export type StageChanges = Partial<Pick<Stage, 'label' | 'exit' | 'next' | 'faultNext'>>;

export interface UpdateStageParams {
  name: string;
  changes: StageChanges;
}

export const updateStage = defineCommand<UpdateStageParams>('stage.update', 'Edit stage', (doc, { name, changes }) => {
  const at = locateElement(doc, name);
  if (!at || at.kind !== 'stage') return doc;
  return withStage(doc, at.stageIndex, mergeChanges(at.stage, changes));
});
