/**
 * R60/R63: the operator suits the left resource's type, as in Flow Builder, and the right value's
 * type is compatible. Only applied when the left type is known (variables, record fields that
 * have a value, statuses).
 */
import { STATUS_VALUES } from './schemaConstants';
import type { Operator, RightValue } from './types';
import { calendarProblem } from './calendarDate';
import type { ResourceType } from './validateResolve';

const ORDERING: ReadonlySet<Operator> = new Set(['GreaterThan', 'GreaterThanOrEqualTo', 'LessThan', 'LessThanOrEqualTo']);
const TEXT_TESTS: ReadonlySet<Operator> = new Set(['Contains', 'StartsWith', 'EndsWith']);
/** Operators whose right side is True or False (R62). */
export const FLAG_OPERATORS: ReadonlySet<Operator> = new Set(['IsNull', 'IsBlank', 'WasSet']);
const ALWAYS: Operator[] = ['EqualTo', 'NotEqualTo'];
const FLAGS: Operator[] = ['IsNull', 'IsBlank', 'WasSet'];

type KnownType = NonNullable<ResourceType>;

const ALLOWED: Record<KnownType, Operator[]> = {
  Text: [...ALWAYS, 'Contains', 'StartsWith', 'EndsWith', ...FLAGS],
  Status: [...ALWAYS, 'Contains', 'StartsWith', 'EndsWith', ...FLAGS],
  Number: [...ALWAYS, 'GreaterThan', 'GreaterThanOrEqualTo', 'LessThan', 'LessThanOrEqualTo', ...FLAGS],
  Date: [...ALWAYS, 'GreaterThan', 'GreaterThanOrEqualTo', 'LessThan', 'LessThanOrEqualTo', ...FLAGS],
  DateTime: [...ALWAYS, 'GreaterThan', 'GreaterThanOrEqualTo', 'LessThan', 'LessThanOrEqualTo', ...FLAGS],
  Boolean: [...ALWAYS, ...FLAGS],
  Record: [...ALWAYS, ...FLAGS],
};

const TYPE_WORD: Record<KnownType, string> = {
  Text: 'Text', Status: 'status (text)', Number: 'Number', Date: 'Date', DateTime: 'Date/Time', Boolean: 'Boolean', Record: 'Record',
};

/** The type of a literal right value; `ref` values are resolved by the caller. */
export function literalType(right: RightValue): KnownType | null {
  if ('string' in right) return 'Text';
  if ('number' in right) return 'Number';
  if ('boolean' in right) return 'Boolean';
  if ('date' in right) return 'Date';
  if ('dateTime' in right) return 'DateTime';
  return null;
}

function compatible(left: KnownType, right: KnownType): boolean {
  if (left === right) return true;
  const textual = (t: KnownType): boolean => t === 'Text' || t === 'Status';
  return textual(left) && textual(right);
}

/** Why `operator` does not suit a left side of type `leftType`, or null. */
export function operatorProblem(operator: Operator, leftType: ResourceType, left: string): string | null {
  if (leftType === null) return null;
  if (ALLOWED[leftType].includes(operator)) return null;
  const reason = ORDERING.has(operator) ? 'ordering applies to numbers, dates and date/times' : TEXT_TESTS.has(operator) ? 'text tests apply to text' : '';
  return `${operator} does not apply to ${left}, a ${TYPE_WORD[leftType]} value (${reason}): use ${ALLOWED[leftType].join(', ')}`;
}

/**
 * Why `right` (of type `rightType` when it is a reference) does not go with the left side, or null.
 * A missing right side means "empty" for EqualTo/NotEqualTo; other operators need one.
 */
export function rightProblem(operator: Operator, leftType: ResourceType, left: string, right: RightValue | undefined, refType: ResourceType): string | null {
  if (!right) return operator === 'EqualTo' || operator === 'NotEqualTo' ? null : FLAG_OPERATORS.has(operator) ? `${operator} needs a value: choose true or false` : `${operator} needs a value to compare ${left} with`;
  const day = 'date' in right ? calendarProblem(right.date) : 'dateTime' in right ? calendarProblem(right.dateTime) : null;
  if (day) return day;
  const rightType = 'ref' in right ? refType : literalType(right);
  if (FLAG_OPERATORS.has(operator)) {
    return rightType === null || rightType === 'Boolean' ? null : `${operator} takes true or false, not a ${TYPE_WORD[rightType]} value`;
  }
  if (leftType === 'Status' && 'string' in right && !(STATUS_VALUES as readonly string[]).includes(right.string) && !TEXT_TESTS.has(operator)) {
    return `"${right.string}" is not a status: statuses are ${STATUS_VALUES.join(', ')}`;
  }
  if (leftType === null || rightType === null || compatible(leftType, rightType)) return null;
  return `${left} is a ${TYPE_WORD[leftType]} value and cannot be compared with a ${TYPE_WORD[rightType]} value`;
}
