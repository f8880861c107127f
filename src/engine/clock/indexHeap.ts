/**
 * A min-heap of small non-negative integers without duplicates (declared step positions), used by the
 * indexed evaluation pass to visit candidate steps in declared order.
 */
export class IndexHeap {
  private readonly heap: number[] = [];
  private readonly member: Uint8Array;

  constructor(capacity: number) {
    this.member = new Uint8Array(capacity);
  }

  get size(): number {
    return this.heap.length;
  }

  has(i: number): boolean {
    return this.member[i] === 1;
  }

  /** Adds `i` unless it is already queued. */
  add(i: number): void {
    if (this.member[i] === 1) return;
    this.member[i] = 1;
    const h = this.heap;
    h.push(i);
    let k = h.length - 1;
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
    if (h.length === 0) return -1;
    const top = h[0]!;
    this.member[top] = 0;
    const last = h.pop()!;
    const n = h.length;
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
