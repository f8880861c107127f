import { describe, expect, it } from 'vitest';
import type { Scenario } from '../model/types';
import { validateScenario } from '../model/validateScenario';
import { routedDesign } from '../verify/testing/designs';
import { renameElement } from './renameElement';
import { renameInScenario } from './renameInScenario';
import { setApiName } from './setApiName';
import { updateDecision } from './updateDecision';

/** A scenario that names the routed design's elements in every place a scenario can. */
function namingScenario(): Scenario {
  return {
    format: 'stageflow.scenario',
    version: 1,
    name: 'names everything',
    steps: { Check: { outcome: 'success' }, Review: { durationMs: 5 } },
    events: [
      { at: 0, type: 'set', target: 'amount', value: 50 },
      { at: 0, type: 'set', target: 'order.Status', value: 'Open' },
      { at: 10, type: 'completeWorkItem', step: 'Review' },
    ],
    expectations: [
      { kind: 'stepStatus', step: 'Review', status: 'Completed' },
      { kind: 'stepTime', step: 'Review', endedBy: 100 },
      { kind: 'stageStatus', stage: 'Intake', status: 'Completed' },
      { kind: 'decision', decision: 'Route', outcome: null },
      { kind: 'value', target: 'order.Status', value: 'Open' },
      { kind: 'order', first: { type: 'stepCompleted', element: 'Check' }, then: { type: 'stepStarted', element: 'Review' } },
    ],
  };
}

describe('renameInScenario (a scenario follows a rename in its design)', () => {
  it('renames a step in its override, its work items and the expectations about it, and the scenario stays valid', () => {
    // given
    const before = routedDesign();
    const after = renameElement.apply(before, { name: 'Review', label: 'Manager review' });
    const scenario = namingScenario();
    expect(validateScenario(scenario, before)).toEqual([]);
    expect(validateScenario(scenario, after).length).toBeGreaterThan(0);
    // when
    const renamed = renameInScenario(scenario, { kind: 'element', from: 'Review', to: 'Manager_review' });
    // then
    expect(Object.keys(renamed.steps!)).toEqual(['Check', 'Manager_review']);
    expect(renamed.events![2]).toMatchObject({ type: 'completeWorkItem', step: 'Manager_review' });
    expect(renamed.expectations![0]).toMatchObject({ step: 'Manager_review' });
    expect(renamed.expectations![1]).toMatchObject({ step: 'Manager_review' });
    expect(renamed.expectations![5]).toMatchObject({ then: { element: 'Manager_review' } });
    expect(renamed.expectations![2]).toBe(scenario.expectations![2]);
    expect(validateScenario(renamed, after)).toEqual([]);
  });

  it('renames a variable at the head of set targets and value expectations, a stage and a decision where they are named', () => {
    // given
    const scenario = namingScenario();
    // when
    const byVariable = renameInScenario(scenario, { kind: 'element', from: 'order', to: 'purchase' });
    const byStage = renameInScenario(scenario, { kind: 'element', from: 'Intake', to: 'Triage' });
    const byDecision = renameInScenario(scenario, { kind: 'element', from: 'Route', to: 'Route_by_amount' });
    // then
    expect(byVariable.events![1]).toMatchObject({ target: 'purchase.Status' });
    expect(byVariable.events![0]).toMatchObject({ target: 'amount' });
    expect(byVariable.expectations![4]).toMatchObject({ target: 'purchase.Status' });
    expect(validateScenario(byVariable, setApiName.apply(routedDesign(), { from: 'order', to: 'purchase' }))).toEqual([]);
    expect(byStage.expectations![2]).toMatchObject({ stage: 'Triage' });
    expect(byDecision.expectations![3]).toMatchObject({ decision: 'Route_by_amount' });
  });

  it('renames a flow among the evaluation-flow results only', () => {
    const scenario: Scenario = { ...namingScenario(), evaluationFlows: { Gate: { result: true }, Other: { result: false } } };
    const renamed = renameInScenario(scenario, { kind: 'flow', from: 'Gate', to: 'Entry_gate' });
    expect(renamed.evaluationFlows).toEqual({ Entry_gate: { result: true }, Other: { result: false } });
    expect(renamed.steps).toBe(scenario.steps);
  });

  it('renames an outcome in the decision expectations of its decision only, and the scenario stays valid', () => {
    // given: expectations naming the outcome Big of Route, and an outcome Big of another decision
    const scenario: Scenario = {
      ...namingScenario(),
      expectations: [
        { kind: 'decision', decision: 'Route', outcome: 'Big' },
        { kind: 'decision', decision: 'Other', outcome: 'Big' },
        { kind: 'decision', decision: 'Route', outcome: null },
      ],
    };
    const before = routedDesign();
    const after = updateDecision.apply(before, { name: 'Route', changes: { outcomes: [{ ...before.decisions![0]!.outcomes[0]!, name: 'Large' }] } });
    // when
    const renamed = renameInScenario(scenario, { kind: 'outcome', decision: 'Route', from: 'Big', to: 'Large' });
    // then
    expect(renamed.expectations).toEqual([
      { kind: 'decision', decision: 'Route', outcome: 'Large' },
      { kind: 'decision', decision: 'Other', outcome: 'Big' },
      { kind: 'decision', decision: 'Route', outcome: null },
    ]);
    expect(validateScenario({ ...renamed, expectations: [renamed.expectations![0]!] }, after)).toEqual([]);
    expect(renameInScenario(scenario, { kind: 'outcome', decision: 'Route', from: 'Small', to: 'Tiny' })).toBe(scenario);
  });

  it('returns the same scenario when it does not use the name', () => {
    const scenario = namingScenario();
    expect(renameInScenario(scenario, { kind: 'element', from: 'Fix', to: 'Repair' })).toBe(scenario);
    expect(renameInScenario(scenario, { kind: 'flow', from: 'Checker', to: 'Credit_check' })).toBe(scenario);
  });
});
