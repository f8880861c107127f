import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PositionSet } from './positionSet';

/** Runs `ops` (a position ≥ 0 adds it, -1 pops) on a PositionSet and on a sorted list; both pops must agree. */
function compare(capacity: number, ops: readonly number[], set = new PositionSet(capacity)): void {
  const reference = new Set<number>();
  for (const op of ops) {
    if (op >= 0) {
      set.add(op);
      reference.add(op);
    } else {
      const smallest = reference.size === 0 ? -1 : Math.min(...reference);
      reference.delete(smallest);
      expect(set.pop()).toBe(smallest);
    }
    expect(set.size).toBe(reference.size);
  }
  const rest: number[] = [];
  for (let i = set.pop(); i >= 0; i = set.pop()) rest.push(i);
  expect(rest).toEqual([...reference].sort((a, b) => a - b));
}

describe('PositionSet', () => {
  it('pops distinct positions in ascending order, ignoring duplicates', () => {
    const s = new PositionSet(10);
    for (const i of [5, 3, 9, 3, 0, 5]) s.add(i);
    const out: number[] = [];
    for (let i = s.pop(); i >= 0; i = s.pop()) out.push(i);
    expect(out).toEqual([0, 3, 5, 9]);
    expect(s.size).toBe(0);
  });

  it('takes the smallest member under any mix of adds and pops, across words and summary words', () => {
    // positions up to 3,000: members more than 1,024 apart are found through the summary's next word
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 2999 }), fc.constant(-1), fc.constantFrom(0, 31, 32, 1023, 1024, 2047, 2048, 2999)), { maxLength: 300 }), (ops) => {
        compare(3000, ops);
      }),
      { numRuns: 300 },
    );
  });

  it('adds every position of a stage at once, then takes them in order with what a sweep marks above it', () => {
    for (const n of [1, 31, 32, 33, 1024, 1025, 2049]) {
      const s = new PositionSet(n);
      s.addAll(n);
      expect(s.size).toBe(n);
      const out: number[] = [];
      for (let i = s.pop(); i >= 0; i = s.pop()) {
        out.push(i);
        if (i === 0 && n > 1) s.add(n - 1); // already a member
      }
      expect(out).toEqual(Array.from({ length: n }, (_, i) => i));
    }
  });

  it('is empty after a reset, for a smaller stage or a bigger one, and keeps working', () => {
    const s = new PositionSet(100);
    s.addAll(100);
    s.pop();
    s.reset(40);
    expect(s.size).toBe(0);
    expect(s.pop()).toBe(-1);
    compare(40, [39, 7, -1, 12, 0, -1, -1, 33], s);
    s.add(5);
    s.reset(5000);
    expect(s.capacity).toBe(5000);
    expect(s.has(5)).toBe(false);
    compare(5000, [4999, 0, -1, 2500, -1, 1, -1, -1], s);
    s.add(3);
    s.addAll(10); // not empty: one by one
    const out: number[] = [];
    for (let i = s.pop(); i >= 0; i = s.pop()) out.push(i);
    expect(out).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
