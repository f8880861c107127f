/**
 * Record queries on the simulated org for Get, Update and Delete Records: filters with their logic
 * (SOQL compares text case-insensitively), sort (nulls first ascending, last descending, as SOQL
 * does; ties keep insertion order), and record values as variables hold them.
 */
import { evaluateLogic, parseLogic } from '../../model/logic';
import type { RecordFilter } from '../definition';
import { readField, type FieldValue, type OrgRecord } from '../org/simulatedOrg';
import type { FlowValue } from '../values';
import { asBeforeTheSave } from './beforeSave';
import { DEPLOYED_LOGIC } from './deployedLogic';
import type { Frame } from './frame';
import { compare } from './operators';
import { fault } from './stop';

/** The object name as the org spells it (object names are case-insensitive). */
export function orgObject(frame: Frame, object: string): string {
  return frame.org.objects().find((o) => o.toLowerCase() === object.toLowerCase()) ?? object;
}

/** What a Get Records element and a record choice set both ask of the org. */
export interface RecordQuery {
  readonly object: string;
  readonly filters: readonly RecordFilter[];
  readonly filterLogic?: string | undefined;
  readonly sortField?: string | undefined;
  readonly sortOrder?: 'Asc' | 'Desc' | undefined;
  /** At most this many (a negative limit is none). */
  readonly limit?: number | undefined;
}

/**
 * The records a query finds (filters, sort, limit), listed in the run's `recordsRead` under `element`
 * (the Get Records element, or the screen whose choice set ran it).
 */
export function readRecords(frame: Frame, query: RecordQuery, element: string, where: string): OrgRecord[] {
  const object = orgObject(frame, query.object);
  let found = queryRecords(frame, object, query.filters, query.filterLogic, where);
  if (query.sortField) found = sortRecords(found, query.sortField, query.sortOrder ?? 'Asc');
  if (query.limit !== undefined && query.limit >= 0) found = found.slice(0, query.limit);
  frame.report.recordsRead.push({ element, object, ids: found.map((r) => String(r.fields.Id)) });
  return found;
}

/**
 * The records of `object` that pass `filters` under `logic`, in insertion order; a before-save
 * flow's own triggering record as the database holds it before the save (beforeSave.ts).
 */
export function queryRecords(frame: Frame, object: string, filters: readonly RecordFilter[], logic: string | undefined, where: string): OrgRecord[] {
  const records = asBeforeTheSave(frame, frame.org.recordsOf(orgObject(frame, object)));
  if (filters.length === 0) return records;
  const parsed = parseLogic(logic, filters.length, DEPLOYED_LOGIC);
  if (!parsed.ok) throw fault(`${where}: filter logic "${logic}": ${parsed.error.message}`);
  const rights = filters.map((f) => frame.valueOf(f.value));
  return records.filter((rec) =>
    evaluateLogic(parsed.ast, (n) => {
      const filter = filters[n - 1]!;
      return compare(filter.operator, { type: 'Unknown', value: readField(rec, filter.field) }, rights[n - 1]!, true);
    }),
  );
}

/** Sorts by `field` (stable); nulls first ascending and last descending. */
export function sortRecords(records: OrgRecord[], field: string, order: 'Asc' | 'Desc'): OrgRecord[] {
  const sign = order === 'Desc' ? -1 : 1;
  return records
    .map((rec, i) => ({ rec, i, v: readField(rec, field) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : (a.v === null ? -1 : 1) * sign;
      const diff = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v) < String(b.v) ? -1 : String(a.v) > String(b.v) ? 1 : 0;
      return diff !== 0 ? diff * sign : a.i - b.i;
    })
    .map((x) => x.rec);
}

/** A record as a variable holds it (a copy of its fields). */
export function recordValue(rec: OrgRecord): FlowValue {
  return { type: 'Record', value: { ...rec.fields } };
}

/** A collection of records as a variable holds it. */
export function recordCollection(records: readonly OrgRecord[]): FlowValue {
  return { type: 'Record', value: records.map((r) => ({ ...r.fields })), collection: true };
}

/** The records held by a record or record-collection value (nulls skipped). */
export function recordsIn(value: FlowValue): Record<string, FieldValue>[] {
  if (value.value === null) return [];
  const list = Array.isArray(value.value) ? (value.value as unknown[]) : [value.value];
  return list.filter((r): r is Record<string, FieldValue> => typeof r === 'object' && r !== null && !Array.isArray(r));
}

/** The Id field of a record's fields (any spelling), or undefined. */
export function idOf(fields: Readonly<Record<string, FieldValue>>): string | undefined {
  const key = Object.keys(fields).find((k) => k.toLowerCase() === 'id');
  const id = key === undefined ? undefined : fields[key];
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** `fields` without the Id. */
export function withoutId(fields: Readonly<Record<string, FieldValue>>): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const key of Object.keys(fields)) if (key.toLowerCase() !== 'id') out[key] = fields[key] ?? null;
  return out;
}
