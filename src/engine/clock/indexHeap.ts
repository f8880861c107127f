/**
 * A min-heap of small non-negative integers without duplicates (declared step positions), used by the
 * indexed evaluation pass to visit candidate steps in declared order.
 */
export class IndexHeap {
  /**
   * The heap in a typed array of the capacity, filled to `count`: it never allocates after
   * construction (an array that a pass empties gives its storage back and takes a new one at the
   * next push, once per wake-up of a long run). Without duplicates it never holds more than
   * `capacity` positions.
   */
  private readonly heap: Int32Array;
  private count = 0;
  private readonly member: Uint8Array;

  constructor(capacity: number) {
    this.member = new Uint8Array(capacity);
    this.heap = new Int32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  has(i: number): boolean {
    return this.member[i] === 1;
  }

  /** Adds `i` unless it is already queued. */
  add(i: number): void {
    if (this.member[i] === 1) return;
    this.member[i] = 1;
    const h = this.heap;
    let k = this.count++;
    while (k > 0) {
      const p = (k - 1) >> 1;
      if (h[p]! <= i) break;
      h[k] = h[p]!;
      k = p;
    }
    h[k] = i;
  }

  /** Removes and returns the smallest index, or -1 when empty. */
  pop(): number {
    const h = this.heap;
    if (this.count === 0) return -1;
    const top = h[0]!;
    this.member[top] = 0;
    const n = --this.count;
    const last = h[n]!;
    if (n > 0) {
      let k = 0;
      for (;;) {
        const l = 2 * k + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && h[r]! < h[l]! ? r : l;
        if (h[c]! >= last) break;
        h[k] = h[c]!;
        k = c;
      }
      h[k] = last;
    }
    return top;
  }
}
