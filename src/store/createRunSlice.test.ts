import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { validateOrchestration } from '../model/validate';
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

  it('a run the app\'s service computes at once is shown as Run is pressed, with no computing phase; the engine is loaded by prepareRuns', async () => {
    // given the app's store (no computeTrace of its own) with a valid design open
    const store = createAppStore({ frames: new ManualFrames(), validate: validateOrchestration });
    const doc = JSON.parse(readFileSync('public/samples/onboarding.json', 'utf8')) as Orchestration;
    store.getState().openDocument(doc);
    // when the engine is loaded ahead of time and Run is pressed
    await store.getState().prepareRuns();
    expect(store.getState().startRun()).toBe(true);
    // then the trace is there at once
    expect(store.getState().runPhase).toBe('ready');
    expect(store.getState().trace).toEqual(simulate(doc, store.getState().scenarios[0]));
    expect(store.getState().trace?.events.length).toBeGreaterThan(5);
  });
});
