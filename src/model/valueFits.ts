/**
 * Whether a value a run writes into a resource fits its type: a scenario's `set`, and a step output
 * copied into its variable (R24) from the flow's behavior or a scenario's override. A Number
 * variable holding the text "5" compared as text ever after, so `n GreaterThan 1` never held.
 */
import { calendarProblem } from './calendarDate';
import type { ResourceType } from './validateResolve';

/** The variable types a JSON value can be assigned to (null fits any). */
function typesFitting(value: unknown): readonly string[] | null {
  if (value === null) return null;
  if (typeof value === 'number') return ['Number'];
  if (typeof value === 'boolean') return ['Boolean'];
  // a record's fields by name (a flow's output record copied into a Record variable)
  if (typeof value === 'object' && !Array.isArray(value)) return ['Record'];
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return ['Text', 'Date'];
    if (/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(value)) return ['Text', 'DateTime'];
    return ['Text'];
  }
  return [];
}

/**
 * Why `value` cannot go into `target` of type `type` (`n is a Number value and cannot be set to
 * "abc"`, or a day that does not exist for a Date), or null when it can or the type is not known.
 */
export function valueFitProblem(target: string, type: ResourceType, value: unknown): string | null {
  if (type === null || type === 'Status') return null;
  const fitting = typesFitting(value);
  if (fitting !== null && !fitting.includes(type)) return `${target} is a ${type} value and cannot be set to ${JSON.stringify(value)}`;
  // a day that does not exist (2025-02-30) has the shape; the run would compare it as no date at all
  if ((type === 'Date' || type === 'DateTime') && typeof value === 'string') return calendarProblem(value);
  return null;
}
