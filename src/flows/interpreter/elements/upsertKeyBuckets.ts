/**
 * Upsert keys: when Create Records matching a collection by a key field counts two key values as
 * the same key, and buckets of them, so it does not compare every record with every other (10,000
 * rows against 10,000 records was 10⁸ comparisons, about 17 s).
 *
 * An external Id is compared as the element's conditions compare (text case-insensitively, a number
 * equal to text that reads as that number, `true` equal to "true", two date-times by instant), as an
 * external Id field not marked case-sensitive matches. A record **Id** is compared as Salesforce
 * reads Ids: a 15-character Id is case-sensitive (`001A0000000abcD` and `001A0000000ABCD` are two
 * records), an 18-character one is not — its last three characters spell the case of the first
 * fifteen — and a 15-character Id names the record whose 18-character Id it begins, case and all.
 * Both are read as the 18-character form, lower-cased. Text that is not shaped as an Id (15 or 18
 * letters and digits) is compared as an external Id is (the simulator's own test records may have
 * any Id).
 *
 * A bucket is a necessary condition only: two keys that are the same key always share a bucket, and
 * keys in one bucket are still compared one by one. So the buckets change how fast a match is found,
 * never which records match.
 */
import { caseSafeId } from '../../formula/functions/characters';
import type { FieldValue } from '../../org/simulatedOrg';
import { instantOf } from '../../formula/dates';
import { asNumber, compare, DATE_LIKE } from '../operators';

/** 15 or 18 letters and digits: read as a record Id. */
const ID_SHAPE = /^(?:[A-Za-z0-9]{15}|[A-Za-z0-9]{18})$/;

/** A record Id's 18-character form, lower-cased (the same for every spelling of one record's Id); null for text not shaped as an Id. */
export function idKey(value: FieldValue): string | null {
  return typeof value === 'string' && ID_SHAPE.test(value) ? caseSafeId(value)!.toLowerCase() : null;
}

/** Whether two key values are the same key: by Id when `byId` and either is shaped as an Id, else as the element's conditions compare. */
export function sameKey(a: FieldValue, b: FieldValue, byId = false): boolean {
  if (byId) {
    const [x, y] = [idKey(a), idKey(b)];
    if (x !== null || y !== null) return x === y;
  }
  return compare('EqualTo', { type: 'Unknown', value: a }, { type: 'Unknown', value: b }, true);
}

/**
 * The instant of text the comparison may read as a date (operators.ts DATE_LIKE), in any case —
 * `2024-01-01t00:00:00z` equals `2024-01-01T00:00:00Z` as text compared case-insensitively — else
 * null: such text equals another written differently only by that instant. Text that only starts
 * as a date does (`2024-01-15-0001`) is text: one bucket for every such key made matching quadratic.
 */
function dateInstant(text: string): number | null {
  const upper = text.toUpperCase();
  return DATE_LIKE.test(upper) ? instantOf(upper) : null;
}

/** The bucket of a key value (matched by Id when `byId`); null for no value (a record without a key matches nothing). */
export function keyBucket(value: FieldValue, byId = false): string | null {
  if (value === null || value === '') return null;
  const id = byId ? idKey(value) : null;
  if (id !== null) return `id:${id}`;
  if (typeof value === 'boolean') return `s:${String(value)}`;
  if (typeof value === 'number') return `n:${value}`;
  // text reading as a number shares the number's bucket, read as the comparison reads it
  const number = asNumber(value);
  if (number !== undefined) return `n:${number}`;
  const instant = dateInstant(value);
  return instant === null ? `s:${value.toLowerCase()}` : `d:${instant}`;
}

/** Indexes of `values` by bucket (matched by Id when `byId`), in their order. */
export function bucketsOf(values: readonly FieldValue[], byId = false): Map<string, number[]> {
  const buckets = new Map<string, number[]>();
  values.forEach((value, i) => {
    const bucket = keyBucket(value, byId);
    if (bucket === null) return;
    const members = buckets.get(bucket);
    if (members) members.push(i);
    else buckets.set(bucket, [i]);
  });
  return buckets;
}
