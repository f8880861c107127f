/**
 * The outline's rows: stages (in run order) and decisions at level 1, each stage's steps at level
 * 2 (top to bottom as the canvas draws them), and a step's start condition as a read-only level-3
 * line. Pure, so that keyboard movement is tested without React.
 */
import { runOrder } from '../../commands/queries';
import { startInWords } from '../../model/glossary';
import type { Orchestration, Stage, Step } from '../../model/types';
import type { StepOrder } from '../../store/drawnStepOrder';

export interface OutlineItem {
  id: string;
  /** API name of the element the row stands for (the step, for a condition row). */
  element: string;
  kind: 'stage' | 'decision' | 'background' | 'interactive' | 'condition';
  level: 1 | 2 | 3;
  label: string;
  parent: string | null;
  hasChildren: boolean;
  /** Place among the rows of its level under the same parent (1-based) and their number: a windowed outline renders only some rows, so each says where it is in the tree (aria-posinset, aria-setsize). */
  position: number;
  siblings: number;
}

type Row = Omit<OutlineItem, 'position' | 'siblings'>;

/** A start condition in an admin's words (the glossary's), naming steps and flows by their labels. */
export function describeStart(step: Step, doc?: Orchestration): string {
  const labelOf = (name: string) =>
    doc?.stages.flatMap((s) => s.steps).find((s) => s.name === name)?.label ?? doc?.flows?.find((f) => f.name === name)?.label ?? name;
  return startInWords(step, labelOf);
}

const NO_ORDER: StepOrder = new Map();

/**
 * The steps of `stage` in the order the canvas draws them (`drawn`, top to bottom, then left to
 * right: store/drawnStepOrder.ts); a step the canvas has not drawn yet (just added) after them, in
 * the order the file declares it.
 */
export function stepsAsDrawn(stage: Stage, drawn: readonly string[] | undefined): readonly Step[] {
  if (!drawn) return stage.steps;
  const place = new Map(drawn.map((name, i) => [name, i]));
  const at = (step: Step) => place.get(step.name) ?? drawn.length;
  // a stable sort: steps the canvas has not placed keep their declared order among themselves
  return [...stage.steps].sort((a, b) => at(a) - at(b));
}

/** Visible rows, given which rows are collapsed, each stage's steps in the order the canvas draws them. */
export function outlineItems(doc: Orchestration, collapsed: ReadonlySet<string>, drawn: StepOrder = NO_ORDER): OutlineItem[] {
  const items: Row[] = [];
  const order = runOrder(doc);
  const stages = new Map(doc.stages.map((s) => [s.name, s]));
  const decisions = new Map((doc.decisions ?? []).map((d) => [d.name, d]));
  const seen = new Set<string>();
  const names = [...order, ...doc.stages.map((s) => s.name), ...(doc.decisions ?? []).map((d) => d.name)];
  for (const name of names) {
    if (seen.has(name)) continue;
    seen.add(name);
    const stage = stages.get(name);
    const decision = decisions.get(name);
    if (decision) {
      items.push({ id: name, element: name, kind: 'decision', level: 1, label: decision.label ?? name, parent: null, hasChildren: false });
      continue;
    }
    if (!stage) continue;
    items.push({ id: name, element: name, kind: 'stage', level: 1, label: stage.label ?? name, parent: null, hasChildren: stage.steps.length > 0 });
    if (collapsed.has(name)) continue;
    for (const step of stepsAsDrawn(stage, drawn.get(name))) {
      const cid = `${step.name}::start`;
      items.push({ id: step.name, element: step.name, kind: step.kind, level: 2, label: step.label ?? step.name, parent: name, hasChildren: true });
      if (!collapsed.has(step.name)) {
        items.push({ id: cid, element: step.name, kind: 'condition', level: 3, label: describeStart(step, doc), parent: step.name, hasChildren: false });
      }
    }
  }
  return withPositions(items);
}

/** Each row's place among its siblings (same parent) and their number. */
function withPositions(rows: Row[]): OutlineItem[] {
  const counts = new Map<string | null, number>();
  const positions = rows.map((row) => {
    const next = (counts.get(row.parent) ?? 0) + 1;
    counts.set(row.parent, next);
    return next;
  });
  return rows.map((row, i) => ({ ...row, position: positions[i]!, siblings: counts.get(row.parent)! }));
}
