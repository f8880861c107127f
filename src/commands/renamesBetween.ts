/**
 * The rename that turned one version of a document into the next, if that is what happened: one
 * API name gone and one new name in its place, in the element namespace (stages, steps,
 * decisions, variables: FORMAT §1), in the flow catalog, or among one decision's outcomes (their
 * names are unique within the decision, and a scenario's `decision` expectation names one). Any
 * other change (an element added,
 * deleted or moved, several names changed at once, a design opened in place of another) is not a
 * rename. Read by the store after every change of the document, edits, undo and redo alike, so
 * that the scenarios follow a rename both ways (store/followRenames.ts).
 */
import type { Orchestration } from '../model/types';
import { takenNames } from './queries';

export type Rename =
  /** `element`: a stage, step, decision or variable; `flow`: a flow of the catalog. */
  | { kind: 'element' | 'flow'; from: string; to: string }
  /** an outcome of the decision `decision` (named as in the document after the change). */
  | { kind: 'outcome'; decision: string; from: string; to: string };

/** The one name of `before` that `after` lacks and the one name `after` adds, or null. */
function swapped(before: ReadonlySet<string>, after: ReadonlySet<string>): { from: string; to: string } | null {
  if (before.size !== after.size) return null;
  let from: string | null = null;
  for (const name of before) {
    if (after.has(name)) continue;
    if (from !== null) return null;
    from = name;
  }
  if (from === null) return null;
  for (const name of after) if (!before.has(name)) return { from, to: name };
  return null;
}

const flowNames = (doc: Orchestration) => new Set((doc.flows ?? []).map((f) => f.name));

/** The one outcome renamed in one decision between `before` and `after`, if that is the change. */
function outcomeRename(before: Orchestration, after: Orchestration): Rename | null {
  const earlier = new Map((before.decisions ?? []).map((d) => [d.name, d]));
  for (const decision of after.decisions ?? []) {
    const old = earlier.get(decision.name);
    if (!old || old.outcomes === decision.outcomes) continue;
    const outcome = swapped(new Set(old.outcomes.map((o) => o.name)), new Set(decision.outcomes.map((o) => o.name)));
    if (outcome) return { kind: 'outcome', decision: decision.name, ...outcome };
  }
  return null;
}

/** The renames from `before` to `after` (at most one per namespace; an outcome's only when no element was renamed). */
export function renamesBetween(before: Orchestration, after: Orchestration): Rename[] {
  const renames: Rename[] = [];
  // Most changes (a move, a layout, an edit of one field) keep these lists; then nothing was renamed.
  const elementsKept = before.stages === after.stages && before.decisions === after.decisions && before.variables === after.variables;
  if (!elementsKept) {
    const element = swapped(takenNames(before), takenNames(after));
    if (element) renames.push({ kind: 'element', ...element });
    else if (before.decisions !== after.decisions) {
      const outcome = outcomeRename(before, after);
      if (outcome) renames.push(outcome);
    }
  }
  if (before.flows !== after.flows) {
    const flow = swapped(flowNames(before), flowNames(after));
    if (flow) renames.push({ kind: 'flow', ...flow });
  }
  return renames;
}
