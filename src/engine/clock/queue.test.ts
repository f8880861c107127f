import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
