/**
 * Assignment operators as Flow Builder defines them: Assign, Add (numbers, text, dates; an item or
 * list to a collection), Subtract, AddItem, AddAtStart, RemoveAll, RemoveFirst, RemoveAfterFirst,
 * RemoveBeforeFirst, RemoveUncommon, RemovePosition, AssignCount. Collections are copied, never
 * changed in place (another variable may hold the same list).
 */
import { formatDateTime, instantOf, isDayInRange, MAX_YEAR, MIN_YEAR, MS_PER_DAY } from '../../formula/dates';
import type { FlowValue } from '../../values';
import { isNumeric } from '../dataTypes';
import { sameValue } from '../operators';
import { fault, unsupported } from '../stop';

function itemsOf(value: FlowValue): unknown[] {
  if (value.value === null) return [];
  return Array.isArray(value.value) ? [...(value.value as unknown[])] : [value.value];
}

/**
 * `days` added to a Date or DateTime value. A value that is not a real ISO date, or a result outside
 * the years Salesforce holds, is a fault naming `what` (JavaScript's Date would roll a bad day over,
 * or throw on a time it cannot hold).
 */
function addDays(value: unknown, days: number, dateOnly: boolean, what: string): string {
  const base = instantOf(value);
  if (base === null) throw fault(`${what}: ${JSON.stringify(value)?.slice(0, 80)} is not a ${dateOnly ? 'Date' : 'DateTime'}`);
  const ms = base + days * MS_PER_DAY;
  if (!isDayInRange(Math.floor(ms / MS_PER_DAY))) throw fault(`${what}: ${days} days from ${JSON.stringify(value)} is outside the dates Salesforce holds (years ${MIN_YEAR} to ${MAX_YEAR})`);
  const iso = formatDateTime(ms);
  return dateOnly ? iso.slice(0, 10) : iso;
}

function numberOf(value: FlowValue, what: string): number {
  if (value.value === null) return 0;
  const n = typeof value.value === 'number' ? value.value : Number(value.value);
  if (!Number.isFinite(n)) throw fault(`${what}: ${JSON.stringify(value.value)} is not a number`);
  return n;
}

/**
 * A record field read from the org has no declared type (`Unknown`): a number in it (or, when it
 * is empty, a number added to it) makes it a Number field, as its Salesforce field type would.
 */
function effectiveType(current: FlowValue, operand: FlowValue): FlowValue['type'] {
  if (current.type !== 'Unknown') return current.type;
  if (typeof current.value === 'number') return 'Number';
  if (current.value === null && (typeof operand.value === 'number' || isNumeric(operand.type))) return 'Number';
  return 'Unknown';
}

function scalarAdd(current: FlowValue, operand: FlowValue, sign: 1 | -1, what: string): FlowValue['value'] {
  const type = effectiveType(current, operand);
  if (isNumeric(type)) return numberOf(current, what) + sign * numberOf(operand, what);
  if ((type === 'Date' || type === 'DateTime') && current.value !== null) {
    return addDays(current.value, sign * numberOf(operand, what), type === 'Date', what);
  }
  if (type === 'Date' || type === 'DateTime') return null;
  if (sign === 1 && (type === 'Text' || type === 'Picklist' || type === 'MultiPicklist' || type === 'Unknown')) {
    if (current.value === null && operand.value === null) return null;
    return `${current.value ?? ''}${operand.value ?? ''}`;
  }
  throw fault(`${what}: cannot ${sign === 1 ? 'add to' : 'subtract from'} a ${type} value`);
}

function firstIndex(list: readonly unknown[], item: unknown): number {
  return list.findIndex((x) => sameValue(x, item));
}

/** The list after a collection operator; `operand` may be one item or a list. */
function collectionResult(operator: string, current: FlowValue, operand: FlowValue, what: string): unknown[] | number {
  const list = itemsOf(current);
  const given = itemsOf(operand);
  const single = operand.collection ? given : [operand.value];
  switch (operator) {
    case 'Add':
    case 'AddItem':
      return operand.value === null ? list : [...list, ...single];
    case 'AddAtStart':
      return operand.value === null ? list : [...single, ...list];
    case 'RemoveAll':
      return list.filter((x) => !given.some((g) => sameValue(x, g)));
    case 'RemoveFirst': {
      const i = firstIndex(list, single[0]);
      return i < 0 ? list : [...list.slice(0, i), ...list.slice(i + 1)];
    }
    case 'RemoveAfterFirst': {
      const i = firstIndex(list, single[0]);
      return i < 0 ? list : list.slice(0, i + 1);
    }
    case 'RemoveBeforeFirst': {
      const i = firstIndex(list, single[0]);
      return i < 0 ? list : list.slice(i);
    }
    case 'RemoveUncommon':
      return list.filter((x) => given.some((g) => sameValue(x, g)));
    case 'RemovePosition': {
      const position = numberOf(operand, what);
      return position >= 1 && position <= list.length ? [...list.slice(0, position - 1), ...list.slice(position)] : list;
    }
    default:
      throw unsupported(`${what}: the operator ${operator} on a collection is not simulated`, { kind: operator });
  }
}

/**
 * The target's new value under `operator`. `targetIsCollection`: the variable holds a list.
 * AssignCount gives the number of items of the operand.
 */
export function applyOperator(operator: string, current: FlowValue, operand: FlowValue, targetIsCollection: boolean, what: string): FlowValue {
  if (operator === 'Assign') return operand;
  if (operator === 'AssignCount') return { type: 'Number', value: operand.collection || Array.isArray(operand.value) ? itemsOf(operand).length : operand.value === null ? 0 : 1 };
  if (targetIsCollection) {
    const result = collectionResult(operator, current, operand, what);
    return { type: current.type, value: result as FlowValue['value'], collection: true };
  }
  if (operator === 'Add') return { type: current.type, value: scalarAdd(current, operand, 1, what) };
  if (operator === 'Subtract') return { type: current.type, value: scalarAdd(current, operand, -1, what) };
  throw unsupported(`${what}: the operator ${operator} is not simulated on a single value`, { kind: operator });
}
