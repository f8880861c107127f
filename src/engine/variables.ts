/**
 * The run's variables and record fields (FORMAT.md §2 Variable): current values, declared types and
 * which targets were assigned during the run (for WasSet, R62). Initial values are deep-copied so the
 * document is never mutated.
 *
 * A Record variable can be bound to a record of the simulated org (`$Record` is the triggering
 * record): it then reads and writes that record, so a change made through the variable and a change
 * made to the record by Id are the same change. Relationship paths (`$Record.Owner.Email`) read
 * through the org from any Record variable.
 */
import { readField, SimulatedOrg, type FieldValue, type OrgRecord } from '../flows/org/simulatedOrg';
import { isSafeKey } from '../flows/org/safeKeys';
import type { Variable } from '../model/types';
import { inferType, NULL_VALUE, type Scalar, type TypedValue, type ValueType } from './values';

/** A value a variable holds: a scalar or a record's fields. */
export type Stored = Scalar | Readonly<Record<string, Scalar>>;

function copyValue(v: Variable): Stored {
  const value = v.value ?? null;
  if (value !== null && typeof value === 'object') return { ...value };
  return value;
}

function isRecordValue(value: Stored | undefined): value is Readonly<Record<string, Scalar>> {
  return value !== null && value !== undefined && typeof value === 'object';
}

/** Variable values of one run. */
export class VariableStore {
  private readonly values = new Map<string, Stored>();
  private readonly types = new Map<string, ValueType>();
  private readonly objects = new Map<string, string>();
  private readonly bound = new Map<string, string>();
  private readonly assigned = new Set<string>();

  /** The org may be replaced: a project flow's run returns the org after its changes (issue 13). */
  constructor(variables: readonly Variable[], public org: SimulatedOrg = new SimulatedOrg()) {
    for (const v of variables) {
      if (this.values.has(v.name)) continue;
      this.values.set(v.name, copyValue(v));
      this.types.set(v.name, v.type);
      if (v.type === 'Record' && v.object) this.objects.set(v.name, v.object);
    }
  }

  has(name: string): boolean {
    return this.values.has(name) || this.bound.has(name);
  }

  /** Makes `name` the org record `id`: reads and writes of the variable go to that record. */
  bindRecord(name: string, id: string): void {
    this.bound.set(name, id);
    this.types.set(name, 'Record');
    this.values.delete(name);
  }

  /** Sets a variable's starting value (an input passed by the launcher, `$Record__Prior`); not an assignment. */
  initialise(name: string, value: Stored, type?: ValueType): void {
    this.values.set(name, isRecordValue(value) ? { ...value } : value);
    if (type) this.types.set(name, type);
    else if (!this.types.has(name)) this.types.set(name, inferType(value));
  }

  /** The org record a bound variable stands for. */
  private boundRecord(name: string): OrgRecord | undefined {
    const id = this.bound.get(name);
    return id === undefined ? undefined : this.org.get(id);
  }

  /** The head record of a field path: the bound org record, or the variable's own field values. */
  recordOf(name: string): OrgRecord | undefined {
    const bound = this.boundRecord(name);
    if (bound || this.bound.has(name)) return bound;
    const value = this.values.get(name);
    return isRecordValue(value) ? { object: this.objects.get(name) ?? '', fields: value } : undefined;
  }

  /** A whole variable (R50); unknown names read as null. */
  read(name: string): TypedValue {
    if (this.bound.has(name)) {
      const rec = this.boundRecord(name);
      return rec ? { type: 'Record', value: { ...rec.fields } } : { type: 'Record', value: null };
    }
    const value = this.values.get(name) ?? null;
    return { type: this.types.get(name) ?? inferType(value), value };
  }

  /** A record field `variable.field`; a missing record or field reads as null. */
  readField(variable: string, field: string): TypedValue {
    if (this.bound.has(variable)) {
      const rec = this.boundRecord(variable);
      return rec ? typed(readField(rec, field)) : NULL_VALUE;
    }
    const rec = this.values.get(variable);
    if (!isRecordValue(rec)) return NULL_VALUE;
    const value = Object.prototype.hasOwnProperty.call(rec, field) ? (rec[field] ?? null) : null;
    return { type: inferType(value), value };
  }

  /** A field path `variable.a.b…`: one field, or relationships read through the org (`Owner.Email`). */
  readPath(variable: string, path: readonly string[]): TypedValue {
    if (path.length === 1) return this.readField(variable, path[0]!);
    return typed(this.org.readPath(this.recordOf(variable), path));
  }

  /** True when `target` (`v` or `v.f`) or its whole variable was assigned during the run (R62). */
  wasSet(target: string): boolean {
    if (this.assigned.has(target)) return true;
    const dot = target.indexOf('.');
    return dot > 0 && this.assigned.has(target.slice(0, dot));
  }

  /**
   * Assigns `value` to a variable (`v`) or a record field (`v.f`). Setting a field of a variable
   * that holds no record makes it a record (chosen, defensive). Keys that could pollute prototypes
   * are refused. A bound variable's field is written to its org record.
   */
  assign(target: string, value: Stored): void {
    const dot = target.indexOf('.');
    this.assigned.add(target);
    if (dot < 0) {
      this.assignWhole(target, value);
      return;
    }
    const name = target.slice(0, dot);
    const field = target.slice(dot + 1);
    if (!isSafeKey(field) || isRecordValue(value)) return;
    const id = this.bound.get(name);
    if (id !== undefined) {
      this.org.update(id, { [field]: value });
      return;
    }
    const current = this.values.get(name);
    const rec: Record<string, Scalar> = isRecordValue(current) ? { ...current } : {};
    rec[field] = value;
    this.values.set(name, rec);
    if (!this.types.has(name)) this.types.set(name, 'Record');
  }

  private assignWhole(name: string, value: Stored): void {
    const id = this.bound.get(name);
    if (id !== undefined && isRecordValue(value)) {
      this.org.update(id, value as Record<string, FieldValue>);
      return;
    }
    if (id !== undefined) this.bound.delete(name);
    this.values.set(name, isRecordValue(value) ? { ...value } : value);
  }

  /** The variables bound to the org record `id` (`$Record` when a flow changes the triggering record). */
  namesBoundTo(id: string): string[] {
    const names: string[] = [];
    for (const [name, bound] of this.bound) if (bound === id) names.push(name);
    return names;
  }

  /** Records that `target` was given a value during the run without assigning it here (a flow changed the record: WasSet, R62). */
  markAssigned(target: string): void {
    this.assigned.add(target);
  }

  /** A JSON-safe copy of every variable (for state snapshots). */
  snapshot(): Record<string, unknown> {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of this.values) out[k] = isRecordValue(v) ? { ...v } : v;
    for (const name of this.bound.keys()) out[name] = this.read(name).value;
    return out;
  }
}

function typed(value: FieldValue): TypedValue {
  return value === null ? NULL_VALUE : { type: inferType(value), value };
}
