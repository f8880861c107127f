/**
 * Flow metadata data types → the value model's types, and converting values between them (inputs
 * given as JSON, values assigned to a variable of another type), as Flow does: numbers written as
 * text, text that holds a number, `true`/`false` text for Booleans.
 */
import { calendarProblem } from '../../model/calendarDate';
import { formatDateTime, instantOf } from '../formula/dates';
import { roundHalfAwayFromZero } from '../formula/numbers';
import type { FieldValue } from '../org/simulatedOrg';
import { nullOf, type FlowDataType, type FlowValue } from '../values';
import { fault } from './stop';

const TYPES: Readonly<Record<string, FlowDataType>> = {
  String: 'Text', Text: 'Text', Number: 'Number', Currency: 'Currency', Boolean: 'Boolean', Date: 'Date', DateTime: 'DateTime',
  Time: 'Time', Picklist: 'Picklist', Multipicklist: 'MultiPicklist', MultiPicklist: 'MultiPicklist', SObject: 'Record', Record: 'Record',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** The value type of a metadata `dataType` (`Apex` and unknown types are Unknown). */
export function flowTypeOf(dataType: string | undefined): FlowDataType {
  return TYPES[dataType ?? ''] ?? 'Unknown';
}

/** True for the types whose values are numbers. */
export function isNumeric(type: FlowDataType): boolean {
  return type === 'Number' || type === 'Currency';
}

/** True for the types whose values are text. */
export function isTextual(type: FlowDataType): boolean {
  return type === 'Text' || type === 'Picklist' || type === 'MultiPicklist';
}

/** A date-time in UTC ISO form without zero milliseconds; null when `text` is not an ISO date or date-time. */
export function normalDateTime(text: string): string | null {
  const ms = instantOf(text);
  return ms === null ? null : formatDateTime(ms);
}

/** One scalar converted to `type`; `undefined` when it cannot be. */
function scalarTo(raw: unknown, type: FlowDataType): FlowValue['value'] | undefined {
  if (raw === null || raw === undefined) return null;
  if (type === 'Unknown') return raw as FlowValue['value'];
  if (isTextual(type) || type === 'Time') {
    if (typeof raw === 'string') return raw;
    if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
    return undefined;
  }
  if (isNumeric(type)) {
    if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
    if (typeof raw === 'string') return raw.trim() === '' ? null : Number.isFinite(Number(raw)) ? Number(raw) : undefined;
    return undefined;
  }
  if (type === 'Boolean') {
    if (typeof raw === 'boolean') return raw;
    if (raw === 'true' || raw === 'false') return raw === 'true';
    return undefined;
  }
  // a well-shaped day that does not exist (2024-02-30, month 13) is no date: JavaScript would roll it over
  if ((type === 'Date' || type === 'DateTime') && typeof raw === 'string' && calendarProblem(raw) !== null) return undefined;
  if (type === 'Date') {
    if (typeof raw !== 'string') return undefined;
    if (DATE.test(raw)) return raw;
    return DATE_TIME.test(raw) ? normalDateTime(raw)?.slice(0, 10) ?? undefined : undefined;
  }
  if (type === 'DateTime') {
    if (typeof raw !== 'string') return undefined;
    if (DATE.test(raw)) return `${raw}T00:00:00Z`;
    return DATE_TIME.test(raw) ? normalDateTime(raw) ?? undefined : undefined;
  }
  if (type === 'Record') return isPlainObject(raw) ? recordFields(raw) : undefined;
  return undefined;
}

function isPlainObject(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

/** The scalar fields of a record-like object (nested objects and arrays are not fields; unsafe keys dropped). */
export function recordFields(raw: Readonly<Record<string, unknown>>): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const key of Object.keys(raw)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const v = raw[key];
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[key] = v;
  }
  return out;
}

/**
 * `raw` (JSON, or another value's payload) as a value of `type`, a collection when `collection`.
 * Throws a fault naming `what` when it cannot be converted.
 */
export function convert(raw: unknown, type: FlowDataType, collection: boolean, what: string): FlowValue {
  if (collection) {
    if (raw === null || raw === undefined) return { type, value: null, collection: true };
    const items = Array.isArray(raw) ? raw : [raw];
    return { type, value: items.map((item, i) => convertItem(item, type, `${what}[${i}]`)), collection: true };
  }
  if (Array.isArray(raw)) throw fault(`${what}: a list cannot be stored in a single ${label(type)} value`);
  return { type, value: convertItem(raw, type, what) };
}

function convertItem(raw: unknown, type: FlowDataType, what: string): FlowValue['value'] {
  const value = scalarTo(raw, type);
  if (value === undefined) throw fault(`${what}: ${JSON.stringify(raw)?.slice(0, 80)} is not a valid ${label(type)}`);
  return value;
}

/** A value given to a resource of `type` (assignment, output): converted, or a fault naming `what`. */
export function fitTo(value: FlowValue, type: FlowDataType, collection: boolean, what: string): FlowValue {
  if (value.value === null) return collection ? { type, value: null, collection: true } : nullOf(type);
  if (value.collection && !collection) throw fault(`${what}: a collection cannot be stored in a single ${label(type)} value`);
  return convert(value.value, type, collection, what);
}

/** The word an admin knows for a type. */
export function label(type: FlowDataType): string {
  return type === 'Record' ? 'record' : type === 'Unknown' ? 'value' : type;
}

/** The most decimal places Flow Builder offers a Number or Currency resource. */
const MAX_SCALE = 17;

/**
 * A Number or Currency value rounded to `scale` decimal places (a variable's or a formula's
 * `<scale>`), half away from zero as ROUND and number fields round (*chosen*: Salesforce does not say
 * how a resource's decimal places round); each item of a collection. Any other value, or no scale
 * (a file without `<scale>`), is returned as it is.
 */
export function toScale(value: FlowValue, scale: number | undefined): FlowValue {
  if (scale === undefined || !isNumeric(value.type) || value.value === null) return value;
  const places = Math.min(Math.max(Math.trunc(scale), 0), MAX_SCALE);
  const round = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? roundHalfAwayFromZero(n, places) : n);
  if (Array.isArray(value.value)) return { ...value, value: value.value.map(round) };
  return typeof value.value === 'number' ? { ...value, value: round(value.value) as number } : value;
}
