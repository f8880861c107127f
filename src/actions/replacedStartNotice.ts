/**
 * What a connector drawn to a step says when it replaces how the step started. A step waits for one
 * step, so the connector takes the place of its start condition: "Welcome email" lost its three
 * requirements (1 AND (2 OR 3)) to a drag, or to Connect to, without a word (docs/editor.md,
 * *chosen*). Nothing is said of a step that started with its stage: the connector only adds.
 */
import { elementLabel } from '../commands/queries';
import type { Orchestration, StartCondition } from '../model/types';

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
