/**
 * A binary min-heap priority queue. Items are ordered by `(time, seq)`: the virtual time they are due
 * and the order in which they were scheduled (R15). Push and pop are O(log n).
 */
export interface Scheduled {
  /** Virtual milliseconds since the run started. */
  readonly time: number;
  /** Scheduling sequence: ties at one time run in the order they were scheduled. */
  readonly seq: number;
}

function before(a: Scheduled, b: Scheduled): boolean {
  return a.time < b.time || (a.time === b.time && a.seq < b.seq);
}

/** Min-heap of scheduled items, earliest `(time, seq)` first. */
export class PriorityQueue<T extends Scheduled> {
  private readonly items: T[] = [];

  get size(): number {
    return this.items.length;
  }

  /** The earliest item without removing it, or undefined when empty. */
  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  /** Removes and returns the earliest item, or undefined when empty. */
  pop(): T | undefined {
    const items = this.items;
    if (items.length === 0) return undefined;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  /** Every queued item, in no particular order (for inspection only). */
  values(): readonly T[] {
    return this.items;
  }

  private siftDown(start: number): void {
    const items = this.items;
    const n = items.length;
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < n && before(items[l]!, items[least]!)) least = l;
      if (r < n && before(items[r]!, items[least]!)) least = r;
      if (least === i) return;
      [items[i], items[least]] = [items[least]!, items[i]!];
      i = least;
    }
  }
}
