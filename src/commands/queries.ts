/**
 * Read-only questions about a document that several commands and the canvas ask: which names are
 * taken, where a step lives, the run order of stages and decisions. Pure functions, no UI.
 */
import { apiNameFromLabel, uniqueName } from '../model/names';
import type { Decision, Orchestration, Stage, Step } from '../model/types';

/** Every name in the one namespace of stages, steps, decisions and variables (FORMAT.md §1). */
export function takenNames(doc: Orchestration): Set<string> {
  const names = new Set<string>();
  for (const stage of doc.stages) {
    names.add(stage.name);
    for (const step of stage.steps) names.add(step.name);
  }
  for (const decision of doc.decisions ?? []) names.add(decision.name);
  for (const variable of doc.variables ?? []) names.add(variable.name);
  return names;
}

/** A fresh API name derived from `label`, unique in the document (and in `alsoTaken`). */
export function newElementName(doc: Orchestration, label: string, alsoTaken: Iterable<string> = []): string {
  const taken = takenNames(doc);
  for (const name of alsoTaken) taken.add(name);
  return uniqueName(apiNameFromLabel(label), taken);
}

export interface StepLocation {
  stage: Stage;
  stageIndex: number;
  step: Step;
  stepIndex: number;
}

/** Where the step `name` is, or null. */
export function findStep(doc: Orchestration, name: string): StepLocation | null {
  for (let stageIndex = 0; stageIndex < doc.stages.length; stageIndex++) {
    const stage = doc.stages[stageIndex]!;
    const stepIndex = stage.steps.findIndex((s) => s.name === name);
    if (stepIndex >= 0) return { stage, stageIndex, step: stage.steps[stepIndex]!, stepIndex };
  }
  return null;
}

export function findStage(doc: Orchestration, name: string): Stage | undefined {
  return doc.stages.find((s) => s.name === name);
}

export function findDecision(doc: Orchestration, name: string): Decision | undefined {
  return (doc.decisions ?? []).find((d) => d.name === name);
}

export type ElementKind = 'stage' | 'step' | 'decision';

/** What kind of canvas element `name` is, or null when it is none. */
export function kindOf(doc: Orchestration, name: string): ElementKind | null {
  if (findStage(doc, name)) return 'stage';
  if (findDecision(doc, name)) return 'decision';
  if (findStep(doc, name)) return 'step';
  return null;
}

/** The targets an element leads to, in the order a run would meet them. */
function successors(doc: Orchestration, name: string): string[] {
  const stage = findStage(doc, name);
  if (stage) return [stage.next, stage.faultNext].filter((n): n is string => !!n);
  const decision = findDecision(doc, name);
  if (!decision) return [];
  return [...decision.outcomes.map((o) => o.next), decision.defaultNext].filter((n): n is string => !!n);
}

/**
 * Stage and decision names in run order: from `start` (default: the first stage) along `next`,
 * outcomes and fault paths, depth first; then every element not reached, in document order.
 */
export function runOrder(doc: Orchestration): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (first: string) => {
    const stack = [first];
    while (stack.length) {
      const name = stack.pop()!;
      if (seen.has(name) || !kindOf(doc, name) || findStep(doc, name)) continue;
      seen.add(name);
      order.push(name);
      stack.push(...successors(doc, name).reverse());
    }
  };
  const start = doc.start ?? doc.stages[0]?.name;
  if (start) visit(start);
  for (const stage of doc.stages) if (!seen.has(stage.name)) visit(stage.name);
  for (const decision of doc.decisions ?? []) if (!seen.has(decision.name)) visit(decision.name);
  return order;
}

/** The last stage or decision of the run order that leads nowhere (where "at the end" attaches). */
export function chainEnd(doc: Orchestration): string | null {
  const order = runOrder(doc);
  for (let i = order.length - 1; i >= 0; i--) {
    const name = order[i]!;
    const stage = findStage(doc, name);
    if (stage && !stage.next) return name;
    const decision = findDecision(doc, name);
    if (decision && !decision.defaultNext) return name;
  }
  return null;
}

/** The step names that `step` waits for, following `stepCompleted` links back. */
export function predecessorChain(stage: Stage, step: string): string[] {
  const chain: string[] = [];
  let current = stage.steps.find((s) => s.name === step);
  while (current?.start?.mode === 'stepCompleted') {
    const prev: string = current.start.step;
    if (chain.includes(prev) || prev === step) break;
    chain.push(prev);
    current = stage.steps.find((s) => s.name === prev);
  }
  return chain;
}
