/**
 * What every validation rule needs, built once per document: lookups by name (Maps, so a
 * 10,000-step document validates in linear time) and the list the rules add problems to.
 */
import { childPath, stagePath, stepPath } from './jsonPath';
import type { Decision, Flow, Formula, Orchestration, Problem, Stage, Step, User, Variable } from './types';

/** The API version assumed when a document does not give one (decisions.md). */
import { apiVersionOf } from './apiVersion';

export type ElementKind = 'stage' | 'step' | 'decision' | 'variable' | 'formula';

/** An element's first declaration: its kind and path (a stage's and a step's entry serve as their own). */
export interface ElementEntry { readonly kind: ElementKind; readonly path: string }
export interface StageEntry { kind: 'stage'; stage: Stage; index: number; path: string }
export interface StepEntry {
  readonly kind: 'step';
  readonly step: Step;
  readonly stage: Stage;
  readonly stageIndex: number;
  readonly index: number;
  readonly path: string;
  /** Its place in `stepEntries`: walks over the steps mark it in an array instead of a set of names. */
  readonly order: number;
  /** The step this one waits for, when that is another step of its stage, else null. */
  predecessor: StepEntry | null;
}

/**
 * A step's entry, whose path is written when asked for: only a problem's needs it, and writing one
 * for each step of a big design as the lookups are built was a string (and its parts) per step.
 */
class StepRecord implements StepEntry {
  readonly kind = 'step';
  predecessor: StepEntry | null = null;
  constructor(readonly step: Step, readonly stage: Stage, readonly stageIndex: number, readonly index: number, readonly order: number) {}
  get path(): string {
    return stepPath(this.stageIndex, this.index);
  }
}
export interface DecisionEntry { kind: 'decision'; decision: Decision; index: number; path: string }
export interface FlowEntry { flow: Flow; index: number; path: string }

export interface ValidationContext {
  readonly doc: Orchestration;
  readonly apiVersion: number;
  /** First declaration of each name of the one namespace (stages, steps, decisions, variables). */
  readonly elements: Map<string, ElementEntry>;
  /** Every later declaration of a name of that namespace, in document order (validateNames refuses them). */
  readonly redeclared: ReadonlyArray<ElementEntry & { name: string }>;
  readonly stages: Map<string, StageEntry>;
  readonly steps: Map<string, StepEntry>;
  /**
   * The values of `steps`, in the same order, as an array: rules walk it by index, as a walk over a
   * Map (or an array's iterator) costs a result object per step until V8 has optimised the loop,
   * and a design's one validation runs most of its loops before then.
   */
  readonly stepEntries: readonly StepEntry[];
  readonly decisions: Map<string, DecisionEntry>;
  readonly variables: Map<string, Variable>;
  readonly formulas: Map<string, Formula>;
  readonly flows: Map<string, FlowEntry>;
  readonly users: Map<string, User>;
  readonly problems: Problem[];
  error(path: string, message: string): void;
  /** `cause`: the path of the fault this warning only follows from (Problem.cause). */
  warn(path: string, message: string, cause?: string): void;
}

function remember<T>(map: Map<string, T>, key: string, value: T): boolean {
  if (map.has(key)) return false;
  map.set(key, value);
  return true;
}

/**
 * Enters a declaration of the one namespace: `value` in its kind's lookup and `element` in
 * `elements`, each keeping the first declaration of `name`; a later one is kept in `redeclared`.
 * Every name of a kind's lookup is in `elements` too, so a name new there is new to its kind: the
 * usual case (every name of a big design) costs one look-up and two insertions, not four operations.
 * True when `value` is the first of its kind under `name`.
 */
function declare<T>(kind: Map<string, T>, value: T, elements: Map<string, ElementEntry>, redeclared: Array<ElementEntry & { name: string }>, name: string, element: ElementEntry): boolean {
  if (!elements.has(name)) {
    elements.set(name, element);
    kind.set(name, value);
    return true;
  }
  redeclared.push({ name, kind: element.kind, path: element.path });
  return remember(kind, name, value);
}

/** Builds the lookups of `doc` (first declaration wins; duplicates are validateNames' business). */
export function createContext(doc: Orchestration): ValidationContext {
  const problems: Problem[] = [];
  const elements = new Map<string, ElementEntry>();
  const redeclared: Array<ElementEntry & { name: string }> = [];
  const stages = new Map<string, StageEntry>();
  const steps = new Map<string, StepEntry>();
  const stepEntries: StepEntry[] = [];
  const decisions = new Map<string, DecisionEntry>();
  const variables = new Map<string, Variable>();
  const formulas = new Map<string, Formula>();
  const flows = new Map<string, FlowEntry>();
  const users = new Map<string, User>();

  // A stage's and a step's entry is also its entry in `elements`: a big design's steps are most of
  // the document, and one object each is all they cost here.
  for (let index = 0; index < doc.stages.length; index++) {
    const stage = doc.stages[index]!;
    const stageEntry: StageEntry = { kind: 'stage', stage, index, path: stagePath(index) };
    declare(stages, stageEntry, elements, redeclared, stage.name, stageEntry);
    for (let stepIndex = 0; stepIndex < stage.steps.length; stepIndex++) {
      const step = stage.steps[stepIndex]!;
      const entry = new StepRecord(step, stage, index, stepIndex, steps.size);
      if (declare(steps, entry, elements, redeclared, step.name, entry)) stepEntries.push(entry);
    }
  }
  // Worked out once: four rules walk the chains of predecessors (validateTargets, validateFeasibility).
  for (let i = 0; i < stepEntries.length; i++) {
    const entry = stepEntries[i]!;
    const start = entry.step.start;
    if (start?.mode !== 'stepCompleted' || start.step === entry.step.name) continue;
    const other = steps.get(start.step);
    if (other?.stage === entry.stage) entry.predecessor = other;
  }
  (doc.decisions ?? []).forEach((decision, index) => {
    const entry: DecisionEntry = { kind: 'decision', decision, index, path: childPath('decisions', index) };
    declare(decisions, entry, elements, redeclared, decision.name, entry);
  });
  (doc.variables ?? []).forEach((variable, index) => {
    declare(variables, variable, elements, redeclared, variable.name, { kind: 'variable', path: childPath('variables', index) });
  });
  (doc.formulas ?? []).forEach((formula, index) => {
    declare(formulas, formula, elements, redeclared, formula.name, { kind: 'formula', path: childPath('formulas', index) });
  });
  (doc.flows ?? []).forEach((flow, index) => remember(flows, flow.name, { flow, index, path: childPath('flows', index) }));
  for (const user of doc.users ?? []) remember(users, user.username, user);

  return {
    doc, apiVersion: apiVersionOf(doc),
    elements, redeclared, stages, steps, stepEntries, decisions, variables, formulas, flows, users, problems,
    error: (path, message) => { problems.push({ path, message, severity: 'error' }); },
    warn: (path, message, cause) => { problems.push(cause === undefined ? { path, message, severity: 'warning' } : { path, message, severity: 'warning', cause }); },
  };
}

/** "stage", "step"… with its article, for messages ("a stage"). */
export function kindWithArticle(kind: ElementKind): string {
  return `a ${kind}`;
}
