/**
 * Paces a trace for display (DESIGN.md §4): play, pause, step forward/back, speed, seek, jump to
 * the next status change. It never runs the engine; it only moves a cursor over the trace's events
 * and reports the cursor. Virtual time runs `speed` times as fast as real time, except that:
 * - each beat (an event that changes what the canvas shows, replay.ts `isBeat`) stays on screen at
 *   least MIN_STEP_MS / speed before the next beat, even when they share one virtual time — so the
 *   stage start, the step starts and a chain of sync steps at t = 0 play one after another, in
 *   the order of the trace;
 * - events that change nothing on the canvas (evaluations, value changes) pass without a pause;
 * - a long quiet gap never takes more than MAX_GAP_MS / speed of real time (so at 100× even a
 *   day-long wait passes in 15 ms).
 */
import type { FrameScheduler } from './frameScheduler';
import { isBeat, type TraceReplay } from './replay';

/** A beat stays on screen this long at 1× (300 ms is the floor asked for; the margin absorbs render jitter). */
export const MIN_STEP_MS = 350;
export const MAX_GAP_MS = 1500;
/** A beat shown late keeps at most this much of its lateness against the next beat's hold: one frame at 60 Hz. */
const MAX_BEAT_CARRY_MS = 17;
/** The frame after a beat is shown counts at most this much of the beat's hold (see `frame`). */
const MAX_DRAWING_FRAME_MS = 17;
export const SPEEDS = [0.5, 1, 2, 5, 10, 25, 50, 100] as const;
/** Real time: at 1× each beat is on screen for MIN_STEP_MS at least, long enough to follow. */
export const DEFAULT_SPEED = 1;

export interface PlayerCursor {
  /** Index of the last shown event (-1: before the run started). */
  index: number;
  /** Virtual time shown (ms), between the shown event's time and the next one's. */
  time: number;
  playing: boolean;
  speed: number;
  atEnd: boolean;
}

export class RunPlayer {
  private index = -1;
  private time = 0;
  private playing = false;
  private speed: number;
  private handle: number | null = null;
  private lastFrame: number | null = null;
  /** Real ms spent waiting for the next event. */
  private waited = 0;
  /** Real ms since the last beat was shown. */
  private sinceBeat = 0;
  /** Whether the last frame showed a beat (the page draws it before the next frame). */
  private beatDrawing = false;

  constructor(
    private readonly replay: TraceReplay,
    private readonly frames: FrameScheduler,
    private readonly onChange: (cursor: PlayerCursor) => void,
    speed: number = DEFAULT_SPEED,
  ) {
    this.speed = speed;
  }

  cursor(): PlayerCursor {
    return { index: this.index, time: this.time, playing: this.playing, speed: this.speed, atEnd: this.atEnd() };
  }

  play(): void {
    if (this.playing) return;
    if (this.atEnd()) this.setIndex(-1);
    this.playing = true;
    this.lastFrame = null;
    this.schedule();
    this.emit();
  }

  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    if (this.handle !== null) this.frames.cancel(this.handle);
    this.handle = null;
    this.emit();
  }

  stepForward(): void {
    this.pause();
    if (!this.atEnd()) this.setIndex(this.index + 1);
    this.emit();
  }

  stepBack(): void {
    this.pause();
    this.setIndex(Math.max(-1, this.index - 1));
    this.emit();
  }

  /** One visible change forward or back (the Timeline's arrow keys): events that change nothing on the canvas are passed over. */
  stepBeat(direction: 1 | -1): void {
    this.pause();
    this.setIndex(direction > 0 ? this.replay.nextBeat(this.index) : this.replay.previousBeat(this.index));
    this.emit();
  }

  /** Shows the state at the next event that changes a status. */
  jumpToNextChange(): void {
    this.pause();
    this.setIndex(this.replay.nextChange(this.index));
    this.emit();
  }

  /** Shows the state at virtual time `t` (the timeline scrubber). */
  seekTime(t: number): void {
    this.setIndex(this.replay.indexAtTime(t));
    this.time = Math.max(this.time, Math.min(t, this.replay.endTime));
    this.emit();
  }

  seekIndex(index: number): void {
    this.setIndex(Math.max(-1, Math.min(index, this.replay.length - 1)));
    this.emit();
  }

  /** Shows the end of the run (its last event, at the time the run ended or was stopped). */
  toEnd(): void {
    this.pause();
    this.setIndex(this.replay.length - 1);
    this.time = Math.max(this.time, this.replay.endTime);
    this.emit();
  }

  reset(): void {
    this.pause();
    this.setIndex(-1);
    this.emit();
  }

  setSpeed(speed: number): void {
    this.speed = Math.min(100, Math.max(0.5, speed));
    this.emit();
  }

  dispose(): void {
    if (this.handle !== null) this.frames.cancel(this.handle);
    this.handle = null;
    this.playing = false;
  }

  private atEnd(): boolean {
    return this.index >= this.replay.length - 1;
  }

  private shownEventTime(): number {
    return this.index < 0 ? 0 : this.replay.events[this.index]!.t;
  }

  private setIndex(index: number): void {
    this.index = index;
    this.waited = 0;
    this.sinceBeat = 0;
    this.time = this.shownEventTime();
  }

  /** Real ms of virtual time to wait before event `index + 1` (a quiet gap, capped). */
  private delayToNext(): number {
    const next = this.replay.events[this.index + 1];
    if (!next) return Infinity;
    return Math.min(MAX_GAP_MS, next.t - this.shownEventTime()) / this.speed;
  }

  /**
   * Real ms still to wait before event `index + 1` may be shown: its virtual time must have come,
   * and a beat must leave the previous beat on screen for MIN_STEP_MS / speed.
   */
  private remainingWait(): number {
    const next = this.replay.events[this.index + 1];
    if (!next) return Infinity;
    const byTime = this.delayToNext() - this.waited;
    return isBeat(next) ? Math.max(byTime, MIN_STEP_MS / this.speed - this.sinceBeat) : byTime;
  }

  private schedule(): void {
    this.handle = this.frames.request((now) => this.frame(now));
  }

  private frame(now: number): void {
    this.handle = null;
    if (!this.playing) return;
    const dt = this.lastFrame === null ? 0 : Math.min(now - this.lastFrame, 250);
    this.lastFrame = now;
    this.waited += dt;
    // The frame that shows a beat ends with its render: the beat is on screen from the next frame
    // on. When that render is slow (a busy machine: the next frame comes 100-250 ms late), the
    // wait was not time on screen, so at most a frame of it counts toward the beat's hold.
    this.sinceBeat += this.beatDrawing ? Math.min(dt, MAX_DRAWING_FRAME_MS) : dt;
    this.beatDrawing = false;
    for (let wait = this.remainingWait(); wait <= 0 && !this.atEnd(); wait = this.remainingWait()) {
      // The real time beyond what this event needed carries over to the next one. For a beat's
      // hold, at most a frame of it: at 100× several beats share a frame, as they should, but a
      // late frame on a busy machine (up to 250 ms) must not shorten the next beat's time on screen.
      const beat = isBeat(this.replay.events[this.index + 1]!);
      this.setIndex(this.index + 1);
      this.waited = -wait;
      if (beat) {
        this.sinceBeat = Math.min(-wait, MAX_BEAT_CARRY_MS);
        this.beatDrawing = true;
      }
    }
    const next = this.replay.events[this.index + 1];
    const delay = this.delayToNext();
    if (next && Number.isFinite(delay)) {
      const base = this.shownEventTime();
      this.time = delay <= 0 ? base : base + (next.t - base) * Math.min(1, this.waited / delay);
    }
    if (this.atEnd()) {
      this.playing = false;
      this.time = this.replay.endTime;
    } else this.schedule();
    this.emit();
  }

  private emit(): void {
    this.onChange(this.cursor());
  }
}
