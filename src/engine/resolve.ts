/**
 * Reading references in the run (R50, R51): variables, record fields, `X.Status`,
 * `Step.Outputs.x`, and literals in input mappings. Anything that does not exist reads as null.
 */
import { parseReference } from '../model/references';
import type { RightValue } from '../model/types';
import { inferType, literalValue, NULL_VALUE, type TypedValue } from './values';
import type { RunView } from './view';

/** Input names of an evaluation flow bound to values (R22). */
export type Bindings = ReadonlyMap<string, TypedValue>;

/** The current value of a reference; null when what it names does not exist or has no value yet. */
export function readReference(view: RunView, text: string, bindings?: Bindings): TypedValue {
  const ref = parseReference(text);
  if (!ref) return NULL_VALUE;
  switch (ref.kind) {
    case 'name':
      return bindings?.get(ref.name) ?? view.vars.read(ref.name);
    case 'field': {
      const bound = bindings?.get(ref.variable);
      if (bound) {
        const rec = bound.value;
        if (rec === null || typeof rec !== 'object') return NULL_VALUE;
        const v = Object.prototype.hasOwnProperty.call(rec, ref.field) ? (rec[ref.field] ?? null) : null;
        return { type: inferType(v), value: v };
      }
      return view.vars.readField(ref.variable, ref.field);
    }
    case 'status': {
      // R51: a step whose stage has not started has no run yet, so its status reads as null.
      const status = view.stepRun(ref.element)?.status ?? view.stageRun(ref.element)?.status ?? null;
      return status === null ? NULL_VALUE : { type: 'Status', value: status };
    }
    case 'output': {
      const run = view.stepRun(ref.step);
      if (!run || run.status !== 'Completed' || !run.outputs) return NULL_VALUE;
      const v = Object.prototype.hasOwnProperty.call(run.outputs, ref.output) ? run.outputs[ref.output] : null;
      return toTyped(v);
    }
  }
}

function toTyped(v: unknown): TypedValue {
  if (v === null || v === undefined) return NULL_VALUE;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { type: inferType(v), value: v };
  return { type: 'Unknown', value: JSON.stringify(v) };
}

/** True when `text` names something that exists in this orchestration (a resource, not a literal). */
export function namesResource(view: RunView, text: string, bindings?: Bindings): boolean {
  const ref = parseReference(text);
  if (!ref) return false;
  switch (ref.kind) {
    case 'name': return bindings?.has(ref.name) === true || view.vars.has(ref.name) || view.model.variables.has(ref.name);
    case 'field': return bindings?.has(ref.variable) === true || view.vars.has(ref.variable);
    case 'status': return view.model.steps.has(ref.element) || view.model.stages.has(ref.element);
    case 'output': return view.model.steps.has(ref.step);
  }
}

/** An input mapping value: a reference when it names a resource, else a literal (R50). */
export function readInput(view: RunView, text: string): TypedValue {
  return namesResource(view, text) ? readReference(view, text) : literalValue(text);
}

/** The right-hand side of a requirement row. */
export function readRight(view: RunView, right: RightValue | undefined, bindings?: Bindings): TypedValue {
  if (!right) return NULL_VALUE;
  if ('string' in right) return { type: 'Text', value: right.string };
  if ('number' in right) return { type: 'Number', value: right.number };
  if ('boolean' in right) return { type: 'Boolean', value: right.boolean };
  if ('date' in right) return { type: 'Date', value: right.date };
  if ('dateTime' in right) return { type: 'DateTime', value: right.dateTime };
  return readReference(view, right.ref, bindings);
}

/** WasSet (R62): a variable or field assigned during the run; a status or output that has a value. */
export function wasSet(view: RunView, text: string, bindings?: Bindings): boolean {
  const ref = parseReference(text);
  if (!ref) return false;
  if (ref.kind === 'name' && bindings?.has(ref.name)) return bindings.get(ref.name)!.value !== null;
  if (ref.kind === 'name' || ref.kind === 'field') return view.vars.wasSet(text);
  return readReference(view, text, bindings).value !== null;
}
