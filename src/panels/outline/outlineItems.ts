/**
 * The outline's rows: stages (in run order) and decisions at level 1, each stage's steps at level
 * 2, and a step's start condition as a read-only level-3 line. Pure, so that keyboard movement is
 * tested without React.
 */
import { runOrder } from '../../commands/queries';
import type { Orchestration, Step } from '../../model/types';

export interface OutlineItem {
  id: string;
  /** API name of the element the row stands for (the step, for a condition row). */
  element: string;
  kind: 'stage' | 'decision' | 'background' | 'interactive' | 'condition';
  level: 1 | 2 | 3;
  label: string;
  parent: string | null;
  hasChildren: boolean;
}

/** A start condition in an admin's words. */
export function describeStart(step: Step): string {
  const start = step.start ?? { mode: 'stageStarts' as const };
  switch (start.mode) {
    case 'stageStarts': return 'Starts when the stage starts';
    case 'stepCompleted': return `Starts when ${start.step} is completed`;
    case 'requirements': return `Starts when ${start.requirements.length} requirement${start.requirements.length === 1 ? '' : 's'} are met (${start.logic ?? 'and'})`;
    case 'evaluationFlow': return `Starts when evaluation flow ${start.flow} says so`;
  }
}

/** Visible rows, given which rows are collapsed. */
export function outlineItems(doc: Orchestration, collapsed: ReadonlySet<string>): OutlineItem[] {
  const items: OutlineItem[] = [];
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
    for (const step of stage.steps) {
      const cid = `${step.name}::start`;
      items.push({ id: step.name, element: step.name, kind: step.kind, level: 2, label: step.label ?? step.name, parent: name, hasChildren: true });
      if (!collapsed.has(step.name)) {
        items.push({ id: cid, element: step.name, kind: 'condition', level: 3, label: describeStart(step), parent: step.name, hasChildren: false });
      }
    }
  }
  return items;
}
