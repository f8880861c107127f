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
    case 'Unknown': {
      if (v.value === null) return 'null';
      const inferred = withInferredType(v);
      return inferred.type === 'Unknown' ? 'collection' : familyOf(inferred);
    }
  }
}

/** A type's name as an admin reads it in messages. */
export function describeType(v: FlowValue): string {
  if (v.collection) return `a collection of ${v.type}`;
  if (v.type === 'Unknown') {
    if (v.value === null) return 'NULL';
    const inferred = withInferredType(v);
    return inferred.type === 'Unknown' ? 'a list' : describeType(inferred);
  }
  return v.type === 'DateTime' ? 'Date/Time' : v.type;
}

/**
 * An untyped value read as one of the `wanted` families when its content allows it: untyped text
 * that looks like a date is a Date where a Date is wanted and Text where Text is wanted (a record
 * field holding "2025-01-06" may be either).
 */
export function inferAs(v: FlowValue, wanted: readonly TypeFamily[]): FlowValue {
  const inferred = withInferredType(v);
  if (v.type !== 'Unknown' || typeof v.value !== 'string' || wanted.includes(familyOf(inferred))) return inferred;
  return wanted.includes('text') ? { type: 'Text', value: v.value } : inferred;
}

/** An untyped value read like its partner in a comparison or an operation (text beside text). */
export function inferBeside(v: FlowValue, partner: FlowValue): FlowValue {
  const partnerFamily = familyOf(withInferredType(partner));
  return partnerFamily === 'text' ? inferAs(v, ['text']) : withInferredType(v);
}
