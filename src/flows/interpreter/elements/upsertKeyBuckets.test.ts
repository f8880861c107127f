/**
 * Upsert key buckets: two keys Create Records counts as the same key always share a bucket (the
 * buckets only make matching fast; which records match is decided by the comparison).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldValue } from '../../org/simulatedOrg';
import { compare } from '../operators';
import { bucketsOf, keyBucket } from './upsertKeyBuckets';

/** The comparison the upsert makes (recordCreateUpsert's sameKey). */
const sameKey = (a: FieldValue, b: FieldValue) => compare('EqualTo', { type: 'Unknown', value: a }, { type: 'Unknown', value: b }, true);

/** Keys that are often the same written differently: case, numbers as text, dates and date-times, booleans. */
const key: fc.Arbitrary<FieldValue> = fc.oneof(
  fc.constantFrom<FieldValue>(null, '', 'B-7', 'b-7', 'B-9', 'true', 'TRUE', true, false, 'false', 5, '5', ' 5 ', '5.0', 5.5, '1e3', '1E3', 1000, '0x1A', 26,
    '2024-01-01', '2024-01-01T00:00:00Z', '2024-01-01T01:00:00+01:00', '2023-12-31T23:00:00-01:00', '2024-01-01T00:00:00.000Z', 'Infinity', 'infinity'),
  fc.string({ maxLength: 4 }),
  fc.integer({ min: -3, max: 3 }),
  fc.integer({ min: -3, max: 3 }).map(String),
);

describe('upsert key buckets', () => {
  it('recordCreate: check for matching records — two keys compared as the same key share a bucket', () => {
    fc.assert(fc.property(key, key, (a, b) => {
      if (sameKey(a, b) && keyBucket(a) !== null) expect(keyBucket(b)).toBe(keyBucket(a));
    }), { numRuns: 3000 });
  });

  it('a record without a key value (null or empty text) is in no bucket, as it matches nothing', () => {
    expect(keyBucket(null)).toBeNull();
    expect(keyBucket('')).toBeNull();
    expect([...bucketsOf([null, 'A', '', 'a', 5, '5']).entries()]).toEqual([['s:a', [1, 3]], ['n:5', [4, 5]]]);
  });
});
