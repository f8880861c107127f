/**
 * What a connector drawn to a step says when it replaces how the step started. A step waits for one
 * step, so the connector takes the place of its start condition: "Welcome email" lost its three
 * requirements (1 AND (2 OR 3)) to a drag, or to Connect to, without a word (docs/editor.md,
 * *chosen*). Nothing is said of a step that started with its stage: the connector only adds.
 * Another When to start in Properties says so too (droppedStartNotice).
 */
import { elementLabel } from '../commands/queries';
import type { ExitCondition, Orchestration, StartCondition } from '../model/types';

/** The notice for `step` (read before the connection) now waiting for `predecessor`, or null. */
export function replacedStartNotice(doc: Orchestration, step: string, predecessor: string, start: StartCondition | undefined): string | null {
  const now = `it now waits for “${elementLabel(doc, predecessor)}” instead`;
  const who = `“${elementLabel(doc, step)}”`;
  if (!start || start.mode === 'stageStarts') return null;
  if (start.mode === 'stepCompleted') {
    if (start.step === predecessor) return null;
    return `${who} waited for “${elementLabel(doc, start.step)}”; ${now}. Undo (Ctrl/Cmd+Z) brings that back.`;
  }
  if (start.mode === 'requirements') {
    const n = start.requirements.length;
    const what = n === 1 ? 'its requirement was met' : `its ${n} requirements were met`;
    return `${who} started when ${what}; ${now}. Undo (Ctrl/Cmd+Z) brings ${n === 1 ? 'it' : 'them'} back.`;
  }
  return `${who} started when its evaluation flow ${start.flow} returned true; ${now}. Undo (Ctrl/Cmd+Z) brings it back.`;
}

/**
 * The notice for a step's requirements or evaluation flow going as When to start changes, or a
 * stage's as When to complete the stage does (the Properties select: an arrow key on it changes
 * the value at once), or null when it had none.
 */
export function droppedStartNotice(
  doc: Orchestration,
  element: string,
  start: StartCondition | ExitCondition | undefined,
  /** A stage's exit condition: it completes, where a step starts. */
  verb: 'starts' | 'completes' = 'starts',
): string | null {
  const who = `“${elementLabel(doc, element)}”`;
  // a row with no resource chosen yet (as a new condition has) holds nothing to lose
  const n = start?.mode === 'requirements' ? start.requirements.filter((r) => r.left !== '').length : 0;
  if (n > 0) {
    const what = n === 1 ? 'its requirement is met: it was removed' : `its ${n} requirements are met: they were removed`;
    return `${who} no longer ${verb} when ${what}. Undo (Ctrl/Cmd+Z) brings ${n === 1 ? 'it' : 'them'} back.`;
  }
  if (start?.mode === 'evaluationFlow' && start.flow) {
    return `${who} no longer ${verb} when its evaluation flow ${start.flow} returns true. Undo (Ctrl/Cmd+Z) brings it back.`;
  }
  return null;
}
