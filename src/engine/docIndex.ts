/**
 * Lookup tables over an orchestration document, built once per simulation. The document is read,
 * never written; documents with dangling names (not validated) simply miss in these tables.
 */
import { parseFormula, referencesOf } from '../flows/formula';
import { apiVersionOf } from '../model/apiVersion';
import { decideStatus, parseReference, type Reference } from '../model/references';
import type { Decision, Flow, Formula, Orchestration, Stage, Step, User, Variable } from '../model/types';
import type { ReferenceKinds } from './readKeys';

export interface StepPlace {
  readonly step: Step;
  readonly stage: Stage;
  /** Position among the stage's steps (declared order). */
  readonly index: number;
}

/** Read-only indexes of one orchestration. */
export class DocIndex implements ReferenceKinds {
  readonly apiVersion: number;
  readonly stages = new Map<string, Stage>();
  readonly decisions = new Map<string, Decision>();
  readonly flows = new Map<string, Flow>();
  readonly users = new Map<string, User>();
  readonly variables = new Map<string, Variable>();
  readonly formulas = new Map<string, Formula>();
  private readonly references = new Map<string, Reference | null>();
  private readonly formulaReferences = new Map<string, readonly string[]>();
  private stepPlaces: Map<string, StepPlace> | null = null;

  constructor(readonly doc: Orchestration) {
    this.apiVersion = apiVersionOf(doc);
    for (const s of doc.stages) {
      if (!this.stages.has(s.name)) this.stages.set(s.name, s);
    }
    for (const d of doc.decisions ?? []) if (!this.decisions.has(d.name)) this.decisions.set(d.name, d);
    for (const f of doc.flows ?? []) if (!this.flows.has(f.name)) this.flows.set(f.name, f);
    for (const u of doc.users ?? []) if (!this.users.has(u.username)) this.users.set(u.username, u);
    for (const v of doc.variables ?? []) if (!this.variables.has(v.name)) this.variables.set(v.name, v);
    for (const f of doc.formulas ?? []) if (!this.formulas.has(f.name)) this.formulas.set(f.name, f);
  }

  /** True when `name` is a step or a stage (so `name.Status` is its status, R50). */
  isStepOrStage(name: string): boolean {
    return this.stages.has(name) || this.steps.has(name);
  }

  /** True when `name` is a formula resource (and not a variable). */
  isFormula(name: string): boolean {
    return this.formulas.has(name) && !this.variables.has(name);
  }

  /** The references the formula `name` reads (its merge fields), parsed once; none when it does not parse. */
  formulaReads(name: string): readonly string[] {
    let reads = this.formulaReferences.get(name);
    if (reads === undefined) {
      const formula = this.formulas.get(name);
      const parsed = formula ? parseFormula(formula.expression) : undefined;
      reads = parsed?.ok ? referencesOf(parsed.formula) : [];
      this.formulaReferences.set(name, reads);
    }
    return reads;
  }

  /** What `text` names in this orchestration (parsed once; `X.Status` decided by R50), or null. */
  reference(text: string): Reference | null {
    let ref = this.references.get(text);
    if (ref === undefined) {
      const parsed = parseReference(text);
      ref = parsed === null ? null : decideStatus(parsed, (name) => this.isStepOrStage(name));
      this.references.set(text, ref);
    }
    return ref;
  }

  /** Every step by name with its stage (built on first use: only explanations and inputs need it). */
  get steps(): ReadonlyMap<string, StepPlace> {
    if (!this.stepPlaces) {
      const places = new Map<string, StepPlace>();
      for (const s of this.doc.stages) {
        s.steps.forEach((step, index) => {
          if (!places.has(step.name)) places.set(step.name, { step, stage: s, index });
        });
      }
      this.stepPlaces = places;
    }
    return this.stepPlaces;
  }

  /** The element the run starts with (R1): `start`, else the first stage, else null (nothing to run). */
  get startTarget(): string | null {
    return this.doc.start ?? this.doc.stages[0]?.name ?? null;
  }

  /** A flow that exists and is not marked inactive (`active` absent counts as active — chosen). */
  activeFlow(name: string | undefined): Flow | null {
    if (name === undefined) return null;
    const f = this.flows.get(name);
    return f && f.active !== false ? f : null;
  }
}
