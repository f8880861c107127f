/** The right-hand value a requirement row starts with, and how it reads back, per type. */
import type { Operator, RightValue } from '../../model/types';
import { isPresenceOperator } from './operators';
import type { ResourceType } from './resourceTypes';
import { runStartDateTime, runStartDay } from '../fields/runStart';


/** A valid starting value for a row reading a `type` resource with `operator`. */
export function defaultRight(type: ResourceType, operator: Operator): RightValue {
  if (isPresenceOperator(operator)) return { boolean: true };
  switch (type) {
    case 'Number': return { number: 0 };
    case 'Boolean': return { boolean: true };
    case 'Date': return { date: runStartDay() };
    case 'DateTime': return { dateTime: runStartDateTime() };
    case 'Status': return { string: 'Completed' };
    default: return { string: '' };
  }
}

/** True when `right` has the shape a `type` resource with `operator` expects (so it can stay). */
export function rightFits(right: RightValue | undefined, type: ResourceType, operator: Operator): boolean {
  if (!right) return false;
  if ('ref' in right) return true;
  if (isPresenceOperator(operator)) return 'boolean' in right;
  switch (type) {
    case 'Number': return 'number' in right;
    case 'Boolean': return 'boolean' in right;
    case 'Date': return 'date' in right;
    case 'DateTime': return 'dateTime' in right;
    case 'Status':
    case 'Text': return 'string' in right;
    default: return true;
  }
}
