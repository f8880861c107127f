import type { Orchestration, Position, Stage } from '../model/types';
import { defineCommand } from './command';
import { setLayout } from './edits';
import { spliceIntoChain } from './linking';

export interface AddStageParams {
  /** A free API name (see `newElementName`). */
  name: string;
  label: string;
  /** Insert after this stage or decision in the run order; else at the end. */
  after?: string | null;
  position?: Position;
}

/** Adds an empty stage and links it into the run chain. */
export const addStage = defineCommand<AddStageParams>('stage.add', 'Add stage', (doc, p): Orchestration => {
  const stage: Stage = { name: p.name, label: p.label, exit: { mode: 'allStepsCompleted' }, steps: [] };
  const index = p.after ? doc.stages.findIndex((s) => s.name === p.after) : -1;
  const stages = [...doc.stages];
  stages.splice(index >= 0 ? index + 1 : stages.length, 0, stage);
  let out: Orchestration = spliceIntoChain({ ...doc, stages }, p.name, p.after);
  if (p.position) out = setLayout(out, { [p.name]: p.position });
  return out;
});
