/**
 * What a delete says when it takes away more than was selected: a stage goes with its steps. One
 * key (Delete on a stage) removed "Initial Screening" and its three steps without a word, and the
 * canvas closed up around the gap; a screen reader user heard only where focus went. The notice
 * (a polite live region) names what went and how to get it back (docs/editor.md, *chosen*).
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
