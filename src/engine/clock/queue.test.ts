import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndexHeap } from './indexHeap';
import { PriorityQueue } from './queue';

describe('PriorityQueue', () => {
  it('R15: pops by time, then by scheduling sequence', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), (times) => {
        // given items pushed in sequence order with random times
        const q = new PriorityQueue<{ time: number; seq: number }>();
        times.forEach((time, seq) => q.push({ time, seq }));
        // when all are popped
        const out: { time: number; seq: number }[] = [];
        for (let x = q.pop(); x; x = q.pop()) out.push(x);
        // then they come sorted by (time, seq)
        const expected = times.map((time, seq) => ({ time, seq })).sort((a, b) => a.time - b.time || a.seq - b.seq);
        expect(out).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});

describe('IndexHeap', () => {
  it('pops distinct indexes in ascending order, ignoring duplicates', () => {
    const h = new IndexHeap(10);
    for (const i of [5, 3, 9, 3, 0, 5]) h.add(i);
    const out: number[] = [];
    for (let i = h.pop(); i >= 0; i = h.pop()) out.push(i);
    expect(out).toEqual([0, 3, 5, 9]);
    expect(h.size).toBe(0);
  });
});
