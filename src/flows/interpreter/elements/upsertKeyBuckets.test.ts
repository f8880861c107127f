/**
 * Upsert key buckets: two keys Create Records counts as the same key always share a bucket (the
 * buckets only make matching fast; which records match is decided by the comparison).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldValue } from '../../org/simulatedOrg';
import { bucketsOf, keyBucket, sameKey } from './upsertKeyBuckets';

/** Keys that are often the same written differently: case, numbers as text, dates and date-times, booleans. */
const key: fc.Arbitrary<FieldValue> = fc.oneof(
  fc.constantFrom<FieldValue>(null, '', 'B-7', 'b-7', 'B-9', 'true', 'TRUE', true, false, 'false', 5, '5', ' 5 ', '5.0', 5.5, '1e3', '1E3', 1000, '0x1A', 26,
    '2024-01-01', '2024-01-01T00:00:00Z', '2024-01-01T01:00:00+01:00', '2023-12-31T23:00:00-01:00', '2024-01-01T00:00:00.000Z', 'Infinity', 'infinity',
    '2024-01-01t00:00:00z', '2024-01-01T00:00', '2024-01-01t01:00:00+01:00', '2025-02-30', '2025-02-30T00:00:00Z', '2025-02-30t00:00:00z', '2024-01-01-0001', '2024-01-01 10:00'),
  fc.string({ maxLength: 4 }),
  fc.integer({ min: -3, max: 3 }),
  fc.integer({ min: -3, max: 3 }).map(String),
);

/** Record Ids one record may be written as (15 or 18 characters, any case), and text only near them. */
const idKeyArb: fc.Arbitrary<FieldValue> = fc.oneof(
  key,
  fc.constantFrom<FieldValue>('001A0000000abcD', '001A0000000ABCD', '001A0000000abcDIAQ', '001a0000000ABCDiaq', '001A0000000ABCDIA4', '001a0000000abcdia4',
    '001A0000000abc', '001A0000000abcDIAQX', '001SIM000000000001', '001sim000000000001', '001SIM000000000002', '000000000000001', '1'),
  fc.tuple(fc.constantFrom('001A0000000abcD', '001A0000000ABCDIA4', '001SIM000000000001'), fc.array(fc.boolean(), { minLength: 18, maxLength: 18 }))
    .map(([id, upper]) => Array.from(id, (ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join('')),
);

describe('upsert key buckets', () => {
  it('recordCreate: check for matching records — two keys compared as the same key share a bucket', () => {
    fc.assert(fc.property(key, key, (a, b) => {
      if (sameKey(a, b) && keyBucket(a) !== null) expect(keyBucket(b)).toBe(keyBucket(a));
    }), { numRuns: 3000 });
  });

  it('recordCreate: check for matching records by Id — two keys compared as the same Id share a bucket', () => {
    fc.assert(fc.property(idKeyArb, idKeyArb, (a, b) => {
      if (sameKey(a, b, true) && keyBucket(a, true) !== null) expect(keyBucket(b, true)).toBe(keyBucket(a, true));
    }), { numRuns: 3000 });
  });

  it('recordCreate: check for matching records by Id — a 15-character Id is case-sensitive, an 18-character one is not, and a 15-character Id is its 18-character form', () => {
    // 001A0000000abcD and 001A0000000ABCD are two records; their 18-character forms end IAQ and IA4
    expect(sameKey('001A0000000abcD', '001A0000000ABCD', true)).toBe(false);
    expect(sameKey('001A0000000abcD', '001A0000000abcD', true)).toBe(true);
    expect(sameKey('001A0000000abcDIAQ', '001a0000000ABCDiaq', true)).toBe(true);
    expect(sameKey('001A0000000abcDIAQ', '001A0000000ABCDIA4', true)).toBe(false);
    expect(sameKey('001A0000000abcD', '001a0000000abcdiaq', true)).toBe(true);
    expect(sameKey('001A0000000ABCD', '001A0000000abcDIAQ', true)).toBe(false);
    // text not shaped as an Id is compared as an external Id is; an external Id stays case-insensitive
    expect(sameKey('acc-1', 'ACC-1', true)).toBe(true);
    expect(sameKey('001A0000000abcD', '001A0000000ABCD')).toBe(true);
  });

  it('text that only starts as a date does (an external Id such as 2024-01-15-0001) is bucketed by itself, not with every other: one bucket for them all made matching 3,000 against 3,000 take seconds', () => {
    // given keys that start as a date and are not one
    const keys = Array.from({ length: 50 }, (_, i) => `2024-01-15-${String(i).padStart(4, '0')}`);
    // then each has a bucket of its own; a date-time still shares one with the same instant written
    // otherwise, and with itself in other case (the comparison takes both as the same key)
    expect(bucketsOf(keys).size).toBe(50);
    expect(keyBucket('2024-01-01T01:00:00+01:00')).toBe(keyBucket('2024-01-01T00:00:00Z'));
    expect(keyBucket('2024-01-01t00:00:00z')).toBe(keyBucket('2024-01-01T00:00:00Z'));
    expect(keyBucket('2024-01-02T00:00:00Z')).not.toBe(keyBucket('2024-01-01T00:00:00Z'));
  });

  it('a record without a key value (null or empty text) is in no bucket, as it matches nothing', () => {
    expect(keyBucket(null)).toBeNull();
    expect(keyBucket('')).toBeNull();
    expect([...bucketsOf([null, 'A', '', 'a', 5, '5']).entries()]).toEqual([['s:a', [1, 3]], ['n:5', [4, 5]]]);
  });
});
