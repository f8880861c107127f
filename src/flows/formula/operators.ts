/**
 * The formula operators on typed values, with Salesforce's rules:
 * - arithmetic on a null gives a null of the result's type (`null + 1` is null), or of no type when
 *   the null's own type is not known and the result's depends on it (`null - 70`: a Number, a Date…);
 * - Date ± n days, DateTime ± n days (fractions allowed), Date − Date = days, DateTime − DateTime
 *   = days (fraction), Time ± milliseconds; `+` also joins two texts;
 * - `&` joins text and reads a null as empty text;
 * - `=` / `<>` compare typed values, text case-sensitively, an empty text equal to null; with a null
 *   on one side they are equal only when both are null (as requirements compare, R60);
 * - `<` `>` `<=` `>=` order numbers, dates, date-times, times and text; with a null they are false.
 * A type that does not suit the operator is a fault naming the operator and the types.
 */
import type { FlowDataType, FlowValue } from '../values';
import { booleanValue, NULL_FLOW_VALUE, nullOf, textValue } from '../values';
import type { BinaryOperator, UnaryOperator } from './ast';
import { MS_PER_DAY, formatDate, formatDateTime, formatTime, isDayInRange, parseDate, parseDateTime, parseTime } from './dates';
import { FormulaFault } from './errors';
import { numbersEqual, tidy } from './numbers';
import { checkTextLength } from './textLimit';
import { describeType, familyOf, inferAs, inferBeside, withInferredType } from './typeOf';
import type { TypeFamily } from './typeOf';

type Scalar = number | string;

/** The comparable or computable content of a non-null value: numbers as is, dates as day numbers, date-times and times as ms. */
function scalarOf(v: FlowValue, family: TypeFamily): Scalar | null {
  const raw = v.value;
  if (raw === null) return null;
  switch (family) {
    case 'number': return typeof raw === 'number' ? raw : Number(raw);
    case 'date': return typeof raw === 'string' ? parseDate(raw) : null;
    case 'dateTime': return typeof raw === 'string' ? parseDateTime(raw) : null;
    case 'time': return typeof raw === 'string' ? parseTime(raw) : null;
    case 'text': return String(raw);
    default: return null;
  }
}

interface ArithmeticRule {
  readonly op: '+' | '-';
  readonly left: TypeFamily;
  readonly right: TypeFamily;
  readonly result: FlowDataType;
  readonly compute: (x: number, y: number) => number;
}

const ARITHMETIC_RULES: readonly ArithmeticRule[] = [
  { op: '+', left: 'number', right: 'number', result: 'Number', compute: (x, y) => x + y },
  { op: '+', left: 'date', right: 'number', result: 'Date', compute: (d, n) => d + Math.trunc(n) },
  { op: '+', left: 'number', right: 'date', result: 'Date', compute: (n, d) => d + Math.trunc(n) },
  { op: '+', left: 'dateTime', right: 'number', result: 'DateTime', compute: (t, n) => t + Math.round(n * MS_PER_DAY) },
  { op: '+', left: 'number', right: 'dateTime', result: 'DateTime', compute: (n, t) => t + Math.round(n * MS_PER_DAY) },
  { op: '+', left: 'time', right: 'number', result: 'Time', compute: (t, n) => t + Math.round(n) },
  { op: '+', left: 'number', right: 'time', result: 'Time', compute: (n, t) => t + Math.round(n) },
  { op: '-', left: 'number', right: 'number', result: 'Number', compute: (x, y) => x - y },
  { op: '-', left: 'date', right: 'number', result: 'Date', compute: (d, n) => d - Math.trunc(n) },
  { op: '-', left: 'date', right: 'date', result: 'Number', compute: (a, b) => a - b },
  { op: '-', left: 'dateTime', right: 'number', result: 'DateTime', compute: (t, n) => t - Math.round(n * MS_PER_DAY) },
  { op: '-', left: 'dateTime', right: 'dateTime', result: 'Number', compute: (a, b) => (a - b) / MS_PER_DAY },
  { op: '-', left: 'time', right: 'number', result: 'Time', compute: (t, n) => t - Math.round(n) },
  { op: '-', left: 'time', right: 'time', result: 'Number', compute: (a, b) => a - b },
];

function typeMismatch(op: string, a: FlowValue, b: FlowValue, pos: number): never {
  throw new FormulaFault(`"${op}" cannot be used on ${describeType(a)} and ${describeType(b)}`, pos);
}

/** Currency in, Currency out (Number otherwise). */
function numericResultType(a: FlowValue, b: FlowValue): FlowDataType {
  return a.type === 'Currency' || b.type === 'Currency' ? 'Currency' : 'Number';
}

function fromScalar(type: FlowDataType, x: number, pos: number, op: string): FlowValue {
  switch (type) {
    case 'Date':
      if (!isDayInRange(x)) throw new FormulaFault(`"${op}" gives a date outside the years 1700-4000`, pos);
      return { type, value: formatDate(x) };
    case 'DateTime':
      if (!isDayInRange(Math.floor(x / MS_PER_DAY))) throw new FormulaFault(`"${op}" gives a date outside the years 1700-4000`, pos);
      return { type, value: formatDateTime(x) };
    case 'Time': return { type, value: formatTime(x) };
    default: return { type, value: tidy(x, pos, `"${op}"`) };
  }
}

/** `+` and `-`. */
function addOrSubtract(op: '+' | '-', a: FlowValue, b: FlowValue, pos: number): FlowValue {
  const fa = familyOf(a), fb = familyOf(b);
  if (op === '+' && (fa === 'text' || fb === 'text') && (fa === 'text' || fa === 'null') && (fb === 'text' || fb === 'null')) {
    return concatenate(a, b, pos);
  }
  if (fa === 'null' && fb === 'null') return NULL_FLOW_VALUE;
  const fitting = ARITHMETIC_RULES.filter((r) => r.op === op && (r.left === fa || fa === 'null') && (r.right === fb || fb === 'null'));
  const rule = fitting[0];
  if (!rule) return typeMismatch(op, a, b, pos);
  // an untyped null (a field the record was given without) fits rules of different result types
  // (`{!$Record.Renewal__c} - 70`: Number, Date, Date/Time, Time): its type is not known, nor the result's
  if (fitting.some((r) => r.result !== rule.result)) return NULL_FLOW_VALUE;
  const resultType = rule.left === 'number' && rule.right === 'number' ? numericResultType(a, b) : rule.result;
  const x = scalarOf(a, rule.left), y = scalarOf(b, rule.right);
  if (typeof x !== 'number' || typeof y !== 'number') return nullOf(resultType);
  return fromScalar(resultType, rule.compute(x, y), pos, op);
}

/** `*`, `/` and `^`: numbers only. */
function multiplicative(op: '*' | '/' | '^', a: FlowValue, b: FlowValue, pos: number): FlowValue {
  const fa = familyOf(a), fb = familyOf(b);
  if ((fa !== 'number' && fa !== 'null') || (fb !== 'number' && fb !== 'null')) return typeMismatch(op, a, b, pos);
  const type = numericResultType(a, b);
  const x = scalarOf(a, 'number'), y = scalarOf(b, 'number');
  if (typeof x !== 'number' || typeof y !== 'number') return nullOf(type);
  if (op === '/' && y === 0) throw new FormulaFault('division by zero', pos);
  const result = op === '*' ? x * y : op === '/' ? x / y : x ** y;
  if (Number.isNaN(result)) throw new FormulaFault(`"^" cannot raise ${x} to the power ${y}`, pos);
  return { type, value: tidy(result, pos, `"${op}"`) };
}

/** `&`: joins text; a null reads as empty text. */
export function concatenate(a: FlowValue, b: FlowValue, pos: number, op = '&'): FlowValue {
  for (const side of [a, b]) {
    const family = familyOf(side);
    if (family !== 'text' && family !== 'null') {
      throw new FormulaFault(`"${op}" joins text, but one side is ${describeType(side)} (convert it with TEXT())`, pos);
    }
  }
  const left = String(a.value ?? ''), right = String(b.value ?? '');
  checkTextLength(left.length + right.length, pos, `"${op}"`);
  return textValue(left + right);
}

/** Both sides' families must match (numbers with numbers, text with text, …); a typed null matches its own type. */
function comparableFamily(op: string, a: FlowValue, b: FlowValue, pos: number): TypeFamily {
  const fa = familyOf(a), fb = familyOf(b);
  if (fa === 'null') return fb;
  if (fb === 'null' || fa === fb) return fa;
  return typeMismatch(op, a, b, pos);
}

/** `=` and `<>` (and CASE): true when the two values are equal. */
export function valuesEqual(op: string, a: FlowValue, b: FlowValue, pos: number): boolean {
  const family = comparableFamily(op, a, b, pos);
  if (family === 'text') return String(a.value ?? '') === String(b.value ?? '');
  if (a.value === null || b.value === null) return a.value === null && b.value === null;
  if (family === 'boolean') return a.value === b.value;
  if (family === 'record' || family === 'collection') {
    throw new FormulaFault(`"${op}" cannot compare ${describeType(a)} values (compare a field instead)`, pos);
  }
  const x = scalarOf(a, family), y = scalarOf(b, family);
  return typeof x === 'number' && typeof y === 'number' ? numbersEqual(x, y) : x === y;
}

/** `<`, `>`, `<=`, `>=`. */
function ordering(op: '<' | '>' | '<=' | '>=', a: FlowValue, b: FlowValue, pos: number): boolean {
  const family = comparableFamily(op, a, b, pos);
  if (family === 'boolean' || family === 'record' || family === 'collection') {
    throw new FormulaFault(`"${op}" cannot order ${describeType(a.value === null ? b : a)} values`, pos);
  }
  const x = scalarOf(a, family), y = scalarOf(b, family);
  if (x === null || y === null) return false;
  if (typeof x === 'number' && typeof y === 'number' && numbersEqual(x, y)) return op === '<=' || op === '>=';
  switch (op) {
    case '<': return x < y;
    case '>': return x > y;
    case '<=': return x <= y;
    case '>=': return x >= y;
  }
}

/** The truth of a Boolean operand; a null reads as false. */
export function truthOf(v: FlowValue, pos: number, what: string): boolean {
  const value = withInferredType(v);
  if (value.value === null) return false;
  if (familyOf(value) !== 'boolean') throw new FormulaFault(`${what} needs a Boolean, not ${describeType(value)}`, pos);
  return value.value === true;
}

/** Applies a binary operator other than `&&` and `||` (those short-circuit in the evaluator). */
export function applyBinary(op: Exclude<BinaryOperator, '&&' | '||'>, left: FlowValue, right: FlowValue, pos: number): FlowValue {
  if (op === '&') return concatenate(inferAs(left, ['text']), inferAs(right, ['text']), pos);
  const a = inferBeside(left, right), b = inferBeside(right, left);
  switch (op) {
    case '+': case '-': return addOrSubtract(op, a, b, pos);
    case '*': case '/': case '^': return multiplicative(op, a, b, pos);
    case '=': return booleanValue(valuesEqual(op, a, b, pos));
    case '!=': return booleanValue(!valuesEqual('<>', a, b, pos));
    case '<': case '>': case '<=': case '>=': return booleanValue(ordering(op, a, b, pos));
  }
}

/** Applies a unary operator: `-` and `+` on numbers, `!` on Booleans. */
export function applyUnary(op: UnaryOperator, operand: FlowValue, pos: number): FlowValue {
  const v = withInferredType(operand);
  if (op === '!') return booleanValue(!truthOf(v, pos, '"!"'));
  const family = familyOf(v);
  if (family !== 'number' && family !== 'null') throw new FormulaFault(`"${op}" needs a number, not ${describeType(v)}`, pos);
  if (v.value === null) return nullOf(family === 'null' ? 'Number' : v.type);
  const x = Number(v.value);
  return { type: v.type, value: op === '-' ? (x === 0 ? 0 : -x) : x };
}
