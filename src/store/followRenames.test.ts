import { describe, expect, it } from 'vitest';
import { renameElement } from '../commands/renameElement';
import { updateDecision } from '../commands/updateDecision';
import type { Scenario } from '../model/types';
import { validateOrchestration } from '../model/validate';
import { validateScenario } from '../model/validateScenario';
import { ManualFrames } from '../player/frameScheduler';
import { routedDesign } from '../verify/testing/designs';
import { createAppStore } from './appStore';

const reviewed: Scenario = {
  format: 'stageflow.scenario',
  version: 1,
  name: 'review closes',
  steps: { Review: { durationMs: 5 } },
  events: [{ at: 10, type: 'completeWorkItem', step: 'Review' }],
  expectations: [{ kind: 'stepStatus', step: 'Review', status: 'Completed' }],
};

function storeWith(scenarios: Scenario[]) {
  const store = createAppStore({ frames: new ManualFrames(), validate: validateOrchestration });
  store.getState().openUnsavedDesign(routedDesign(), scenarios);
  return store;
}

describe('scenarios follow renames in the design (store/followRenames.ts)', () => {
  it('renames an outcome in the decision expectations when its label is edited and its API name follows, back on undo', () => {
    // given: a scenario expecting the outcome Big of Route (labelled as its name derives)
    const expecting: Scenario = { ...reviewed, expectations: [{ kind: 'decision', decision: 'Route', outcome: 'Big' }] };
    const store = storeWith([expecting]);
    const big = store.getState().doc.decisions![0]!.outcomes[0]!;
    // when its API name changes with its label
    store.getState().dispatch(updateDecision, { name: 'Route', changes: { outcomes: [{ ...big, label: 'Large', name: 'Large' }] } });
    // then
    expect(store.getState().scenarios[0]!.expectations).toEqual([{ kind: 'decision', decision: 'Route', outcome: 'Large' }]);
    expect(validateScenario(store.getState().scenarios[0]!, store.getState().doc)).toEqual([]);
    // when undone
    store.getState().undo();
    expect(store.getState().scenarios[0]!.expectations).toEqual([{ kind: 'decision', decision: 'Route', outcome: 'Big' }]);
  });

  it('renames a step in every scenario when it is renamed on the canvas, back on undo and again on redo', () => {
    // given
    const store = storeWith([reviewed, { ...reviewed, name: 'second' }]);
    // when
    store.getState().dispatch(renameElement, { name: 'Review', label: 'Manager review' });
    // then
    const { doc, scenarios } = store.getState();
    for (const s of scenarios) {
      expect(Object.keys(s.steps!)).toEqual(['Manager_review']);
      expect(validateScenario(s, doc)).toEqual([]);
    }
    // when: undone
    store.getState().undo();
    // then
    expect(store.getState().scenarios[0]).toEqual(reviewed);
    expect(validateScenario(store.getState().scenarios[0], store.getState().doc)).toEqual([]);
    // when: redone
    store.getState().redo();
    // then
    expect(store.getState().scenarios[1]!.events![0]).toMatchObject({ step: 'Manager_review' });
  });

  it('keeps the renamed element selected: back under its old name on undo, under the new one on redo', () => {
    // given the step Review selected, renamed on the canvas (its API name follows the label)
    const store = storeWith([]);
    store.getState().select(['Review']);
    store.getState().dispatch(renameElement, { name: 'Review', label: 'Manager review' });
    expect(store.getState().selected).toEqual(['Manager_review']);
    // when undone
    store.getState().undo();
    // then the selection is the step under its old name (it was a name no element had: the panel showed the orchestration)
    expect(store.getState().selected).toEqual(['Review']);
    // when redone
    store.getState().redo();
    // then
    expect(store.getState().selected).toEqual(['Manager_review']);
  });

  it('leaves the selection alone when another element than the one selected is renamed', () => {
    // given
    const store = storeWith([]);
    store.getState().select(['Check']);
    // when
    store.getState().dispatch(renameElement, { name: 'Review', label: 'Manager review' });
    store.getState().undo();
    // then
    expect(store.getState().selected).toEqual(['Check']);
  });

  it('leaves the scenarios alone when a label changes without the API name, or another design is opened', () => {
    // given
    const store = storeWith([reviewed]);
    const before = store.getState().scenarios;
    // when
    store.getState().dispatch(renameElement, { name: 'Check', label: 'Check' });
    store.getState().openUnsavedDesign(routedDesign(), before);
    // then
    expect(store.getState().scenarios[0]).toBe(before[0]);
  });
});
