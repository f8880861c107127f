/**
 * The canvas elements an undo or redo brought back: a delete undone, an add or a paste redone.
 * Only when the change did nothing but add elements (every stage, step and decision of `before` is
 * still in `after`): an undone import or a rename is not a bringing back. Read by the store, which
 * selects them, as the edit that first made them did (docs/editor.md, "Focus after each action").
 */
import type { Orchestration } from '../model/types';

function canvasNames(doc: Orchestration): Set<string> {
  const names = new Set<string>();
  for (const stage of doc.stages) {
    names.add(stage.name);
    for (const step of stage.steps) names.add(step.name);
  }
  for (const decision of doc.decisions ?? []) names.add(decision.name);
  return names;
}

/** The stages, steps and decisions `after` adds to `before`, in document order; none unless it only adds. */
export function elementsBroughtBack(before: Orchestration, after: Orchestration): string[] {
  if (before.stages === after.stages && before.decisions === after.decisions) return [];
  const had = canvasNames(before);
  const has = canvasNames(after);
  for (const name of had) if (!has.has(name)) return [];
  return [...has].filter((name) => !had.has(name));
}
