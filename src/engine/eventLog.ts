/**
 * The trace's events of one run, in order, kept in chunks of at most CHUNK events and put together
 * once, when the trace is built (docs/performance.md, forty-first round).
 *
 * Why chunks: a JS array grows by copying itself into one half as big again, and past 16,384
 * elements (128 KB) each copy is a "large object" that V8 maps fresh from the system, so every
 * 4 KB page of it is a page fault the kernel zeroes (~5 µs each here) and it is freed again at the
 * next collection. A 20,000-step chain's 60,000 events grew through four such copies (1.5 MB, about
 * 380 faults, every run); in chunks they live in the young generation's already mapped pages and
 * only the trace's one array of the exact length is large.
 */
import type { TraceEvent } from '../model/types';

/** Events per chunk: a chunk's storage (grown by push to at most ~1.5 × this) stays under 128 KB. */
export const CHUNK = 8192;

export class EventLog {
  /** Full chunks, oldest first. */
  private readonly full: TraceEvent[][] = [];
  /** The chunk being filled. */
  private chunk: TraceEvent[] = [];
  /** How many events the run has recorded (the next event's `seq`). */
  length = 0;

  push(event: TraceEvent): void {
    if (this.chunk.length === CHUNK) {
      this.full.push(this.chunk);
      this.chunk = [];
    }
    this.chunk.push(event);
    this.length++;
  }

  /** The latest event, or undefined before the first. */
  last(): TraceEvent | undefined {
    return this.chunk.length > 0 ? this.chunk[this.chunk.length - 1] : undefined;
  }

  /**
   * Every event in order, as one array. `fresh`: an array the log does not hold (a trace of a run
   * that goes on); otherwise a run with one chunk hands that chunk over, and the log must not be
   * written to again.
   */
  toArray(fresh: boolean): TraceEvent[] {
    if (this.full.length === 0) return fresh ? this.chunk.slice() : this.chunk;
    return this.full[0]!.concat(...this.full.slice(1), this.chunk);
  }
}
