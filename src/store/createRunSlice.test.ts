import { describe, expect, it } from 'vitest';
import type { Orchestration, Trace } from '../model/types';
import { ManualFrames } from '../player/frameScheduler';
import { createAppStore } from './appStore';

const design = { format: 'stageflow.orchestration', version: 1, name: 'Loop', stages: [{ name: 'A', steps: [] }] } as unknown as Orchestration;

describe('the run slice', () => {
  it('leaving a run (Exit run, an import) while it is still being computed aborts its computation', async () => {
    // given a run whose trace is still being computed
    const signals: AbortSignal[] = [];
    const store = createAppStore({ frames: new ManualFrames(), computeTrace: (_doc, _scenario, signal) => { signals.push(signal!); return new Promise<Trace>(() => {}); } });
    void store.getState().showRun(design, null);
    expect(store.getState().runPhase).toBe('computing');
    // when another run replaces it, then the user leaves that one
    void store.getState().showRun(design, null);
    expect(signals.map((s) => s.aborted)).toEqual([true, false]);
    store.getState().exitRun();
    // then nobody waits for either computation any more
    expect(signals.map((s) => s.aborted)).toEqual([true, true]);
    expect(store.getState().runPhase).toBe('idle');
  });
});
