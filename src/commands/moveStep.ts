import { defineCommand } from './command';
import { mapSteps, setLayout, STAGE_STARTS } from './edits';
import type { Position } from '../model/types';
import { findStep } from './queries';

export interface MoveStepParams {
  step: string;
  toStage: string;
  /** Position relative to the new stage. */
  position?: Position;
}

/**
 * Moves a step to another stage. Predecessor links only exist within a stage, so the step's own
 * link and links of steps that waited for it are dropped (they start with their stage).
 */
export const moveStep = defineCommand<MoveStepParams>('step.move', 'Move step to stage', (doc, p) => {
  const at = findStep(doc, p.step);
  if (!at || at.stage.name === p.toStage || !doc.stages.some((s) => s.name === p.toStage)) return doc;
  const moved = at.step.start?.mode === 'stepCompleted' ? { ...at.step, start: STAGE_STARTS } : at.step;
  const stages = doc.stages.map((s) => {
    if (s === at.stage) return { ...s, steps: s.steps.filter((x) => x !== at.step) };
    if (s.name === p.toStage) return { ...s, steps: [...s.steps, moved] };
    return s;
  });
  const out = mapSteps({ ...doc, stages }, (s) =>
    s.start?.mode === 'stepCompleted' && s.start.step === p.step ? { ...s, start: STAGE_STARTS } : s,
  );
  return setLayout(out, { [p.step]: p.position ?? null });
});

/** True when moving would drop a predecessor link (so the UI can say so). */
export function moveDropsLinks(doc: Parameters<typeof moveStep.apply>[0], step: string): boolean {
  const at = findStep(doc, step);
  if (!at) return false;
  return at.step.start?.mode === 'stepCompleted' || at.stage.steps.some((s) => s.start?.mode === 'stepCompleted' && s.start.step === step);
}
