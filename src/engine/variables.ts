/**
 * The run's variables and record fields (FORMAT.md §2 Variable): current values, declared types and
 * which targets were assigned during the run (for WasSet, R62). Initial values are deep-copied so the
 * document is never mutated.
 */
import type { Variable } from '../model/types';
import { inferType, type Scalar, type TypedValue, type ValueType } from './values';

type Stored = Scalar | Record<string, Scalar>;

function copyValue(v: Variable): Stored {
  const value = v.value ?? null;
  if (value !== null && typeof value === 'object') return { ...value };
  return value;
}

/** Variable values of one run. */
export class VariableStore {
  private readonly values = new Map<string, Stored>();
  private readonly types = new Map<string, ValueType>();
  private readonly assigned = new Set<string>();

  constructor(variables: readonly Variable[]) {
    for (const v of variables) {
      if (this.values.has(v.name)) continue;
      this.values.set(v.name, copyValue(v));
      this.types.set(v.name, v.type);
    }
  }

  has(name: string): boolean {
    return this.values.has(name);
  }

  /** A whole variable (R50); unknown names read as null. */
  read(name: string): TypedValue {
    const value = this.values.get(name) ?? null;
    return { type: this.types.get(name) ?? inferType(value), value };
  }

  /** A record field `variable.field`; a missing record or field reads as null. */
  readField(variable: string, field: string): TypedValue {
    const rec = this.values.get(variable);
    if (rec === null || rec === undefined || typeof rec !== 'object') return { type: 'Unknown', value: null };
    const value = Object.prototype.hasOwnProperty.call(rec, field) ? (rec[field] ?? null) : null;
    return { type: inferType(value), value };
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
   * are refused.
   */
  assign(target: string, value: Scalar): void {
    const dot = target.indexOf('.');
    this.assigned.add(target);
    if (dot < 0) {
      this.values.set(target, value);
      return;
    }
    const name = target.slice(0, dot);
    const field = target.slice(dot + 1);
    if (field === '__proto__' || field === 'constructor' || field === 'prototype') return;
    const current = this.values.get(name);
    const rec: Record<string, Scalar> = current !== null && current !== undefined && typeof current === 'object' ? current : {};
    rec[field] = value;
    this.values.set(name, rec);
    if (!this.types.has(name)) this.types.set(name, 'Record');
  }

  /** A JSON-safe copy of every variable (for state snapshots). */
  snapshot(): Record<string, unknown> {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of this.values) out[k] = v !== null && typeof v === 'object' ? { ...v } : v;
    return out;
  }
}
