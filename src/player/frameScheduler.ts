/** The player's only link to real time, so that tests can drive it frame by frame. */
export interface FrameScheduler {
  /** Calls `cb` with a monotonic timestamp in ms on the next frame; returns a handle. */
  request(cb: (now: number) => void): number;
  cancel(handle: number): void;
}

/** requestAnimationFrame in the browser. */
export const animationFrames: FrameScheduler = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (handle) => cancelAnimationFrame(handle),
};

/** A scheduler driven by hand (tests, reduced motion). */
export class ManualFrames implements FrameScheduler {
  private callbacks = new Map<number, (now: number) => void>();
  private nextHandle = 1;
  now = 0;

  request(cb: (now: number) => void): number {
    const handle = this.nextHandle++;
    this.callbacks.set(handle, cb);
    return handle;
  }

  cancel(handle: number): void {
    this.callbacks.delete(handle);
  }

  /** Advances real time by `ms` and runs the callbacks that were waiting. */
  tick(ms: number): void {
    this.now += ms;
    const due = [...this.callbacks.values()];
    this.callbacks.clear();
    for (const cb of due) cb(this.now);
  }
}
