/**
 * Which steps of a stage wait for each step of it (`stepCompleted` starts), by position: each step
 * waits for at most one, so the readers of a position are a list threaded through two typed arrays
 * (the first reader of each position, the next reader after each reader). It replaces an array per
 * step — 56 bytes each on the heap, made when a stage first starts, alive for the whole run and
 * copied by every scavenge that meets it (a 20,000-step stage: 1.6 MB; here 160 KB off the heap,
 * with no temporary besides the targets it is built from).
 */
export class PositionReaders {
  private readonly head: Int32Array;
  private readonly after: Int32Array;

  /**
   * `targets[i]` is the position step i waits for, or -1. The array is taken over (it becomes the
   * list of next readers); each position's readers come out in ascending order.
   */
  constructor(targets: Int32Array) {
    const n = targets.length;
    this.head = new Int32Array(n).fill(-1);
    this.after = targets;
    for (let i = n - 1; i >= 0; i--) {
      const p = targets[i]!;
      if (p < 0) continue;
      if (p >= n) throw new RangeError(`step ${i} waits for position ${p}, outside a stage of ${n} steps`);
      targets[i] = this.head[p]!;
      this.head[p] = i;
    }
  }

  /** The first step waiting for `position`, or -1 (none, or a position outside the stage). */
  first(position: number): number {
    return position >= 0 && position < this.head.length ? this.head[position]! : -1;
  }

  /** The next step waiting for the same position as `reader`, or -1. */
  next(reader: number): number {
    return this.after[reader]!;
  }

  /** The readers of `position` in ascending order (for tests; allocates). */
  of(position: number): number[] {
    const out: number[] = [];
    for (let r = this.first(position); r >= 0; r = this.next(r)) out.push(r);
    return out;
  }
}
