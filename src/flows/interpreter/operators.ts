/**
 * Flow's comparison operators on values (decisions, wait conditions, collection filters, record
 * filters). Typed as Flow compares: numbers as numbers (a number written as text compares as a
 * number), dates and date-times by instant (a value that is not a real ISO date is never equal to
 * a Date or DateTime, nor ordered against it), Booleans with `true`/`false` text, text as text.
 * Choices where Salesforce is silent (docs/flows.md): an empty text and null are equal; with a null
 * on either side only EqualTo, NotEqualTo, IsNull and IsBlank can hold; text is case-sensitive in
 * decisions and case-insensitive in record filters (as SOQL compares).
 */
import { instantOf } from '../formula/dates';
import type { FlowValue } from '../values';
import { unsupported } from './stop';

type Scalar = string | number | boolean | null;

/** Text two of which compare as dates, by instant, when one is a date-time (order); exported for upsert key buckets. */
export const DATE_LIKE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A record's Id, a scalar as it is, anything else null. */
function scalarOf(raw: unknown): Scalar {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string') return raw === '' ? null : raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (typeof raw === 'object' && !Array.isArray(raw)) {
    const rec = raw as Record<string, unknown>;
    const id = Object.keys(rec).find((k) => k.toLowerCase() === 'id');
    return id !== undefined && typeof rec[id] === 'string' ? (rec[id] as string) : null;
  }
  return null;
}

/** A number, or text that reads as one (" 5 ", "1e3"), as a comparison with a number reads it. */
export function asNumber(v: Scalar): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/** Compares two non-null scalars: a number when they are ordered, undefined when they cannot be compared. */
function order(a: Exclude<Scalar, null>, b: Exclude<Scalar, null>, caseInsensitive: boolean): number | undefined {
  if (typeof a === 'number' || typeof b === 'number') {
    const x = asNumber(a);
    const y = asNumber(b);
    return x === undefined || y === undefined ? undefined : x - y;
  }
  if (typeof a === 'boolean' || typeof b === 'boolean') return String(a) === String(b) ? 0 : undefined;
  if (DATE_LIKE.test(a) && DATE_LIKE.test(b) && (a.length > 10 || b.length > 10)) {
    const x = instantOf(a);
    const y = instantOf(b);
    if (x !== null && y !== null) return x - y;
  }
  const x = caseInsensitive ? a.toLowerCase() : a;
  const y = caseInsensitive ? b.toLowerCase() : b;
  return x < y ? -1 : x > y ? 1 : 0;
}

function isDated(value: FlowValue): boolean {
  return value.type === 'Date' || value.type === 'DateTime';
}

/**
 * Two values one of which is a Date or DateTime: by instant, or undefined (never equal, never
 * ordered) when the other is not a date — text such as "1" or "soon", a day that does not exist —
 * as a number is never equal to text that is not a number.
 */
function instantOrder(a: Exclude<Scalar, null>, b: Exclude<Scalar, null>): number | undefined {
  const x = instantOf(a);
  const y = instantOf(b);
  return x === null || y === null ? undefined : x - y;
}

/** True when the two values are equal as Flow compares them. */
export function sameValue(left: unknown, right: unknown, caseInsensitive = false): boolean {
  const a = scalarOf(left);
  const b = scalarOf(right);
  if (a === null || b === null) return a === b;
  return order(a, b, caseInsensitive) === 0;
}

function items(value: FlowValue): unknown[] | null {
  return Array.isArray(value.value) ? (value.value as unknown[]) : null;
}

function textTest(op: string, a: Scalar, b: Scalar, caseInsensitive: boolean): boolean {
  if (a === null || b === null) return false;
  const x = caseInsensitive ? String(a).toLowerCase() : String(a);
  const y = caseInsensitive ? String(b).toLowerCase() : String(b);
  return op === 'Contains' ? x.includes(y) : op === 'StartsWith' ? x.startsWith(y) : x.endsWith(y);
}

function truthy(right: FlowValue): boolean {
  return right.value === true || right.value === 'true' || right.value === null;
}

/**
 * Whether `left operator right` holds. The operators that need the run (IsChanged, WasSet,
 * WasSelected, WasVisited, HasError) are handled by the caller; an operator not listed stops the run.
 */
export function compare(operator: string, left: FlowValue, right: FlowValue, caseInsensitive = false): boolean {
  const list = items(left);
  switch (operator) {
    case 'IsNull':
      return (left.value === null || left.value === '') === truthy(right);
    case 'IsBlank':
    case 'IsEmpty':
      return (left.value === null || left.value === '' || (list !== null && list.length === 0)) === truthy(right);
    case 'In':
    case 'NotIn': {
      const options = items(right) ?? [];
      const found = options.some((item) => sameValue(left.value, item, caseInsensitive));
      return operator === 'In' ? found : !found;
    }
    default:
      break;
  }
  if (list !== null) {
    if (operator === 'Contains') return list.some((item) => sameValue(item, right.value, caseInsensitive));
    throw unsupported(`the operator ${operator} on a collection is not simulated`, { kind: operator });
  }
  const a = scalarOf(left.value);
  const b = scalarOf(right.value);
  const dated = isDated(left) || isDated(right);
  switch (operator) {
    case 'EqualTo':
      return dated && a !== null && b !== null ? instantOrder(a, b) === 0 : sameValue(a, b, caseInsensitive);
    case 'NotEqualTo':
      return dated && a !== null && b !== null ? instantOrder(a, b) !== 0 : !sameValue(a, b, caseInsensitive);
    case 'GreaterThan':
    case 'GreaterThanOrEqualTo':
    case 'LessThan':
    case 'LessThanOrEqualTo': {
      if (a === null || b === null) return false;
      const diff = dated ? instantOrder(a, b) : order(a, b, caseInsensitive);
      if (diff === undefined) return false;
      if (operator === 'GreaterThan') return diff > 0;
      if (operator === 'GreaterThanOrEqualTo') return diff >= 0;
      if (operator === 'LessThan') return diff < 0;
      return diff <= 0;
    }
    case 'Contains':
    case 'StartsWith':
    case 'EndsWith':
      return textTest(operator, a, b, caseInsensitive);
    default:
      throw unsupported(`the operator ${operator} is not simulated`, { kind: operator });
  }
}
