/**
 * `element.setApiName`: gives a stage, step, decision or variable a new API name (one namespace,
 * FORMAT §1) and rewrites every reference to it: start, next and fault targets, decision targets,
 * "another step completed" predecessors, requirement resources and values (`X`, `X.Status`,
 * `X.Outputs.y`, `X.Field`), input and output mappings, evaluation-flow conditions and layout
 * keys. Refused (same document) when the new name is invalid or taken. The label is not touched
 * (the canvas's `element.rename` derives the name from a new label instead).
 */
import { apiNameProblem } from '../model/names';
import type { Orchestration, Requirement, Stage, Step } from '../model/types';
import { defineCommand } from './command';
import { takenNames } from './queries';
import type { InputValue } from '../model/inputValue';

export interface SetApiNameParams {
  from: string;
  to: string;
}

/** `text` with its head name replaced when the head is `from` (`from`, `from.Status`, …). */
export function replaceReferenceHead(text: string, from: string, to: string): string {
  if (text === from) return to;
  if (text.startsWith(`${from}.`)) return to + text.slice(from.length);
  return text;
}

/** Rewrites one reference (`X`, `X.Status`, …); names it does not know stay as they are. */
export type Mapper = (text: string) => string;

function mapTarget<T extends string | null | undefined>(value: T, map: Mapper): T {
  return (typeof value === 'string' ? map(value) : value) as T;
}

/** Renames references in a map's values; number and boolean literals name nothing and stay as they are. */
function mapRecord<V extends InputValue>(record: Record<string, V> | undefined, map: Mapper): Record<string, V> | undefined {
  if (!record) return record;
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, (typeof v === 'string' ? map(v) : v) as V]));
}

export function mapRequirement(req: Requirement, map: Mapper): Requirement {
  const right = req.right && 'ref' in req.right ? { ref: map(req.right.ref) } : req.right;
  return dropUndefined({ ...req, left: map(req.left), right });
}

function mapCondition<C extends { mode: string }>(cond: C | undefined, map: Mapper): C | undefined {
  if (!cond) return cond;
  const c = cond as C & { requirements?: Requirement[]; inputs?: Record<string, InputValue>; step?: string };
  const next: Record<string, unknown> = { ...c };
  if (c.requirements) next.requirements = c.requirements.map((r) => mapRequirement(r, map));
  if (c.inputs) next.inputs = mapRecord(c.inputs, map);
  if (typeof c.step === 'string') next.step = map(c.step);
  return next as C;
}

/** True when the requirement reads `name` on either side (so the catalog must be rewritten). */
function readsName(req: Requirement, name: string): boolean {
  const refs = [req.left, req.right && 'ref' in req.right ? req.right.ref : ''];
  return refs.some((r) => replaceReferenceHead(r, name, '') !== r);
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** `step` with its name and every reference in it rewritten by `map`. */
export function mapStep(step: Step, map: Mapper): Step {
  return dropUndefined({
    ...step,
    name: map(step.name),
    start: mapCondition(step.start, map),
    complete: mapCondition(step.complete, map),
    inputs: mapRecord(step.inputs, map),
    outputs: mapRecord(step.outputs, map),
  });
}

/** `stage` with its name, its steps and every reference in them rewritten by `map`. */
export function mapStage(stage: Stage, map: Mapper): Stage {
  return dropUndefined({
    ...stage,
    name: map(stage.name),
    exit: mapCondition(stage.exit, map),
    next: mapTarget(stage.next, map),
    faultNext: mapTarget(stage.faultNext, map),
    steps: stage.steps.map((s) => mapStep(s, map)),
  });
}

export const setApiName = defineCommand<SetApiNameParams>('element.setApiName', 'Change API name', (doc, { from, to }) => {
  if (from === to) return doc;
  const taken = takenNames(doc);
  if (!taken.has(from) || taken.has(to) || apiNameProblem(to)) return doc;
  const map: Mapper = (text) => replaceReferenceHead(text, from, to);
  const next: Orchestration = { ...doc, stages: doc.stages.map((s) => mapStage(s, map)) };
  if (doc.start !== undefined) next.start = map(doc.start);
  if (doc.decisions) {
    next.decisions = doc.decisions.map((d) =>
      dropUndefined({
        ...d,
        name: map(d.name),
        defaultNext: mapTarget(d.defaultNext, map),
        outcomes: d.outcomes.map((o) => ({ ...o, requirements: o.requirements.map((r) => mapRequirement(r, map)), next: mapTarget(o.next, map) })),
      }),
    );
  }
  if (doc.variables) next.variables = doc.variables.map((v) => (v.name === from ? { ...v, name: to } : v));
  if (doc.flows?.some((f) => f.condition?.requirements.some((r) => readsName(r, from)))) {
    next.flows = doc.flows.map((f) =>
      f.condition ? { ...f, condition: { ...f.condition, requirements: f.condition.requirements.map((r) => mapRequirement(r, map)) } } : f,
    );
  }
  if (doc.layout && from in doc.layout) {
    next.layout = Object.fromEntries(Object.entries(doc.layout).map(([k, v]) => [k === from ? to : k, v]));
  }
  return next;
});
