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

/** How a decision's outcome is named among a project file's saved names: `Decision.Outcome` (no API name holds a dot). */
export const savedOutcomeName = (decision: string, outcome: string) => `${decision}.${outcome}`;

/**
 * The names a project's file holds once the design is opened from it or saved to it
 * (ProjectFileLink.savedNames): every element's API name, and each decision's outcomes as
 * `Decision.Outcome`. Their API names stay when their labels change, as Flow Builder keeps a saved element's.
 */
export function projectFileNames(doc: Orchestration): string[] {
  const names = [...takenNames(doc)];
  for (const decision of doc.decisions ?? []) for (const outcome of decision.outcomes) names.push(savedOutcomeName(decision.name, outcome.name));
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

/** What a person calls a decision's outcome: its label, else its API name (as given when unknown). */
export function outcomeLabel(doc: Orchestration, decision: string, outcome: string): string {
  return findDecision(doc, decision)?.outcomes.find((o) => o.name === outcome)?.label ?? outcome;
}

export type ElementKind = 'stage' | 'step' | 'decision';

/** What a person calls an element: its label, else its API name (an unknown name as given). */
export function elementLabel(doc: Orchestration, name: string): string {
  return findStep(doc, name)?.step.label ?? findStage(doc, name)?.label ?? findDecision(doc, name)?.label ?? name;
}

/** What kind of canvas element `name` is, or null when it is none. */
export function kindOf(doc: Orchestration, name: string): ElementKind | null {
  if (findStage(doc, name)) return 'stage';
  if (findDecision(doc, name)) return 'decision';
  if (findStep(doc, name)) return 'step';
  return null;
}

/** The targets an element leads to, in the order a run would meet them. */
function successors(stage: Stage | undefined, decision: Decision | undefined): string[] {
  if (stage) return [stage.next, stage.faultNext].filter((n): n is string => !!n);
  if (!decision) return [];
  return [...decision.outcomes.map((o) => o.next), decision.defaultNext].filter((n): n is string => !!n);
}

/** The first of `items` by name (as `find` would pick it). */
function byName<T extends { name: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.name)) map.set(item.name, item);
  return map;
}

/**
 * Stage and decision names in run order: from `start` (default: the first stage) along `next`,
 * outcomes and fault paths, depth first; then every element not reached, in document order.
 * Names are looked up in maps built once (the outline asks this of 10,000-step designs).
 */
export function runOrder(doc: Orchestration): string[] {
  const stages = byName(doc.stages);
  const decisions = byName(doc.decisions ?? []);
  const steps = new Set<string>();
  for (const stage of doc.stages) for (const step of stage.steps) steps.add(step.name);
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (first: string) => {
    const stack = [first];
    while (stack.length) {
      const name = stack.pop()!;
      if (seen.has(name) || steps.has(name)) continue;
      const stage = stages.get(name);
      const decision = stage ? undefined : decisions.get(name);
      if (!stage && !decision) continue;
      seen.add(name);
      order.push(name);
      stack.push(...successors(stage, decision).reverse());
    }
  };
  const start = doc.start ?? doc.stages[0]?.name;
  if (start) visit(start);
  for (const stage of doc.stages) if (!seen.has(stage.name)) visit(stage.name);
  for (const decision of doc.decisions ?? []) if (!seen.has(decision.name)) visit(decision.name);
  return order;
}

/**
 * The stages and decisions the run reaches from `start` without a fault path: along `next`,
 * outcomes and default paths (the main path an admin reads left to right).
 */
function mainPath(doc: Orchestration): Set<string> {
  const stages = byName(doc.stages);
  const decisions = byName(doc.decisions ?? []);
  const reached = new Set<string>();
  const start = doc.start ?? doc.stages[0]?.name;
  const stack = start ? [start] : [];
  while (stack.length) {
    const name = stack.pop()!;
    if (reached.has(name)) continue;
    const stage = stages.get(name);
    const decision = stage ? undefined : decisions.get(name);
    if (!stage && !decision) continue;
    reached.add(name);
    if (stage?.next) stack.push(stage.next);
    if (decision) stack.push(...successors(undefined, decision));
  }
  return reached;
}

/**
 * Where "at the end" attaches (a new stage or decision with nothing selected, a paste): the last
 * stage or decision of the run order that leads nowhere, on the main path when one ends there — in
 * Loan Approval, Funding, not the fault path's Manual recovery, which runs only when Intake fails.
 * Else (a main path that loops, or no start) the last such element anywhere.
 */
export function chainEnd(doc: Orchestration): string | null {
  const stages = byName(doc.stages);
  const decisions = byName(doc.decisions ?? []);
  const leadsNowhere = (name: string) => {
    const stage = stages.get(name);
    return stage ? !stage.next : !decisions.get(name)?.defaultNext;
  };
  const main = mainPath(doc);
  const ends = runOrder(doc).filter(leadsNowhere);
  return ends.findLast((name) => main.has(name)) ?? ends.at(-1) ?? null;
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
