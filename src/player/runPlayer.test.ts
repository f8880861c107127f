import { describe, expect, it } from 'vitest';
import type { Trace } from '../model/types';
import { ManualFrames } from './frameScheduler';
import { TraceReplay } from './replay';
import { MAX_GAP_MS, MIN_STEP_MS, RunPlayer, type PlayerCursor } from './runPlayer';

function trace(): Trace {
  const ev = (seq: number, t: number, type: Trace['events'][number]['type'], extra: object = {}) => ({ seq, t, type, ...extra });
  return {
    format: 'stageflow.trace', version: 1,
    run: { status: 'Completed', stalled: false, endedAt: 2000, transitions: 8 },
    stages: { S: { status: 'Completed', startedAt: 0, endedAt: 2000 } },
    steps: {
      A: { stage: 'S', status: 'Completed', mode: 'sync', runAs: null, startedAt: 0, endedAt: 0, starts: 1, why: null },
      B: { stage: 'S', status: 'Completed', mode: 'async', runAs: { user: 'ops', context: 'system', access: 'withSharing' }, startedAt: 0, endedAt: 2000, starts: 1, why: null },
    },
    events: [
      ev(0, 0, 'runStarted'), ev(1, 0, 'stageStarted', { stage: 'S' }), ev(2, 0, 'evaluation', { stage: 'S', cause: 'stageStarted' }),
      ev(3, 0, 'stepStarted', { stage: 'S', step: 'A' }), ev(4, 0, 'stepCompleted', { stage: 'S', step: 'A' }),
      ev(5, 0, 'stepStarted', { stage: 'S', step: 'B' }), ev(6, 2000, 'stepCompleted', { stage: 'S', step: 'B' }),
      ev(7, 2000, 'evaluation', { stage: 'S', cause: 'asyncStepCompleted' }), ev(8, 2000, 'stageCompleted', { stage: 'S' }),
      ev(9, 2000, 'runCompleted'),
    ],
  };
}

describe('TraceReplay', () => {
  it('rebuilds the statuses after any event, forwards and backwards', () => {
    // given
    const replay = new TraceReplay(trace());
    // then
    expect(replay.stateAt(-1).run).toBeNull();
    expect(replay.stateAt(1).steps).toEqual({ A: 'NotStarted', B: 'NotStarted' });
    expect(replay.stateAt(5).steps).toEqual({ A: 'Completed', B: 'InProgress' });
    expect(replay.stateAt(9)).toMatchObject({ run: 'Completed', stages: { S: 'Completed' } });
    expect(replay.stateAt(3).steps.A).toBe('InProgress');
  });

  it('shows who a step runs as once it has started', () => {
    const replay = new TraceReplay(trace());
    expect(replay.stateAt(4).runAs.B).toBeUndefined();
    expect(replay.stateAt(5).runAs.B).toBe('ops');
  });

  it('finds the last event at a virtual time and the next status change', () => {
    const replay = new TraceReplay(trace());
    expect(replay.indexAtTime(1999)).toBe(5);
    expect(replay.indexAtTime(2000)).toBe(9);
    expect(replay.nextChange(1)).toBe(3); // skips the evaluation event
  });
});

describe('RunPlayer', () => {
  function setup() {
    const frames = new ManualFrames();
    const seen: PlayerCursor[] = [];
    const player = new RunPlayer(new TraceReplay(trace()), frames, (c) => seen.push(c));
    return { frames, player, seen };
  }

  it('shows same-time beats one after another, passes evaluations at once, then waits out the gap scaled by speed', () => {
    // given frames of 16 ms at 2×
    const { frames, player, seen } = setup();
    player.setSpeed(2);
    // when
    player.play();
    const firstSeen = new Map<number, number>();
    for (let i = 0; i < 400 && player.cursor().playing; i++) {
      frames.tick(16);
      if (!firstSeen.has(player.cursor().index)) firstSeen.set(player.cursor().index, frames.now);
    }
    const at = (index: number) => firstSeen.get(index)!;
    // then: the evaluation after stageStarted (event 2) takes no time — it is shown in the frame of event 1
    expect(seen.map((c) => c.index)).not.toContain(1);
    // one beat per MIN_STEP_MS / speed (at most two frames more: one drawing the beat, one to reach the hold)
    for (const [before, after] of [[0, 2], [2, 3], [3, 4], [4, 5]] as const) {
      expect(at(after) - at(before)).toBeGreaterThanOrEqual(MIN_STEP_MS / 2 - 17);
      expect(at(after) - at(before)).toBeLessThanOrEqual(MIN_STEP_MS / 2 + 32);
    }
    // the 2000 ms gap, capped at MAX_GAP_MS, takes MAX_GAP_MS / 2 of real time, its time shown as it
    // goes; B's completion (event 6) is shown with the evaluation after it (event 7)
    expect(seen.map((c) => c.index)).not.toContain(6);
    expect(at(7) - at(5)).toBeGreaterThanOrEqual(MAX_GAP_MS / 2);
    expect(at(7) - at(5)).toBeLessThanOrEqual(MAX_GAP_MS / 2 + 16);
    const halfway = seen.find((c) => c.index === 5 && c.time >= 1000 - 50);
    expect(halfway?.time).toBeLessThanOrEqual(1000 + 50);
    expect(player.cursor()).toMatchObject({ index: 9, playing: false, atEnd: true });
  });

  it('at 1x keeps every beat on screen for at least MIN_STEP_MS, in the order of the trace', () => {
    // given real frames of 16 ms
    const { frames, player, seen } = setup();
    expect(player.cursor().speed).toBe(1);
    // when
    player.play();
    for (let i = 0; i < 400 && player.cursor().playing; i++) frames.tick(16);
    // then: the cursor only moved forwards, to the end, and each beat stayed until MIN_STEP_MS had passed
    const indices = seen.map((c) => c.index);
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
    expect(indices.at(-1)).toBe(9);
    const shownAt = (i: number) => indices.findIndex((x) => x >= i) * 16;
    const beats = [0, 1, 3, 4, 5, 6, 8, 9];
    for (let b = 1; b < beats.length; b++) {
      expect(shownAt(beats[b]!) - shownAt(beats[b - 1]!)).toBeGreaterThanOrEqual(MIN_STEP_MS - 16);
    }
  });

  it('a late frame (a busy machine) does not shorten the next beat: its hold starts at the frame that shows the late beat', () => {
    // given frames of 16 ms until the first beat is shown
    const { frames, player } = setup();
    player.play();
    while (player.cursor().index < 0) frames.tick(16);
    const first = frames.now;
    // and 304 ms of it on screen, then one frame 300 ms late: the second beat, due at 350 ms, is shown late
    while (frames.now - first < 304) frames.tick(16);
    expect(player.cursor().index).toBe(0);
    frames.tick(300);
    expect(player.cursor().index).toBeGreaterThanOrEqual(1);
    const late = frames.now;
    const lateIndex = player.cursor().index;
    // when the frames come on time again
    while (player.cursor().index === lateIndex) frames.tick(16);
    // then the next beat came a whole MIN_STEP_MS after the frame that showed the late one, not 350 ms after it was due
    expect(frames.now - late).toBeGreaterThanOrEqual(MIN_STEP_MS);
  });

  it('a beat whose own render is slow (the frame after it comes late) still stays on screen for MIN_STEP_MS less a frame', () => {
    // given frames of 16 ms until the second beat is shown
    const { frames, player } = setup();
    player.play();
    while (player.cursor().index < 1) frames.tick(16);
    const shown = player.cursor().index;
    // when the page takes 240 ms to draw it (the next frame comes that late), then frames come on time
    frames.tick(240);
    const drawn = frames.now;
    while (player.cursor().index === shown) frames.tick(16);
    // then the next beat came MIN_STEP_MS, less at most a frame of carry and one of drawing, after the beat was drawn:
    // the time spent drawing it was not time on screen (it came 112 ms after it before)
    expect(frames.now - drawn).toBeGreaterThanOrEqual(MIN_STEP_MS - 2 * 17);
  });

  it('at 100× several beats share one frame (their 3.5 ms holds carry within the frame)', () => {
    const { frames, player } = setup();
    player.setSpeed(100);
    player.play();
    while (player.cursor().index < 0) frames.tick(16);
    // when one more frame passes
    frames.tick(16);
    // then the same-time beats after runStarted (stageStarted, A starts, A completes, B starts) were shown in it
    expect(player.cursor().index).toBe(5);
  });

  it('caps a long quiet gap at MAX_GAP_MS / speed of real time', () => {
    const { frames, player } = setup();
    player.setSpeed(100);
    player.seekIndex(5); // the last event before the 2000 ms gap
    player.play();
    frames.tick(0);
    frames.tick(MAX_GAP_MS / 100 - 1);
    expect(player.cursor().index).toBe(5);
    frames.tick(1);
    // the step completion shows, and the evaluation that follows it passes at once
    expect(player.cursor().index).toBe(7);
  });

  it('steps forward and back, jumps to the next change, seeks by time, pauses', () => {
    const { frames, player } = setup();
    player.stepForward();
    player.stepForward();
    expect(player.cursor().index).toBe(1);
    player.stepBack();
    expect(player.cursor().index).toBe(0);
    player.jumpToNextChange();
    expect(player.cursor().index).toBe(1);
    player.seekTime(2000);
    expect(player.cursor().index).toBe(9);
    player.reset();
    player.play();
    player.pause();
    frames.tick(10_000);
    expect(player.cursor().index).toBe(-1);
  });

  it('End shows the last event at the time the run was stopped; the arrows move one beat, Home before the run', () => {
    const stopped: Trace = { ...trace(), run: { status: 'InProgress', stalled: false, endedAt: null, transitions: 8, stoppedBy: 'maxTimeMs' } };
    const player = new RunPlayer(new TraceReplay(stopped, 86_400_000), new ManualFrames(), () => undefined);
    player.toEnd();
    expect(player.cursor()).toMatchObject({ index: 9, time: 86_400_000, atEnd: true });
    player.reset();
    player.stepBeat(1);
    player.stepBeat(1);
    expect(player.cursor().index).toBe(1); // runStarted, stageStarted
    player.stepBeat(1);
    expect(player.cursor().index).toBe(3); // the evaluation (2) passed over
    player.stepBeat(-1);
    expect(player.cursor().index).toBe(1);
  });
});
