/**
 * Create Records of a record collection that checks for matching records by a key field
 * (`upsertStandardIdField`: the record Id; `upsertExternalIdField`: an external Id field), as
 * Salesforce's upsert does (Apex Developer Guide, *Upserting Records*): a key matched once updates
 * that record (or skips it, as the operation for one match says), a key not matched creates one; a
 * key matched several times, or given twice in the collection, fails the element, creating and
 * updating none — and so does an Id that names no record (docs/flows.md, Check for Matching Records).
 */
import type { ElementOf } from '../../definition';
import { readField, type FieldValue, type OrgRecord } from '../../org/simulatedOrg';
import { asBeforeTheSave } from '../beforeSave';
import type { Frame } from '../frame';
import { fault } from '../stop';
import { withoutId } from '../records';
import { createOrMatch, refuseJunctionUpdate } from './recordCreateMatching';
import { bucketsOf, keyBucket, sameKey } from './upsertKeyBuckets';

type CreateElement = ElementOf<'recordCreate'>;

/** Ids a fault names, at most. */
const NAMED_IDS = 5;

/** The field the element matches records by, if it names one (the external Id first). */
export function upsertKey(element: CreateElement): string | undefined {
  return element.upsertExternalIdField ?? element.upsertStandardIdField;
}

const shown = (value: FieldValue) => JSON.stringify(value);

/**
 * The first two records holding the same key (the earliest record that has a later twin, and its
 * first twin), or undefined; compared within buckets of keys that can be the same (upsertKeyBuckets.ts:
 * an external Id as the element's conditions compare, case-insensitively; an Id as Salesforce reads
 * Ids, a 15-character one case-sensitively).
 */
function firstKeyGivenTwice(keys: readonly FieldValue[], byId: boolean): [number, number] | undefined {
  let first: [number, number] | undefined;
  for (const members of bucketsOf(keys, byId).values()) {
    for (let a = 0; a < members.length; a++) {
      const i = members[a]!;
      if (first && i >= first[0]) break;
      for (let b = a + 1; b < members.length; b++) {
        const j = members[b]!;
        if (sameKey(keys[i]!, keys[j]!, byId)) { first = [i, j]; break; }
      }
      if (first && first[0] === i) break;
    }
  }
  return first;
}

/** Each record upserted by `key`; returns the records with the Id each was created or updated as (skipped: as given). */
export function upsertByKey(frame: Frame, element: CreateElement, object: string, key: string, records: readonly Record<string, FieldValue>[]): Record<string, FieldValue>[] {
  const ref = `{!${element.inputReference ?? element.name}}`;
  const byId = key.toLowerCase() === 'id';
  const keys = records.map((fields) => readField({ object, fields }, key));
  // a key given twice: Salesforce's upsert fails ("Duplicate external id specified", "Duplicate id in list")
  const twice = firstKeyGivenTwice(keys, byId);
  if (twice) {
    const [i, j] = twice;
    throw fault(`${element.name}: records ${i + 1} and ${j + 1} of ${ref} hold the same ${key}, ${shown(keys[i]!)}: Salesforce's upsert fails on a key given twice ("Duplicate ${byId ? 'id in list' : 'external id specified'}"), so nothing was created or updated`);
  }
  const existing = asBeforeTheSave(frame, frame.org.recordsOf(object));
  const existingByBucket = bucketsOf(existing.map((rec) => readField(rec, key)), byId);
  // every record's matches first: a fault leaves the org as it was, as Salesforce's upsert fails whole
  const matches: OrgRecord[][] = keys.map((value) => {
    // a record without a key value matches nothing: it is created (chosen)
    const bucket = keyBucket(value, byId);
    const candidates = bucket === null ? [] : existingByBucket.get(bucket) ?? [];
    const found = candidates.map((at) => existing[at]!).filter((rec) => sameKey(readField(rec, key), value, byId));
    if (found.length > 1) {
      const ids = found.slice(0, NAMED_IDS).map((rec) => String(rec.fields.Id)).join(', ');
      throw fault(`${element.name}: ${key} ${shown(value)} of ${ref} matches ${found.length} ${object} records (${ids}${found.length > NAMED_IDS ? ', …' : ''}): Salesforce's upsert updates the record a key matches once and fails when it matches several, so nothing was created or updated`);
    }
    // an Id is given by Salesforce, never by the flow: one that names no record cannot be created
    // (chosen); empty text is no Id, as a flow's empty text is null, so that record is created
    if (byId && bucket !== null && found.length === 0) throw fault(`${element.name}: a record of ${ref} has the Id ${shown(value)}, which names no ${object} record (it does not exist or was deleted): matched by Id, a record is updated by its Id, and one without an Id is created, so nothing was created or updated`);
    // a match to update on a junction object fails too, before any record is written
    refuseJunctionUpdate(element, object, found);
    return found;
  });
  return records.map((fields, i) => {
    const { id } = createOrMatch(frame, element, object, matches[i]!, withoutId(fields));
    return id === null ? { ...fields } : { ...fields, Id: id };
  });
}
