import { describe, expect, it } from 'vitest';
import { FollowPacer, type Timers } from './followPacer';

/** A clock and timers driven by the test. */
function fakeTime() {
  let now = 0;
  let next = 1;
  const due = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    set(run, ms) {
      due.set(next, { at: now + ms, run });
      return next++;
    },
    clear(handle) {
      due.delete(handle);
    },
  };
  return {
    timers,
    now: () => now,
    advance(ms: number) {
      now += ms;
      for (const [handle, t] of [...due].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at > now) continue;
        due.delete(handle);
        t.run();
      }
    },
    pending: () => due.size,
  };
}

function pacerWith(moveMs: (target: string) => number, minGapMs = 250) {
  const time = fakeTime();
  const moves: string[] = [];
  const pacer = new FollowPacer<string>((target) => {
    const took = moveMs(target);
    if (took >= 0) moves.push(target);
    return took;
  }, time.now, time.timers, minGapMs);
  return { pacer, moves, time };
}

describe('FollowPacer (follow the run without cutting a glide short)', () => {
  it('follows a change at once when no move is under way', () => {
    // given an idle view
    const { pacer, moves } = pacerWith(() => 250);
    // when a change comes
    pacer.follow('A');
    // then the view moves to it at once
    expect(moves).toEqual(['A']);
  });

  it('follows every change when changes are further apart than a glide (1×: beats 350 ms apart)', () => {
    // given glides of 250 ms
    const { pacer, moves, time } = pacerWith(() => 250);
    // when changes come 350 ms apart
    for (const target of ['A', 'B', 'C']) {
      pacer.follow(target);
      time.advance(350);
    }
    // then each is followed as it comes
    expect(moves).toEqual(['A', 'B', 'C']);
  });

  it('during a glide only the latest change is kept, and followed once the glide ends', () => {
    // given a glide under way to A
    const { pacer, moves, time } = pacerWith(() => 250);
    pacer.follow('A');
    // when three more changes come during it (100×: several beats a frame)
    time.advance(10);
    pacer.follow('B');
    time.advance(10);
    pacer.follow('C');
    pacer.follow('D');
    // then nothing moves until the glide ends
    time.advance(200);
    expect(moves).toEqual(['A']);
    // and then the view moves once, to the latest
    time.advance(30);
    expect(moves).toEqual(['A', 'D']);
    expect(time.pending()).toBe(0);
  });

  it('a change already in view moves nothing and leaves the next change free to move at once', () => {
    // given a change in view (no move)
    const { pacer, moves } = pacerWith((target) => (target === 'inView' ? -1 : 250));
    pacer.follow('inView');
    // when an out-of-view change comes right after
    pacer.follow('B');
    // then it is followed at once
    expect(moves).toEqual(['B']);
  });

  it('jumps (reduced motion) are still spaced by the minimum gap', () => {
    // given jumps that take no time
    const { pacer, moves, time } = pacerWith(() => 0, 250);
    // when changes come every 5 ms
    for (const target of ['A', 'B', 'C', 'D']) {
      pacer.follow(target);
      time.advance(5);
    }
    // then the first jumps at once and the latest follows after the gap
    expect(moves).toEqual(['A']);
    time.advance(250);
    expect(moves).toEqual(['A', 'D']);
  });

  it('cancel forgets the pending change (follow turned off, run left)', () => {
    // given a change pending behind a glide
    const { pacer, moves, time } = pacerWith(() => 250);
    pacer.follow('A');
    pacer.follow('B');
    // when following is cancelled
    pacer.cancel();
    time.advance(1000);
    // then the pending change is never followed
    expect(moves).toEqual(['A']);
  });
});
