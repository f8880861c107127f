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

/** The record `id`, or a fault saying that it does not exist (the element's fault connector may catch it). */
export function existing(frame: Frame, element: string, id: string | undefined, verb: string): OrgRecord {
  const rec = id === undefined ? undefined : frame.org.get(id);
  if (!rec) throw fault(id === undefined ? `${element}: the record to ${verb} has no Id` : `${element}: there is no record with Id ${id} to ${verb} (it does not exist or was deleted)`);
  return rec;
}

/** Sets fields of an existing record; the report lists only the fields whose value changed. */
export function updateRecord(frame: Frame, element: string, rec: OrgRecord, changes: Readonly<Record<string, FieldValue>>): void {
  const id = String(rec.fields.Id);
  const before: Record<string, FieldValue> = {};
  const after: Record<string, FieldValue> = {};
  for (const field of Object.keys(changes)) {
    if (field.toLowerCase() === 'id') continue;
    const old = readField(rec, field);
    const next = changes[field] ?? null;
    if (old !== next) { before[field] = old; after[field] = next; }
  }
  frame.org.update(id, changes);
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
