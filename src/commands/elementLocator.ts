/**
 * Finding stages, steps and decisions by API name and rewriting one of them immutably. Shared by
 * the property-editing commands (stage.update, step.update, decision.update, element.setApiName).
 */
import type { Decision, Orchestration, Stage, Step } from '../model/types';

export type ElementLocation =
  | { kind: 'stage'; stage: Stage; stageIndex: number; path: string }
  | { kind: 'step'; step: Step; stage: Stage; stageIndex: number; stepIndex: number; path: string }
  | { kind: 'decision'; decision: Decision; decisionIndex: number; path: string };

/** Where the element named `name` is, with its JSON path (`stages[0].steps[2]`), or null. */
export function locateElement(doc: Orchestration, name: string): ElementLocation | null {
  for (let si = 0; si < doc.stages.length; si++) {
    const stage = doc.stages[si]!;
    if (stage.name === name) return { kind: 'stage', stage, stageIndex: si, path: `stages[${si}]` };
    for (let ti = 0; ti < stage.steps.length; ti++) {
      const step = stage.steps[ti]!;
      if (step.name === name) {
        return { kind: 'step', step, stage, stageIndex: si, stepIndex: ti, path: `stages[${si}].steps[${ti}]` };
      }
    }
  }
  const decisions = doc.decisions ?? [];
  for (let di = 0; di < decisions.length; di++) {
    const decision = decisions[di]!;
    if (decision.name === name) return { kind: 'decision', decision, decisionIndex: di, path: `decisions[${di}]` };
  }
  return null;
}

/**
 * Applies `changes` to `target`: keys set to `undefined` are removed, others replaced. Returns
 * `target` itself when nothing changes, so that a no-op edit records no history entry.
 */
export function mergeChanges<T extends object>(target: T, changes: object): T {
  let changed = false;
  const next: Record<string, unknown> = { ...(target as Record<string, unknown>) };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) {
      if (key in next) {
        delete next[key];
        changed = true;
      }
    } else if (!Object.is(next[key], value)) {
      next[key] = value;
      changed = true;
    }
  }
  return changed ? (next as T) : target;
}

/** Replaces the stage at `index` (same document when `stage` is unchanged). */
export function withStage(doc: Orchestration, index: number, stage: Stage): Orchestration {
  if (doc.stages[index] === stage) return doc;
  const stages = doc.stages.slice();
  stages[index] = stage;
  return { ...doc, stages };
}

/** Replaces one step of one stage. */
export function withStep(doc: Orchestration, stageIndex: number, stepIndex: number, step: Step): Orchestration {
  const stage = doc.stages[stageIndex]!;
  if (stage.steps[stepIndex] === step) return doc;
  const steps = stage.steps.slice();
  steps[stepIndex] = step;
  return withStage(doc, stageIndex, { ...stage, steps });
}

/** Replaces the decision at `index`. */
export function withDecision(doc: Orchestration, index: number, decision: Decision): Orchestration {
  const decisions = (doc.decisions ?? []).slice();
  if (decisions[index] === decision) return doc;
  decisions[index] = decision;
  return { ...doc, decisions };
}
