/**
 * What every validation rule needs, built once per document: lookups by name (Maps, so a
 * 10,000-step document validates in linear time) and the list the rules add problems to.
 */
import { childPath, stagePath, stepPath } from './jsonPath';
import type { Decision, Flow, Formula, Orchestration, Problem, Stage, Step, User, Variable } from './types';

/** The API version assumed when a document does not give one (decisions.md). */
import { apiVersionOf } from './apiVersion';

export type ElementKind = 'stage' | 'step' | 'decision' | 'variable' | 'formula';

export interface StageEntry { stage: Stage; index: number; path: string }
export interface StepEntry {
  step: Step;
  stage: Stage;
  stageIndex: number;
  index: number;
  path: string;
  /** The step this one waits for, when that is another step of its stage (`predecessorOf`), else null. */
  predecessor: string | null;
}
export interface DecisionEntry { decision: Decision; index: number; path: string }
export interface FlowEntry { flow: Flow; index: number; path: string }

export interface ValidationContext {
  readonly doc: Orchestration;
  readonly apiVersion: number;
  /** First declaration of each name of the one namespace (stages, steps, decisions, variables). */
  readonly elements: Map<string, { kind: ElementKind; path: string }>;
  readonly stages: Map<string, StageEntry>;
  readonly steps: Map<string, StepEntry>;
  readonly decisions: Map<string, DecisionEntry>;
  readonly variables: Map<string, Variable>;
  readonly formulas: Map<string, Formula>;
  readonly flows: Map<string, FlowEntry>;
  readonly users: Map<string, User>;
  readonly problems: Problem[];
  error(path: string, message: string): void;
  warn(path: string, message: string): void;
}

function remember<T>(map: Map<string, T>, key: string, value: T): void {
  if (!map.has(key)) map.set(key, value);
}

/** Builds the lookups of `doc` (first declaration wins; duplicates are validateNames' business). */
export function createContext(doc: Orchestration): ValidationContext {
  const problems: Problem[] = [];
  const elements = new Map<string, { kind: ElementKind; path: string }>();
  const stages = new Map<string, StageEntry>();
  const steps = new Map<string, StepEntry>();
  const decisions = new Map<string, DecisionEntry>();
  const variables = new Map<string, Variable>();
  const formulas = new Map<string, Formula>();
  const flows = new Map<string, FlowEntry>();
  const users = new Map<string, User>();

  doc.stages.forEach((stage, index) => {
    const path = stagePath(index);
    remember(stages, stage.name, { stage, index, path });
    remember(elements, stage.name, { kind: 'stage', path });
    stage.steps.forEach((step, stepIndex) => {
      const pathOfStep = stepPath(index, stepIndex);
      remember(steps, step.name, { step, stage, stageIndex: index, index: stepIndex, path: pathOfStep, predecessor: null });
      remember(elements, step.name, { kind: 'step', path: pathOfStep });
    });
  });
  // Worked out once: four rules walk the chains of predecessors (validateTargets, validateFeasibility).
  for (const [name, entry] of steps) {
    const start = entry.step.start;
    if (start?.mode !== 'stepCompleted' || start.step === name) continue;
    if (steps.get(start.step)?.stage === entry.stage) entry.predecessor = start.step;
  }
  (doc.decisions ?? []).forEach((decision, index) => {
    const path = childPath('decisions', index);
    remember(decisions, decision.name, { decision, index, path });
    remember(elements, decision.name, { kind: 'decision', path });
  });
  (doc.variables ?? []).forEach((variable, index) => {
    remember(variables, variable.name, variable);
    remember(elements, variable.name, { kind: 'variable', path: childPath('variables', index) });
  });
  (doc.formulas ?? []).forEach((formula, index) => {
    remember(formulas, formula.name, formula);
    remember(elements, formula.name, { kind: 'formula', path: childPath('formulas', index) });
  });
  (doc.flows ?? []).forEach((flow, index) => remember(flows, flow.name, { flow, index, path: childPath('flows', index) }));
  for (const user of doc.users ?? []) remember(users, user.username, user);

  return {
    doc, apiVersion: apiVersionOf(doc),
    elements, stages, steps, decisions, variables, formulas, flows, users, problems,
    error: (path, message) => { problems.push({ path, message, severity: 'error' }); },
    warn: (path, message) => { problems.push({ path, message, severity: 'warning' }); },
  };
}

/** "stage", "step"… with its article, for messages ("a stage"). */
export function kindWithArticle(kind: ElementKind): string {
  return `a ${kind}`;
}
