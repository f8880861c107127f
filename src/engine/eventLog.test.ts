/**
 * The trace's events kept in chunks (eventLog.ts): whatever the count, the events come back as one
 * list in the order recorded, a copy when asked for one, and the latest one is at hand.
 */
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../model/types';
import { CHUNK, EventLog } from './eventLog';

function logOf(n: number): { log: EventLog; events: TraceEvent[] } {
  const log = new EventLog();
  const events: TraceEvent[] = [];
  for (let seq = 0; seq < n; seq++) {
    const event: TraceEvent = { seq, t: seq * 10, type: 'evaluation', stage: 'S', cause: 'stepCompleted' };
    events.push(event);
    log.push(event);
  }
  return { log, events };
}

describe('EventLog', () => {
  it.each([0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 17])('gives back %i events in order, as one list', (n) => {
    // given
    const { log, events } = logOf(n);
    // then
    expect(log.length).toBe(n);
    expect(log.last()).toBe(events[n - 1]);
    const fresh = log.toArray(true);
    expect(fresh).toHaveLength(n);
    expect(fresh.every((e, i) => e === events[i])).toBe(true);
    expect(log.toArray(false)).toEqual(fresh);
  });

  it('a copy is not changed by the events recorded after it', () => {
    // given a copy taken in the middle of a run
    const { log } = logOf(CHUNK - 1);
    const copy = log.toArray(true);
    // when the run records two more events (the second starts a chunk)
    log.push({ seq: CHUNK - 1, t: 0, type: 'runCompleted' });
    log.push({ seq: CHUNK, t: 0, type: 'runCompleted' });
    // then
    expect(copy).toHaveLength(CHUNK - 1);
    expect(log.toArray(true)).toHaveLength(CHUNK + 1);
    expect(log.last()?.seq).toBe(CHUNK);
  });
});
