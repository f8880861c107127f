/**
 * The steps waiting for each step of a stage, by position (positionReaders.ts): each position gives
 * back exactly the steps that wait for it, in ascending order, whatever order the stage declares them in.
 */
import { describe, expect, it } from 'vitest';
import { PositionReaders } from './positionReaders';

/** A deterministic pseudo-random sequence (no Math.random in tests). */
function sequence(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('PositionReaders', () => {
  it('gives each position the steps that wait for it, in ascending order', () => {
    // given steps 0, 2 and 4 waiting for 3 (one declared after it), 1 for 0, none for 1, 2 or 4
    const r = new PositionReaders(Int32Array.from([3, 0, 3, -1, 3]));
    // then
    expect([0, 1, 2, 3, 4].map((p) => r.of(p))).toEqual([[1], [], [], [0, 2, 4], []]);
  });

  it('walks a position reader by reader, and has none outside the stage', () => {
    // given
    const r = new PositionReaders(Int32Array.from([-1, 0, 0]));
    // when
    const seen: number[] = [];
    for (let k = r.first(0); k >= 0; k = r.next(k)) seen.push(k);
    // then
    expect(seen).toEqual([1, 2]);
    expect([r.first(-1), r.first(3), r.first(2)]).toEqual([-1, -1, -1]);
  });

  it('matches a list per position on random stages', () => {
    const next = sequence(42);
    for (let round = 0; round < 50; round++) {
      // given a stage of n steps, each waiting for a random one or for none
      const n = 1 + Math.floor(next() * 40);
      const targets = new Int32Array(n);
      const lists: number[][] = Array.from({ length: n }, () => []);
      for (let i = 0; i < n; i++) {
        const p = next() < 0.3 ? -1 : Math.floor(next() * n);
        targets[i] = p;
        if (p >= 0) lists[p]!.push(i);
      }
      // then each position reads as its list
      const r = new PositionReaders(targets);
      for (let p = 0; p < n; p++) expect(r.of(p)).toEqual(lists[p]);
    }
  });

  it('refuses a position outside the stage', () => {
    expect(() => new PositionReaders(Int32Array.from([-1, 2]))).toThrow('step 1 waits for position 2, outside a stage of 2 steps');
  });
});
