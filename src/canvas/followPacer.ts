/**
 * Paces "Follow the run" (useViewFollow.ts): a move of the view is not cut short by the next change.
 * While the view glides to one change, later changes only replace the target; when the glide ends,
 * the view moves once to the latest of them (if it is still out of view). At 1× beats are further
 * apart than a glide, so every change off screen is followed as it comes; at 100× several beats
 * land in one frame, and restarting the glide on each of them kept the view (and React Flow's
 * nodes, which re-read the viewport on every frame of a move) moving without end.
 */
export interface Timers {
  set(run: () => void, ms: number): number;
  clear(handle: number): void;
}

/**
 * `move(target)`: moves the view to show the target and returns how long the move takes (ms; 0 for a
 * jump), or -1 when the target was in view and nothing moved.
 */
export class FollowPacer<T> {
  private busyUntil = Number.NEGATIVE_INFINITY;
  private pending: { target: T } | null = null;
  private timer: number | null = null;

  constructor(
    private readonly move: (target: T) => number,
    private readonly now: () => number,
    private readonly timers: Timers,
    /** Moves are at least this far apart even when they are jumps (reduced motion). */
    private readonly minGapMs: number,
  ) {}

  /** The run shows a change at `target`: follow it now, or after the move under way. */
  follow(target: T): void {
    const wait = this.busyUntil - this.now();
    if (wait <= 0) {
      this.start(target);
      return;
    }
    this.pending = { target };
    this.timer ??= this.timers.set(() => this.flush(), wait);
  }

  /** Forgets a pending target (the run ended, follow was turned off, the canvas went away). */
  cancel(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    this.pending = null;
  }

  private flush(): void {
    this.timer = null;
    const pending = this.pending;
    this.pending = null;
    if (pending) this.start(pending.target);
  }

  private start(target: T): void {
    const took = this.move(target);
    // A change already in view moves nothing and keeps the next change free to move at once.
    if (took < 0) return;
    this.busyUntil = this.now() + Math.max(took, this.minGapMs);
  }
}
