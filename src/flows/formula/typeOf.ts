/**
 * How the evaluator sees a value's type. Unknown values (a record field read by path, whose type
 * nobody declared) are typed by what they hold: a boolean is a Boolean, a number a Number,
 * `YYYY-MM-DD` a Date, an ISO date-time a DateTime, any other text Text. Related types share a
 * family: Currency computes like Number, Picklist and MultiPicklist read like Text (record fields
 * often arrive untyped, so a strict picklist/text split would refuse formulas Salesforce accepts).
 */
import type { FlowDataType, FlowValue } from '../values';
import { parseDate, parseDateTime } from './dates';

export type TypeFamily = 'number' | 'text' | 'boolean' | 'date' | 'dateTime' | 'time' | 'record' | 'collection' | 'null';

/** The value with Unknown replaced by the type its content shows (nulls stay Unknown). */
export function withInferredType(v: FlowValue): FlowValue {
  if (v.type !== 'Unknown' || v.value === null || v.collection) return v;
  return { type: inferType(v.value), value: v.value };
}

function inferType(value: FlowValue['value']): FlowDataType {
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'number') return 'Number';
  if (typeof value === 'string') {
    if (value.length === 10 && parseDate(value) !== null) return 'Date';
    if (value.length >= 16 && value.length <= 40 && parseDateTime(value) !== null) return 'DateTime';
    return 'Text';
  }
  return Array.isArray(value) ? 'Unknown' : 'Record';
}

/** The family of a (type-inferred) value; a null of unknown type is 'null'. */
export function familyOf(v: FlowValue): TypeFamily {
  if (v.collection) return 'collection';
  switch (v.type) {
    case 'Number': case 'Currency': return 'number';
    case 'Text': case 'Picklist': case 'MultiPicklist': return 'text';
    case 'Boolean': return 'boolean';
    case 'Date': return 'date';
    case 'DateTime': return 'dateTime';
    case 'Time': return 'time';
    case 'Record': return 'record';
    case 'Unknown': return v.value === null ? 'null' : withInferredType(v).type === 'Unknown' ? 'collection' : familyOf(withInferredType(v));
  }
}

/** A type's name as an admin reads it in messages. */
export function describeType(v: FlowValue): string {
  if (v.collection) return `a collection of ${v.type}`;
  if (v.type === 'Unknown') return v.value === null ? 'NULL' : describeType(withInferredType(v));
  return v.type === 'DateTime' ? 'Date/Time' : v.type;
}
