/**
 * What a delete says when it takes away more than was selected: a stage goes with its steps. One
 * key (Delete on a stage) removed "Initial Screening" and its three steps without a word, and the
 * canvas closed up around the gap; a screen reader user heard only where focus went. The notice
 * (a polite live region) names what went and how to get it back (docs/editor.md, *chosen*).
 * A step that waited for a deleted step is changed too: it starts when its stage starts.
 */
import { elementLabel } from '../commands/queries';
import type { Orchestration } from '../model/types';

const steps = (n: number) => `${n} step${n === 1 ? '' : 's'}`;

/** The notice for deleting `names` from `doc` (read before the delete), or null when no stage with steps is among them. */
export function deletedStagesNotice(doc: Orchestration, names: readonly string[]): string | null {
  const gone = new Set(names);
  const stages = doc.stages.filter((s) => gone.has(s.name));
  const count = stages.reduce((n, s) => n + s.steps.length, 0);
  if (count === 0) return null;
  const what = stages.length === 1 ? `stage “${elementLabel(doc, stages[0]!.name)}” and its ${steps(count)}` : `${stages.length} stages and their ${steps(count)}`;
  return `Deleted ${what}. Undo (Ctrl/Cmd+Z) brings them back.`;
}

/**
 * The notice for the steps left behind that waited for a step among `names` (read before the
 * delete, which turns their start into "when the stage starts"), or null when none did. They
 * changed without a word: the card's "After …" chip became "Starts with stage", out of view.
 */
export function waitingStepsNotice(doc: Orchestration, names: readonly string[]): string | null {
  const gone = new Set(names);
  const left = doc.stages.filter((st) => !gone.has(st.name)).flatMap((st) => st.steps).filter((s) => !gone.has(s.name));
  const waiting = left.filter((s) => s.start?.mode === 'stepCompleted' && gone.has(s.start.step));
  if (waiting.length === 0) return null;
  const first = waiting[0]!;
  const waitedFor = first.start?.mode === 'stepCompleted' ? elementLabel(doc, first.start.step) : '';
  const what = waiting.length === 1
    ? `“${elementLabel(doc, first.name)}” waited for “${waitedFor}”: it now starts when its stage starts`
    : `${waiting.length} steps waited for a deleted step: they now start when their stage starts`;
  return `${what}. Undo (Ctrl/Cmd+Z) brings the wait back.`;
}
