import { describe, expect, it } from 'vitest';
import { emptyOrchestration } from '../model/factories';
import { orchestration } from '../model/testing/fixtures';
import type { Scenario, Trace } from '../model/types';
import { ManualFrames } from '../player/frameScheduler';
import { createAppStore } from '../store/appStore';
import { loadDocument } from './documentIo';

const urgent: Scenario = { format: 'stageflow.scenario', version: 1, name: 'Urgent case', record: { Priority: 'High' }, events: [] };

describe('loadDocument, as an import opens a design', () => {
  it('opens another design (another API name) with the default scenario, not the scenarios of the design open before', () => {
    // given a design open with a scenario of its own
    const store = createAppStore();
    store.getState().openUnsavedDesign(emptyOrchestration('Case_Lifecycle'), [urgent]);
    // when another design is loaded
    const result = loadDocument(store, orchestration({ name: 'Order_Fulfilment' }));
    // then it runs under the default scenario
    expect(result.ok).toBe(true);
    expect(store.getState().scenarios.map((s) => s.name)).toEqual(['Default behaviour']);
    expect(store.getState().activeScenario).toBe(0);
  });

  it('keeps the scenarios when the same design is read again (a round trip, a new version)', () => {
    const store = createAppStore();
    store.getState().openUnsavedDesign(emptyOrchestration('Case_Lifecycle'), [urgent]);
    expect(loadDocument(store, orchestration({ name: 'Case_Lifecycle', label: 'Case Lifecycle v2' })).ok).toBe(true);
    expect(store.getState().scenarios.map((s) => s.name)).toEqual(['Urgent case']);
  });

  // the import's report said nothing of them: a misspelt field was ignored in silence
  it('reports the fields the format does not have to the import, not as the design\'s problems', () => {
    const store = createAppStore();
    const doc = JSON.parse(JSON.stringify(orchestration({ name: 'Order_Fulfilment' })));
    doc.stages[0].lable = 'Intake';
    const result = loadDocument(store, JSON.stringify(doc));
    expect(result.ok).toBe(true);
    expect(result.problems).toContainEqual({ path: 'stages[0].lable', message: 'unknown field "lable": Stageflow does not read it; did you mean "label"?', severity: 'warning' });
    // the Problems panel lists the design's rules only: an edit revalidates without the file's fields
    expect(store.getState().problemMemo.indexOf(store.getState().doc).all.some((p) => p.path === 'stages[0].lable')).toBe(false);
  });

  it('leaves everything as it was when the design is refused', () => {
    const store = createAppStore();
    store.getState().openUnsavedDesign(emptyOrchestration('Case_Lifecycle'), [urgent]);
    const result = loadDocument(store, '{ "format": "stageflow.orchestration" }');
    expect(result.ok).toBe(false);
    expect(store.getState().doc.name).toBe('Case_Lifecycle');
    expect(store.getState().scenarios.map((s) => s.name)).toEqual(['Urgent case']);
  });

  it('publishes the opening in two changes of the store when no run is shown (each change runs every subscriber)', () => {
    // given a fresh page's design, no run shown, the default scenario
    const store = createAppStore();
    let changes = 0;
    const changed: string[][] = [];
    store.subscribe((state, before) => {
      changes++;
      changed.push(Object.keys(state).filter((key) => !Object.is(state[key as keyof typeof state], before[key as keyof typeof before])));
    });
    // when another design is loaded
    expect(loadDocument(store, orchestration({ name: 'Order_Fulfilment' })).ok).toBe(true);
    // then the document and the fit request change, and nothing else is published
    expect(changed).toEqual([expect.arrayContaining(['doc', 'openings']), ['fitRequest']]);
    expect(changes).toBe(2);
  });

  it('leaves a run that is shown when a design is loaded, its computation stopped', () => {
    // given a run of the open design being computed
    const signals: AbortSignal[] = [];
    const store = createAppStore({ frames: new ManualFrames(), computeTrace: (_doc, _scenario, signal) => { signals.push(signal!); return new Promise<Trace>(() => {}); } });
    const design = orchestration({ name: 'Order_Fulfilment' });
    store.getState().openUnsavedDesign(design, []);
    void store.getState().showRun(design, null);
    expect(store.getState().runPhase).toBe('computing');
    // when another design is loaded, the run view is left
    expect(loadDocument(store, orchestration({ name: 'Case_Lifecycle' })).ok).toBe(true);
    expect(store.getState().runPhase).toBe('idle');
    expect(store.getState().runDoc).toBeNull();
    expect(signals.map((s) => s.aborted)).toEqual([true]);
    expect(store.getState().doc.name).toBe('Case_Lifecycle');
  });
});
