import { describe, expect, it } from 'vitest';
import type { Trace } from '../../model/types';
import { TraceReplay } from '../../player/replay';
import { changedRunElements, runAttributesOf } from './runAttributes';
import type { AppState } from '../../store/storeTypes';

/** A run of two stages: S1 (A, B) then S2 (C), each step started and completed in turn. */
function trace(): Trace {
  const ev = (seq: number, type: string, extra: Record<string, string>) => ({ seq, t: seq, type, ...extra });
  const events = [
    ev(0, 'runStarted', {}),
    ev(1, 'stageStarted', { stage: 'S1' }),
    ev(2, 'stepStarted', { stage: 'S1', step: 'A' }),
    ev(3, 'stepCompleted', { stage: 'S1', step: 'A' }),
    ev(4, 'stepStarted', { stage: 'S1', step: 'B' }),
    ev(5, 'stepCompleted', { stage: 'S1', step: 'B' }),
    ev(6, 'stageCompleted', { stage: 'S1' }),
    ev(7, 'stageStarted', { stage: 'S2' }),
    ev(8, 'stepStarted', { stage: 'S2', step: 'C' }),
    ev(9, 'stepCompleted', { stage: 'S2', step: 'C' }),
    ev(10, 'stageCompleted', { stage: 'S2' }),
    ev(11, 'runCompleted', {}),
  ];
  const step = (stage: string) => ({ stage, status: 'Completed', mode: 'sync', runAs: { user: 'admin' } });
  return { run: { status: 'Completed', endedAt: 11 }, stages: {}, steps: { A: step('S1'), B: step('S1'), C: step('S2') }, events } as unknown as Trace;
}

const shown = (snapshot: ReturnType<TraceReplay['stateAt']>) => ({ runPhase: 'ready', snapshot }) as unknown as AppState;
const NAMES = [['S1', 'stage'], ['S2', 'stage'], ['A', 'step'], ['B', 'step'], ['C', 'step']] as const;

describe('changedRunElements', () => {
  it('names every element whose attributes differ between two moments a few events apart (checked at every pair of moments)', () => {
    const t = trace();
    const replay = new TraceReplay(t);
    for (let from = -1; from < t.events.length; from++) {
      for (let to = from + 1; to < t.events.length; to++) {
        const before = replay.stateAt(from);
        const after = replay.advance(before, to);
        const names = changedRunElements(t, before, after);
        expect(names).not.toBe('all');
        for (const [name, kind] of NAMES) {
          const differs = JSON.stringify(runAttributesOf(shown(before), name, kind)) !== JSON.stringify(runAttributesOf(shown(after), name, kind));
          if (differs) expect([from, to, name, (names as Set<string>).has(name)]).toEqual([from, to, name, true]);
        }
      }
    }
  });

  it('names only what the events in between touch', () => {
    const t = trace();
    const replay = new TraceReplay(t);
    const before = replay.stateAt(3);
    expect([...(changedRunElements(t, before, replay.advance(before, 4)) as Set<string>)].sort()).toEqual(['B', 'S1']);
  });

  it('asks for every element on a step back or the same moment again', () => {
    const t = trace();
    const replay = new TraceReplay(t);
    expect(changedRunElements(t, replay.stateAt(5), replay.stateAt(3))).toBe('all');
    expect(changedRunElements(t, replay.stateAt(5), replay.stateAt(5))).toBe('all');
  });
});
