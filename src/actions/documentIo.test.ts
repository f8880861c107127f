import { describe, expect, it } from 'vitest';
import { emptyOrchestration } from '../model/factories';
import { orchestration } from '../model/testing/fixtures';
import type { Scenario } from '../model/types';
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

  it('leaves everything as it was when the design is refused', () => {
    const store = createAppStore();
    store.getState().openUnsavedDesign(emptyOrchestration('Case_Lifecycle'), [urgent]);
    const result = loadDocument(store, '{ "format": "stageflow.orchestration" }');
    expect(result.ok).toBe(false);
    expect(store.getState().doc.name).toBe('Case_Lifecycle');
    expect(store.getState().scenarios.map((s) => s.name)).toEqual(['Urgent case']);
  });
});
