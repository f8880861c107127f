/**
 * Reading references in the run (R50, R51), in Salesforce's syntax: variables and formulas, record
 * fields and relationship paths (read through the simulated org: `$Record.Owner:User.Username`),
 * `X.Status` (a status only when X is a step or stage), `Step.Outputs.x` and fields of record
 * outputs, `$User.*` (the identity the element runs as), `$Flow.CurrentDateTime`/`CurrentDate` (the
 * virtual clock), `$GlobalConstant.*`, `$Orchestration.Instance`, and literals in input mappings.
 * Anything that does not exist reads as null.
 */
import { readField, type FieldValue, type OrgRecord } from '../flows/org/simulatedOrg';
import { dateAt, dateTimeAt } from '../flows/virtualClock';
import type { Reference } from '../model/references';
import type { RightValue } from '../model/types';
import { readFormula, type FormulaGuard } from './formulas';
import { inferType, literalValue, NULL_VALUE, type TypedValue } from './values';
import type { RunView } from './view';

/** Input names of an evaluation flow bound to values (R22). */
export type Bindings = ReadonlyMap<string, TypedValue>;

/** The run's id, read as `$Orchestration.Instance` (chosen: one fixed, deterministic Id per run). */
export const ORCHESTRATION_INSTANCE_ID = '0jESIM000000000001';

/** How a reference is read: bound evaluation-flow inputs, and the user `$User` stands for. */
export interface ReadContext {
  readonly bindings?: Bindings;
  /** The identity the element runs as (default: the orchestration's current identity). */
  readonly user?: string;
  /** Set when a formula reads this reference: the formulas being evaluated (circular reads are null). */
  readonly formulas?: FormulaGuard;
}

function typed(value: FieldValue): TypedValue {
  return value === null ? NULL_VALUE : { type: inferType(value), value };
}

/** A record held as a plain object (an output, a bound input) as an org record, for path reads. */
function asRecord(value: unknown): OrgRecord | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const fields: Record<string, FieldValue> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') fields[key] = v;
  }
  return { object: '', fields };
}

function toTyped(v: unknown): TypedValue {
  if (v === null || v === undefined) return NULL_VALUE;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { type: inferType(v), value: v };
  const rec = asRecord(v);
  if (rec) return { type: 'Record', value: rec.fields };
  return { type: 'Unknown', value: JSON.stringify(v) };
}

/** A value read along a field path from a record held as a value (output, binding). */
function pathOfValue(view: RunView, value: unknown, path: readonly string[]): TypedValue {
  if (path.length === 0) return toTyped(value);
  const rec = asRecord(value);
  return rec ? typed(view.org.readPath(rec, path)) : NULL_VALUE;
}

/** `$User.<path>`: the user record of that username in the org, else what the document knows. */
function readUser(view: RunView, user: string, path: readonly string[]): TypedValue {
  const lower = user.toLowerCase();
  const rec = view.org.recordsOf('User').find((r) => String(readField(r, 'Username') ?? '').toLowerCase() === lower);
  if (rec) return typed(view.org.readPath(rec, path));
  if (path.length !== 1) return NULL_VALUE;
  const field = path[0]!.toLowerCase();
  if (field === 'username') return { type: 'Text', value: user };
  if (field === 'name') return typed(view.model.users.get(user)?.name ?? null);
  if (field === 'isactive') return typed(view.model.users.get(user)?.active ?? null);
  return NULL_VALUE;
}

function readGlobal(view: RunView, ref: Extract<Reference, { kind: 'global' }>, user: string): TypedValue {
  const [first] = ref.path;
  switch (ref.scope) {
    case '$User': return readUser(view, user, ref.path);
    case '$Flow':
      if (first === 'CurrentDateTime') return { type: 'DateTime', value: dateTimeAt(view.now, view.scenario.startAt) };
      if (first === 'CurrentDate') return { type: 'Date', value: dateAt(view.now, view.scenario.startAt) };
      return NULL_VALUE;
    case '$GlobalConstant':
      if (first === 'True' || first === 'False') return { type: 'Boolean', value: first === 'True' };
      if (first === 'EmptyString') return { type: 'Text', value: '' };
      return NULL_VALUE;
    case '$Orchestration':
      return first === 'Instance' ? { type: 'Text', value: ORCHESTRATION_INSTANCE_ID } : NULL_VALUE;
    default:
      return NULL_VALUE;
  }
}

/** The current value of a reference; null when what it names does not exist or has no value yet. */
export function readReference(view: RunView, text: string, context: ReadContext = {}): TypedValue {
  const ref = view.model.reference(text);
  if (!ref) return NULL_VALUE;
  const bindings = context.bindings;
  switch (ref.kind) {
    case 'name': {
      const bound = bindings?.get(ref.name);
      if (bound) return bound;
      if (!view.vars.has(ref.name) && view.model.formulas.has(ref.name)) return readFormula(view, ref.name, (v, text, guard) => readReference(v, text, { formulas: guard }), context.formulas);
      return view.vars.read(ref.name);
    }
    case 'field': {
      const bound = bindings?.get(ref.variable);
      if (bound) return pathOfValue(view, bound.value, ref.path);
      return view.vars.readPath(ref.variable, ref.path);
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
      return pathOfValue(view, v, ref.path);
    }
    case 'global':
      return readGlobal(view, ref, context.user ?? view.user);
  }
}

/** True when `text` names something that exists in this orchestration (a resource, not a literal). */
export function namesResource(view: RunView, text: string, bindings?: Bindings): boolean {
  const ref = view.model.reference(text);
  if (!ref) return false;
  switch (ref.kind) {
    case 'name': return bindings?.has(ref.name) === true || view.vars.has(ref.name) || view.model.variables.has(ref.name) || view.model.formulas.has(ref.name);
    case 'field': return bindings?.has(ref.variable) === true || view.vars.has(ref.variable);
    case 'status': return true;
    case 'output': return view.model.steps.has(ref.step);
    case 'global': return true;
  }
}

/** An input mapping value: a reference when it names a resource, else a literal (R50). */
export function readInput(view: RunView, text: string, user?: string): TypedValue {
  return namesResource(view, text) ? readReference(view, text, user === undefined ? {} : { user }) : literalValue(text);
}

/** The right-hand side of a requirement row. */
export function readRight(view: RunView, right: RightValue | undefined, bindings?: Bindings): TypedValue {
  if (!right) return NULL_VALUE;
  if ('string' in right) return { type: 'Text', value: right.string };
  if ('number' in right) return { type: 'Number', value: right.number };
  if ('boolean' in right) return { type: 'Boolean', value: right.boolean };
  if ('date' in right) return { type: 'Date', value: right.date };
  if ('dateTime' in right) return { type: 'DateTime', value: right.dateTime };
  return readReference(view, right.ref, { bindings });
}

/** WasSet (R62): a variable or field assigned during the run; a status or output that has a value. */
export function wasSet(view: RunView, text: string, bindings?: Bindings): boolean {
  const ref = view.model.reference(text);
  if (!ref) return false;
  if (ref.kind === 'name' && bindings?.has(ref.name)) return bindings.get(ref.name)!.value !== null;
  if (ref.kind === 'name' || ref.kind === 'field') return view.vars.wasSet(text);
  return readReference(view, text, { bindings }).value !== null;
}
