/**
 * Buckets of upsert keys, so Create Records matching a collection by a key field does not compare
 * every record with every other (10,000 rows against 10,000 records was 10⁸ comparisons, about 17 s).
 *
 * A bucket is a necessary condition only: two keys the element counts as the same key (compared
 * as its conditions compare: text case-insensitively, a number equal to text that reads as that
 * number, `true` equal to "true", two date-times by instant) always share a bucket, and keys in one
 * bucket are still compared one by one. So the buckets change how fast a match is found, never
 * which records match.
 */
import type { FieldValue } from '../../org/simulatedOrg';
import { asNumber } from '../operators';

/** Starts as a date or date-time does: such text may equal another written differently (by instant). */
const DATE_START = /^\d{4}-\d{2}-\d{2}/;

/** The bucket of a key value; null for no value (a record without a key matches nothing). */
export function keyBucket(value: FieldValue): string | null {
  if (value === null || value === '') return null;
  if (typeof value === 'boolean') return `s:${String(value)}`;
  if (typeof value === 'number') return `n:${value}`;
  // text reading as a number shares the number's bucket, read as the comparison reads it
  const number = asNumber(value);
  if (number !== undefined) return `n:${number}`;
  if (DATE_START.test(value)) return 'date';
  return `s:${value.toLowerCase()}`;
}

/** Indexes of `values` by bucket, in their order. */
export function bucketsOf(values: readonly FieldValue[]): Map<string, number[]> {
  const buckets = new Map<string, number[]>();
  values.forEach((value, i) => {
    const bucket = keyBucket(value);
    if (bucket === null) return;
    const members = buckets.get(bucket);
    if (members) members.push(i);
    else buckets.set(bucket, [i]);
  });
  return buckets;
}
