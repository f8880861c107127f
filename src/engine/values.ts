/**
 * Typed values and typed comparison (R60–R63). A value read from the run carries the type of the
 * resource it came from; comparisons are made as numbers, dates/date-times (as UTC instants), text
 * (case-sensitive) or booleans. Statuses compare as text (R63). Nulls follow R60.
 */
import { instantOf } from '../flows/formula/dates';
import type { Operator } from '../model/types';

export type Scalar = string | number | boolean | null;
export type ValueType = 'Text' | 'Number' | 'Boolean' | 'Date' | 'DateTime' | 'Status' | 'Record' | 'Unknown';

/** A value as a requirement sees it. `Record` values are objects of fields. */
export interface TypedValue {
  readonly type: ValueType;
  readonly value: Scalar | Readonly<Record<string, Scalar>>;
}

export const NULL_VALUE: TypedValue = { type: 'Unknown', value: null };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?Z$/;

/** The type a JSON scalar has when nothing declares it (record fields, scenario values). */
export function inferType(value: unknown): ValueType {
  if (typeof value === 'number') return 'Number';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'string') return 'Text';
  if (value !== null && typeof value === 'object') return 'Record';
  return 'Unknown';
}

/**
 * A literal written in an input mapping (chosen): `true`/`false` are booleans, numerals are numbers,
 * `YYYY-MM-DD` is a date, an ISO UTC date-time is a date-time, anything else is text.
 */
export function literalValue(text: string): TypedValue {
  if (text === 'true' || text === 'false') return { type: 'Boolean', value: text === 'true' };
  if (/^-?\d+(\.\d+)?$/.test(text)) return { type: 'Number', value: Number(text) };
  if (DATE.test(text)) return { type: 'Date', value: text };
  if (DATE_TIME.test(text)) return { type: 'DateTime', value: text };
  return { type: 'Text', value: text };
}

function isNull(v: TypedValue): boolean {
  return v.value === null || v.value === undefined;
}

type Domain = { kind: 'number' | 'instant'; a: number; b: number } | { kind: 'text'; a: string; b: string }
  | { kind: 'boolean'; a: boolean; b: boolean } | { kind: 'incompatible' };

/** A date or date-time read strictly, as the flow interpreter reads them (2025-02-30 is no date; Date.UTC would roll it over). */
function asInstant(v: TypedValue): number | null {
  return instantOf(v.value);
}

/** Brings both sides into one comparison domain, or reports them incompatible. */
function domainOf(left: TypedValue, right: TypedValue): Domain {
  const dated = (t: ValueType) => t === 'Date' || t === 'DateTime';
  if (dated(left.type) || dated(right.type)) {
    const a = asInstant(left);
    const b = asInstant(right);
    return a !== null && b !== null ? { kind: 'instant', a, b } : { kind: 'incompatible' };
  }
  const a = left.value;
  const b = right.value;
  if (typeof a === 'number' && typeof b === 'number') return { kind: 'number', a, b };
  if (typeof a === 'boolean' && typeof b === 'boolean') return { kind: 'boolean', a, b };
  if (typeof a === 'string' && typeof b === 'string') return { kind: 'text', a, b };
  return { kind: 'incompatible' };
}

/** The boolean a unary operator (IsNull, IsBlank, WasSet) asks for; absent means `true`. */
function wanted(right: TypedValue): boolean {
  return right.value === null ? true : right.value !== false && right.value !== 'false';
}

/**
 * Evaluates one requirement row: `left operator right` (R60–R63). `wasSet` tells whether the left
 * resource was assigned during the run (for WasSet, R62).
 */
export function compare(operator: Operator, left: TypedValue, right: TypedValue, wasSet: boolean): boolean {
  switch (operator) {
    case 'IsNull':
      return isNull(left) === wanted(right);
    case 'IsBlank': {
      const blank = isNull(left) || (typeof left.value === 'string' && left.value.trim() === '');
      return blank === wanted(right);
    }
    case 'WasSet':
      return wasSet === wanted(right);
    default:
      break;
  }
  if (isNull(left) || isNull(right)) {
    const both = isNull(left) && isNull(right);
    if (operator === 'EqualTo') return both;
    if (operator === 'NotEqualTo') return !both;
    return false;
  }
  const d = domainOf(left, right);
  if (d.kind === 'incompatible') return operator === 'NotEqualTo';
  switch (operator) {
    case 'EqualTo': return d.a === d.b;
    case 'NotEqualTo': return d.a !== d.b;
    case 'GreaterThan': return ordered(d) && d.a > d.b;
    case 'GreaterThanOrEqualTo': return ordered(d) && d.a >= d.b;
    case 'LessThan': return ordered(d) && d.a < d.b;
    case 'LessThanOrEqualTo': return ordered(d) && d.a <= d.b;
    case 'Contains': return d.kind === 'text' && d.a.includes(d.b);
    case 'StartsWith': return d.kind === 'text' && d.a.startsWith(d.b);
    case 'EndsWith': return d.kind === 'text' && d.a.endsWith(d.b);
  }
}

function ordered(d: Domain): d is { kind: 'number' | 'instant'; a: number; b: number } {
  return d.kind === 'number' || d.kind === 'instant';
}

/**
 * How a value reads in an explanation: text quoted, statuses bare, `null` for null, a number that is
 * NaN as "not a number" (an admin knows no NaN; it is no null either, see docs/engine.md).
 */
export function formatValue(v: TypedValue): string {
  if (isNull(v)) return 'null';
  if (typeof v.value === 'number' && Number.isNaN(v.value)) return 'not a number';
  if (v.type === 'Status') return String(v.value);
  if (typeof v.value === 'string') return JSON.stringify(v.value);
  if (typeof v.value === 'object') return 'a record';
  return String(v.value);
}
