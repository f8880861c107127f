/** Writing record changes to the org and to the report, with the fields before and after. */
import { readField, type FieldValue, type OrgRecord } from '../../org/simulatedOrg';
import type { Frame } from '../frame';
import { fault } from '../stop';

/** Creates a record; returns its Id. */
export function createRecord(frame: Frame, element: string, object: string, fields: Readonly<Record<string, FieldValue>>): string {
  const id = frame.org.insert(object, fields);
  frame.report.recordChanges.push({ element, operation: 'create', object, id, after: { ...frame.org.get(id)!.fields } });
  return id;
}

/** The record variable or collection an Update or Delete Records element was given (`inputReference`), named in the fault of a record without an Id. */
export interface RecordSource {
  readonly reference: string;
  readonly collection: boolean;
}

/** The record `id`, or a fault saying that it does not exist (the element's fault connector may catch it). */
export function existing(frame: Frame, element: string, id: string | undefined, verb: 'update' | 'delete', source: RecordSource): OrgRecord {
  const rec = id === undefined ? undefined : frame.org.get(id);
  if (!rec) throw fault(id === undefined ? withoutId(element, verb, source) : `${element}: there is no record with Id ${id} to ${verb} (it does not exist or was deleted)`);
  return rec;
}

/**
 * A record without an Id cannot be updated or deleted: the element finds the record by its Id. The
 * fault names the variable that holds it (survey 13: eleven runs stopped at "the record to update has
 * no Id", where the flows had set {!case.Id} from an input or a field the run did not give).
 */
function withoutId(element: string, verb: 'update' | 'delete', source: RecordSource): string {
  const what = verb === 'update' ? 'Update Records changes' : 'Delete Records deletes';
  return source.collection
    ? `${element}: a record in {!${source.reference}} has no Id, and ${what} the record its Id names (set its Id, or find the records with Get Records first)`
    : `${element}: {!${source.reference}} has no Id, and ${what} the record its Id names (set {!${source.reference}.Id}, or find the record with Get Records first)`;
}

/** Sets fields of an existing record; the report lists only the fields whose value changed. */
export function updateRecord(frame: Frame, element: string, rec: OrgRecord, changes: Readonly<Record<string, FieldValue>>): void {
  const id = String(rec.fields.Id);
  const before: Record<string, FieldValue> = {};
  const after: Record<string, FieldValue> = {};
  frame.org.update(id, changes);
  // what the org stored, not what was written: a null in a project's Checkbox is stored false (org/omittedCheckboxes.ts)
  const updated = frame.org.get(id)!;
  for (const field of Object.keys(changes)) {
    if (field.toLowerCase() === 'id') continue;
    const old = readField(rec, field);
    const next = readField(updated, field);
    if (old !== next) { before[field] = old; after[field] = next; }
  }
  frame.report.recordChanges.push({ element, operation: 'update', object: rec.object, id, before, after });
}

/** Deletes an existing record. */
export function deleteRecord(frame: Frame, element: string, rec: OrgRecord): void {
  const id = String(rec.fields.Id);
  frame.org.delete(id);
  frame.report.recordChanges.push({ element, operation: 'delete', object: rec.object, id, before: { ...rec.fields } });
}

/** A value for a record field: a single scalar (a record gives its Id), or a fault. */
export function fieldValue(element: string, field: string, raw: unknown): FieldValue {
  if (raw === null || typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (typeof raw === 'object' && !Array.isArray(raw)) {
    const rec = raw as Record<string, unknown>;
    const key = Object.keys(rec).find((k) => k.toLowerCase() === 'id');
    if (key !== undefined && typeof rec[key] === 'string') return rec[key] as string;
  }
  throw fault(`${element}: the field ${field} takes one value, not a list or a record without Id`);
}
