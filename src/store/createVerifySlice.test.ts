import { describe, expect, it } from 'vitest';
import { scenario } from '../engine/testing/builders';
import type { Orchestration, Scenario, Trace } from '../model/types';
import { validateOrchestration } from '../model/validate';
import { ManualFrames } from '../player/frameScheduler';
import { runScenario } from '../verify/runScenario';
import { routedDesign } from '../verify/testing/designs';
import { createAppStore } from './appStore';

const bigOrder = scenario([], { name: 'big order' });
const smallOrder = scenario([{ at: 0, type: 'set', target: 'amount', value: 50 }], { name: 'small order' });
const checkFails = scenario([], { name: 'check fails', steps: { Check: { outcome: 'error' } } });

/** A store whose trace service runs the engine at once, like the worker would. */
function storeWith(doc: Orchestration, scenarios: Scenario[], compute = (d: Orchestration, s: Scenario | null) => Promise.resolve(runScenario(d, s ?? undefined).trace)) {
  const store = createAppStore({ frames: new ManualFrames(), validate: validateOrchestration, computeTrace: compute });
  store.getState().openUnsavedDesign(doc, scenarios);
  return store;
}

describe('verify slice: coverage', () => {
  it('runs every scenario of the design and counts, per element, the runs that reached it', async () => {
    // given
    const store = storeWith(routedDesign(), [bigOrder, smallOrder, checkFails]);
    // when
    await store.getState().showCoverage();
    // then
    const coverage = store.getState().coverage!;
    expect(coverage.phase).toBe('ready');
    expect(coverage.report!.runs).toBe(3);
    expect(coverage.report!.elements.Never).toBe(0);
    expect(coverage.report!.elements.Check).toBe(3);
    expect(coverage.report!.items.filter((i) => i.reachedIn.length === 0).map((i) => i.id)).toEqual(['step:Never', 'start:Never']);
  });

  it('is of the run\'s frozen document, and leaving the run hides it', async () => {
    // given a run is shown
    const store = storeWith(routedDesign(), [bigOrder]);
    await store.getState().showRun(store.getState().doc, bigOrder);
    // when
    await store.getState().showCoverage();
    // then
    expect(store.getState().coverage!.doc).toBe(store.getState().runDoc);
    store.getState().exitRun();
    expect(store.getState().coverage).toBeNull();
  });

  it('a scenario that cannot be simulated is named; the others still count', async () => {
    // given a trace service that fails on one scenario
    const compute = (d: Orchestration, s: Scenario | null): Promise<Trace> =>
      s?.name === 'small order' ? Promise.reject(new Error('worker gone')) : Promise.resolve(runScenario(d, s ?? undefined).trace);
    const store = storeWith(routedDesign(), [bigOrder, smallOrder], compute);
    // when
    await store.getState().showCoverage();
    // then
    expect(store.getState().coverage!.failures).toEqual([{ scenario: 'small order', error: 'worker gone' }]);
    expect(store.getState().coverage!.report!.runs).toBe(1);
  });

  it('hidden while computing: the late result is dropped', async () => {
    // given
    const store = storeWith(routedDesign(), [bigOrder]);
    // when
    const pending = store.getState().showCoverage();
    store.getState().hideCoverage();
    await pending;
    // then
    expect(store.getState().coverage).toBeNull();
  });
});

describe('verify slice: comparison', () => {
  it('runs both versions under every scenario and keeps the changes of each', async () => {
    // given the open design made the Checker flow slower than the saved version
    const saved = routedDesign();
    const open = routedDesign();
    open.flows!.find((f) => f.name === 'Checker')!.behavior!.durationMs = 3000;
    const store = storeWith(open, [bigOrder, smallOrder]);
    // when
    await store.getState().compareWith(saved, 'Version 1');
    // then
    const comparison = store.getState().comparison!;
    expect(comparison.phase).toBe('ready');
    expect(comparison.against).toBe('Version 1');
    expect(comparison.results.map((r) => r.scenario)).toEqual(['big order', 'small order']);
    const big = comparison.results[0]!;
    expect(big.changes.find((c) => c.element === 'Review' && c.aspect === 'start')).toMatchObject({ old: 'at 1000 ms', new: 'at 3000 ms', deltaMs: 2000 });
    expect(big.oldTrace!.run.endedAt).toBe(2000);
    expect(big.newTrace!.run.endedAt).toBe(4000);
  });

  it('the same version: no changes in any scenario', async () => {
    const store = storeWith(routedDesign(), [bigOrder, checkFails]);
    await store.getState().compareWith(routedDesign(), 'a copy');
    expect(store.getState().comparison!.results.map((r) => r.changes.length)).toEqual([0, 0]);
  });

  it('a scenario that fails on one version says why instead of comparing', async () => {
    // given
    const compute = (d: Orchestration, s: Scenario | null): Promise<Trace> =>
      d.label === 'old' ? Promise.reject(new Error('unknown step Fix')) : Promise.resolve(runScenario(d, s ?? undefined).trace);
    const store = storeWith(routedDesign(), [bigOrder], compute);
    // when
    await store.getState().compareWith({ ...routedDesign(), label: 'old' }, 'old.json');
    // then
    expect(store.getState().comparison!.results[0]).toMatchObject({ scenario: 'big order', error: 'unknown step Fix', oldTrace: null });
  });
});
