/**
 * Where the selection (and so keyboard focus) goes after a delete, as a file manager does: the
 * previous step of the same stage, else the next one, else the stage; for a stage or decision the
 * previous stage or decision on the canvas, else the next. Null when nothing is left near it.
 */
import type { Orchestration } from '../model/types';

export function neighbourAfterDelete(doc: Orchestration, deleted: readonly string[]): string | null {
  const gone = new Set(deleted);
  const first = deleted[0];
  if (first === undefined) return null;
  const pick = (before: readonly string[], after: readonly string[]) =>
    [...before].reverse().find((n) => !gone.has(n)) ?? after.find((n) => !gone.has(n)) ?? null;
  for (const stage of doc.stages) {
    const at = stage.steps.findIndex((s) => s.name === first);
    if (at < 0) continue;
    const names = stage.steps.map((s) => s.name);
    return pick(names.slice(0, at), names.slice(at + 1)) ?? (gone.has(stage.name) ? null : stage.name);
  }
  const tops = [...doc.stages.map((s) => s.name), ...(doc.decisions ?? []).map((d) => d.name)];
  const at = tops.indexOf(first);
  return at < 0 ? null : pick(tops.slice(0, at), tops.slice(at + 1));
}
