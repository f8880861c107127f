/**
 * `$Record = {!someRecord}`: a whole record assigned to the triggering record, as a record-triggered
 * flow does when it hands `$Record` to a subflow and takes the subflow's changed copy back (survey 19:
 * an Active after-save Opportunity trigger assigns two subflows' `objCurrentOpportunity` outputs to
 * `$Record`, then runs Update Records on `$Record`). The record's fields are written into `$Record`
 * one by one, as if each were assigned (those it holds as `$Record` reads them are no change), and a field it does not hold keeps its value (*chosen*: the
 * copy came from `$Record`, so what it lacks was not changed). Another record — an Id that is not
 * `$Record`'s — or no record is left unsupported: the run would then be about a record it was not
 * started for.
 */
import type { FieldValue } from '../org/simulatedOrg';
import type { FlowValue } from '../values';
import { unsupported } from './stop';

/** An Id's case-sensitive 15-character form, so a 15- and an 18-character Id of one record agree. */
const shortId = (id: unknown): string | undefined => (typeof id === 'string' && id.length >= 15 ? id.slice(0, 15) : undefined);

const idOf = (fields: Readonly<Record<string, unknown>>): unknown => fields[Object.keys(fields).find((k) => k.toLowerCase() === 'id') ?? 'Id'];

/** Writes the fields of `value` that differ from `current` (`$Record` as it reads now) into `edits` (keyed by lower-case field name), or throws unsupported. */
export function assignWholeRecord(edits: Map<string, { field: string; value: FieldValue }>, reference: string, value: FlowValue, current: FlowValue): void {
  const given = value.value;
  if (value.collection === true || given === null || typeof given !== 'object' || Array.isArray(given)) {
    throw unsupported(`assigning ${given === null ? 'no record' : 'a value that is not one record'} to {!${reference}} is not simulated (a record or a field of $Record)`, { reference });
  }
  const fields = given as Readonly<Record<string, unknown>>;
  const now = (current.value ?? {}) as Readonly<Record<string, unknown>>;
  const assignedId = shortId(idOf(fields));
  if (assignedId !== undefined && assignedId !== shortId(idOf(now))) {
    throw unsupported(`{!${reference}} is assigned another record (Id ${String(idOf(fields))}), which is not simulated: the run is about the record it was started for`, { reference });
  }
  for (const [field, fieldValue] of Object.entries(fields)) {
    // a related record read along with it (Account of an Opportunity) is not a field to write
    if (fieldValue !== null && typeof fieldValue === 'object') continue;
    // a field as $Record already reads it is no change (the save times an after-save $Record is read with)
    const before = Object.keys(now).find((k) => k.toLowerCase() === field.toLowerCase());
    if (before !== undefined && now[before] === fieldValue) continue;
    edits.set(field.toLowerCase(), { field, value: fieldValue as FieldValue });
  }
}
