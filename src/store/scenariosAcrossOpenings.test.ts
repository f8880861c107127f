import { describe, expect, it } from 'vitest';
import { loadDocument } from '../actions/documentIo';
import { addStage } from '../commands/addStage';
import { emptyOrchestration } from '../model/factories';
import { orchestration } from '../model/testing/fixtures';
import type { Scenario } from '../model/types';
import { createAppStore } from './appStore';

const scenario = (name: string): Scenario => ({ format: 'stageflow.scenario', version: 1, name, events: [] });
const names = (store: ReturnType<typeof createAppStore>) => store.getState().scenarios.map((s) => s.name);

describe('scenarios across an undone opening', () => {
  it('undoing the opening of another design brings back the scenarios of the design before it, and redoing it those of the opened one', () => {
    // given a design with two scenarios of the admin's, the second active
    const store = createAppStore();
    store.getState().openUnsavedDesign(emptyOrchestration('Case_Lifecycle'), [scenario('Urgent case'), scenario('Quiet day')]);
    store.getState().setActiveScenario(1);
    // when another design is opened (it runs under the default scenario) and given a scenario of its own
    expect(loadDocument(store, orchestration({ name: 'Order_Fulfilment' })).ok).toBe(true);
    expect(names(store)).toEqual(['Default behaviour']);
    store.getState().addScenario(scenario('Big order'));
    // then Undo brings back the design before and its scenarios, the active one too
    store.getState().undo();
    expect(store.getState().doc.name).toBe('Case_Lifecycle');
    expect(names(store)).toEqual(['Urgent case', 'Quiet day']);
    expect(store.getState().activeScenario).toBe(1);
    // and Redo the opened design with the scenarios it had when it was left
    store.getState().redo();
    expect(store.getState().doc.name).toBe('Order_Fulfilment');
    expect(names(store)).toEqual(['Default behaviour', 'Big order']);
    expect(store.getState().activeScenario).toBe(1);
  });

  it('leaves the scenarios alone for undo and redo that cross no opening', () => {
    // given a design opened, then edited, with a scenario added after the edit
    const store = createAppStore();
    store.getState().openUnsavedDesign(emptyOrchestration('Case_Lifecycle'), [scenario('Urgent case')]);
    expect(loadDocument(store, orchestration({ name: 'Order_Fulfilment' })).ok).toBe(true);
    expect(store.getState().dispatch(addStage, { name: 'Review', label: 'Review' })).toBe(true);
    store.getState().addScenario(scenario('Big order'));
    // when the edit is undone and redone
    store.getState().undo();
    expect(names(store)).toEqual(['Default behaviour', 'Big order']);
    store.getState().redo();
    // then the scenarios stay as they are
    expect(names(store)).toEqual(['Default behaviour', 'Big order']);
    // and undoing back past the opening still brings back the design before's
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().doc.name).toBe('Case_Lifecycle');
    expect(names(store)).toEqual(['Urgent case']);
  });
});
