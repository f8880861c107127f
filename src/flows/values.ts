/**
 * The typed value model shared by the formula evaluator and the Flow interpreter. A value carries
 * its Flow data type, so a null still knows what it is a null of (`{!amount} + 1` with an empty
 * Number variable is a null Number, not an error).
 *
 * Representation (chosen so values serialise to JSON as they are, for traces):
 * - Text, Picklist, MultiPicklist (`a;b;c`): string; Number, Currency: number; Boolean: boolean;
 * - Date: `YYYY-MM-DD`; DateTime: ISO 8601 UTC (`2025-01-06T09:00:00Z`); Time: `HH:MM:SS.sssZ`;
 * - Record: its field values (see `src/flows/org/simulatedOrg.ts` FieldValue);
 * - a collection: an array of the element values, with `collection: true`;
 * - Unknown: a value whose type nobody declared (a record field read by path); the formula
 *   evaluator infers it from the value itself.
 */

/** The data types of Flow resources (`<dataType>` in flow metadata), plus Unknown. */
export type FlowDataType =
  | 'Text'
  | 'Number'
  | 'Currency'
  | 'Boolean'
  | 'Date'
  | 'DateTime'
  | 'Time'
  | 'Picklist'
  | 'MultiPicklist'
  | 'Record'
  | 'Unknown';

/** A typed value of a flow resource or a formula result. */
export interface FlowValue {
  readonly type: FlowDataType;
  /** Date: 'YYYY-MM-DD'; DateTime: ISO 8601 UTC; Record: field values; collections: arrays */
  readonly value: string | number | boolean | null | Readonly<Record<string, unknown>> | readonly unknown[];
  readonly collection?: boolean;
}

/** A null of no particular type (the formula literal `NULL`, an unset resource of unknown type). */
export const NULL_FLOW_VALUE: FlowValue = Object.freeze({ type: 'Unknown', value: null });

/** Every data type name, for validating `<dataType>` read from a file. */
export const FLOW_DATA_TYPES: readonly FlowDataType[] = [
  'Text', 'Number', 'Currency', 'Boolean', 'Date', 'DateTime', 'Time', 'Picklist', 'MultiPicklist', 'Record', 'Unknown',
];

/** True when `name` is one of the FlowDataType names. */
export function isFlowDataType(name: string): name is FlowDataType {
  return (FLOW_DATA_TYPES as readonly string[]).includes(name);
}

/** A Text value (null stays a null Text). */
export function textValue(value: string | null): FlowValue {
  return { type: 'Text', value };
}

/** A Number value (null stays a null Number). */
export function numberValue(value: number | null): FlowValue {
  return { type: 'Number', value };
}

/** A Boolean value (null stays a null Boolean). */
export function booleanValue(value: boolean | null): FlowValue {
  return { type: 'Boolean', value };
}

/** A Date value from `YYYY-MM-DD` (null stays a null Date). */
export function dateValue(value: string | null): FlowValue {
  return { type: 'Date', value };
}

/** A DateTime value from an ISO 8601 UTC string (null stays a null DateTime). */
export function dateTimeValue(value: string | null): FlowValue {
  return { type: 'DateTime', value };
}

/** A null of the given type. */
export function nullOf(type: FlowDataType): FlowValue {
  return type === 'Unknown' ? NULL_FLOW_VALUE : { type, value: null };
}

/** True when the value is null (a collection is never null, even when empty). */
export function isNullValue(v: FlowValue): boolean {
  return v.value === null;
}
