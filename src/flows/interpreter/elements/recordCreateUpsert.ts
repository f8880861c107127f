/**
 * Create Records of a record collection that checks for matching records by a key field
 * (`upsertStandardIdField`: the record Id; `upsertExternalIdField`: an external Id field), as
 * Salesforce's upsert does: each record whose key value an existing record of the object holds
 * updates that record (one match) or as the operation for several says; the others are created.
 */
import type { ElementOf } from '../../definition';
import { readField, type FieldValue } from '../../org/simulatedOrg';
import { asBeforeTheSave } from '../beforeSave';
import type { Frame } from '../frame';
import { compare } from '../operators';
import { withoutId } from '../records';
import { createOrMatch } from './recordCreateMatching';

type CreateElement = ElementOf<'recordCreate'>;

/** The field the element matches records by, if it names one (the external Id first). */
export function upsertKey(element: CreateElement): string | undefined {
  return element.upsertExternalIdField ?? element.upsertStandardIdField;
}

/** Each record upserted by `key`; returns the records with the Id each was created or updated as (skipped: as given). */
export function upsertByKey(frame: Frame, element: CreateElement, object: string, key: string, records: readonly Record<string, FieldValue>[]): Record<string, FieldValue>[] {
  return records.map((fields) => {
    const wanted = readField({ object, fields }, key);
    // a record without a key value matches nothing: it is created (chosen)
    // compared as the element's conditions and Get Records compare (case-insensitively, a number
    // written as text as a number): an external Id field matches so unless marked case-sensitive,
    // and `===` created a duplicate of "B-9" for "b-9"
    const found = wanted === null ? [] : asBeforeTheSave(frame, frame.org.recordsOf(object)).filter((rec) => compare('EqualTo', { type: 'Unknown', value: readField(rec, key) }, { type: 'Unknown', value: wanted }, true));
    const { id } = createOrMatch(frame, element, object, found, withoutId(fields));
    return id === null ? { ...fields } : { ...fields, Id: id };
  });
}
