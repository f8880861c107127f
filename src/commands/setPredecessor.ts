import { defineCommand } from './command';
import { mapSteps, STAGE_STARTS } from './edits';
import { findStep, predecessorChain } from './queries';

export interface SetPredecessorParams {
  step: string;
  /** The step of the same stage to wait for; null: start when the stage starts. */
  predecessor: string | null;
}

/** Why `predecessor` cannot be the predecessor of `step`, or null when it can. */
export function predecessorProblem(doc: Parameters<typeof setPredecessor.apply>[0], step: string, predecessor: string): string | null {
  if (step === predecessor) return 'A step cannot wait for itself.';
  const target = findStep(doc, step);
  const source = findStep(doc, predecessor);
  if (!target || !source) return 'Connect two steps.';
  if (target.stage !== source.stage) return 'A step can only wait for a step of the same stage.';
  if (predecessorChain(source.stage, predecessor).includes(step)) {
    return `That would make a cycle: "${predecessor}" already waits for "${step}".`;
  }
  return null;
}

/** Sets a step's start to "when step X completes" (or back to "when the stage starts"). */
export const setPredecessor = defineCommand<SetPredecessorParams>('step.setPredecessor', 'Connect steps', (doc, p) => {
  if (p.predecessor !== null && predecessorProblem(doc, p.step, p.predecessor)) return doc;
  return mapSteps(doc, (s) => {
    if (s.name !== p.step) return s;
    if (p.predecessor === null) return s.start?.mode === 'stepCompleted' ? { ...s, start: STAGE_STARTS } : s;
    if (s.start?.mode === 'stepCompleted' && s.start.step === p.predecessor) return s;
    return { ...s, start: { mode: 'stepCompleted', step: p.predecessor } };
  });
});
