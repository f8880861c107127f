/**
 * Operators a requirement offers for its resource's type (R60): ordering for Number, Date and
 * DateTime; Contains/StartsWith/EndsWith for Text and statuses (statuses compare as text, R63);
 * every type can test null, blank and "was set".
 */
import type { Operator } from '../../model/types';
import type { ResourceType } from './resourceTypes';

/** Operator names come from the one glossary (the explanations use the same words). */
export { OPERATOR_LABELS } from '../../model/glossary';

const EQUALITY: Operator[] = ['EqualTo', 'NotEqualTo'];
const ORDERING: Operator[] = ['GreaterThan', 'GreaterThanOrEqualTo', 'LessThan', 'LessThanOrEqualTo'];
const TEXT: Operator[] = ['Contains', 'StartsWith', 'EndsWith'];
const PRESENCE: Operator[] = ['IsNull', 'IsBlank', 'WasSet'];

/** The operators that suit a resource of `type`, in the order the picker lists them. */
export function operatorsFor(type: ResourceType): Operator[] {
  switch (type) {
    case 'Number':
    case 'Date':
    case 'DateTime':
      return [...EQUALITY, ...ORDERING, ...PRESENCE];
    case 'Text':
      return [...EQUALITY, ...TEXT, ...PRESENCE];
    case 'Status':
      return [...EQUALITY, ...TEXT, 'IsNull', 'IsBlank'];
    case 'Boolean':
    case 'Record':
      return [...EQUALITY, ...PRESENCE];
    case 'Unknown':
      return [...EQUALITY, ...ORDERING, ...TEXT, ...PRESENCE];
  }
}

/** Operators whose right side is true/false rather than a comparison value (R62). */
export function isPresenceOperator(op: Operator): boolean {
  return PRESENCE.includes(op);
}
