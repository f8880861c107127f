/**
 * A set of step positions (small non-negative integers) taken out smallest first: the indexed
 * evaluation pass's candidates, visited in declared order (sweeper.ts). It replaces a binary
 * min-heap, whose pops cost O(log n) each — the first pass of a 20,000-step stage popped every
 * position through 14 levels (docs/performance.md, thirty-ninth round).
 *
 * Two levels of bits: a bit per position, and a bit per 32-position word that is not empty. A
 * lower bound on the smallest member (`low`) is where a pop starts looking, and a pop moves it just
 * past what it took, so a sweep that takes the members in order reads each word once: the first
 * pass over n positions is O(n), a pass with one candidate O(1), and a gap between two members
 * costs a summary word per 1,024 positions. Two typed arrays of n / 8 bytes in all, where the
 * heap had 5 bytes a position.
 */
export class PositionSet {
  /** Bit `i & 31` of word `i >>> 5`: position i is a member. */
  private words: Int32Array;
  /** Bit `w & 31` of word `w >>> 5`: `words[w]` is not 0. */
  private summary: Int32Array;
  private count = 0;
  /** No member is below it (when the set is empty: the capacity). */
  private low = 0;
  private cap = 0;

  constructor(capacity: number) {
    this.words = new Int32Array((capacity + 31) >>> 5);
    this.summary = new Int32Array((this.words.length + 31) >>> 5);
    this.cap = capacity;
    this.low = capacity;
  }

  get size(): number {
    return this.count;
  }

  /** Positions below this can be held. */
  get capacity(): number {
    return this.cap;
  }

  has(i: number): boolean {
    return (this.words[i >>> 5]! & (1 << (i & 31))) !== 0;
  }

  /** Adds `i` unless it is already a member. */
  add(i: number): void {
    const w = i >>> 5;
    const word = this.words[w]!;
    const bit = 1 << (i & 31);
    if ((word & bit) !== 0) return;
    this.words[w] = word | bit;
    this.summary[w >>> 5]! |= 1 << (w & 31);
    this.count++;
    if (i < this.low) this.low = i;
  }

  /** Adds every position below `n` (the capacity at most); word by word when the set is empty. */
  addAll(n: number): void {
    if (this.count > 0) {
      for (let i = 0; i < n; i++) this.add(i);
      return;
    }
    if (n <= 0) return;
    fillBits(this.words, n);
    fillBits(this.summary, (n + 31) >>> 5);
    this.count = n;
    this.low = 0;
  }

  /** Removes and returns the smallest member, or -1 when empty. */
  pop(): number {
    if (this.count === 0) return -1;
    const words = this.words;
    let w = this.low >>> 5;
    let bits = words[w]!;
    if (bits === 0) {
      // the next word that holds a member, from the summary (one exists: count > 0)
      const summary = this.summary;
      let s = (w + 1) >>> 5;
      let sbits = summary[s]! & (-1 << ((w + 1) & 31));
      while (sbits === 0) sbits = summary[++s]!;
      w = (s << 5) | lowestBit(sbits);
      bits = words[w]!;
    }
    const i = (w << 5) | lowestBit(bits);
    const rest = bits & (bits - 1);
    words[w] = rest;
    if (rest === 0) this.summary[w >>> 5]! &= ~(1 << (w & 31));
    this.count--;
    this.low = this.count === 0 ? this.cap : i + 1;
    return i;
  }

  /**
   * Empties the set for positions below `capacity`, keeping its arrays when they are big enough (a
   * stage entered again, or the next stage of a run, takes no new storage).
   */
  reset(capacity: number): void {
    if (capacity > this.cap) {
      this.words = new Int32Array((capacity + 31) >>> 5);
      this.summary = new Int32Array((this.words.length + 31) >>> 5);
      this.cap = capacity;
    } else if (this.count > 0) {
      this.words.fill(0);
      this.summary.fill(0);
    }
    this.count = 0;
    this.low = this.cap;
  }
}

/** The position of the lowest set bit of a non-zero 32-bit word. */
function lowestBit(x: number): number {
  return 31 - Math.clz32(x & -x);
}

/** Sets bits 0 … n - 1 of `bits` (the rest are 0). */
function fillBits(bits: Int32Array, n: number): void {
  const whole = n >>> 5;
  bits.fill(-1, 0, whole);
  if ((n & 31) !== 0) bits[whole] = ~(-1 << (n & 31));
}
