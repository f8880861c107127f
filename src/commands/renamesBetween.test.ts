import { describe, expect, it } from 'vitest';
import { routedDesign } from '../verify/testing/designs';
import { addStep } from './addStep';
import { deleteElements } from './deleteElements';
import { moveStep } from './moveStep';
import { renameElement } from './renameElement';
import { renamesBetween } from './renamesBetween';
import { saveFlow } from './saveFlow';
import { setApiName } from './setApiName';
import { updateDecision } from './updateDecision';

describe('renamesBetween (was a change a rename?)', () => {
  it('finds a step renamed from the canvas (its label, and the API name following it)', () => {
    // given
    const before = routedDesign();
    // when
    const after = renameElement.apply(before, { name: 'Review', label: 'Manager review' });
    // then
    expect(renamesBetween(before, after)).toEqual([{ kind: 'element', from: 'Review', to: 'Manager_review' }]);
    expect(renamesBetween(after, before)).toEqual([{ kind: 'element', from: 'Manager_review', to: 'Review' }]);
  });

  it('finds a stage, a decision or a variable given a new API name', () => {
    const before = routedDesign();
    for (const [from, to] of [['Intake', 'Triage'], ['Route', 'Route_by_amount'], ['amount', 'order_amount']] as const) {
      expect(renamesBetween(before, setApiName.apply(before, { from, to }))).toEqual([{ kind: 'element', from, to }]);
    }
  });

  it('finds a flow of the catalog renamed', () => {
    // given
    const before = routedDesign();
    const flow = before.flows!.find((f) => f.name === 'Checker')!;
    // when
    const after = saveFlow.apply(before, { flow: { ...flow, name: 'Credit_check' }, original: flow.name });
    // then
    expect(renamesBetween(before, after)).toEqual([{ kind: 'flow', from: 'Checker', to: 'Credit_check' }]);
  });

  it('sees no rename in an element added, deleted or moved, in a layout change, or in a label changed alone', () => {
    const before = routedDesign();
    const added = addStep.apply(before, { stage: 'Intake', name: 'Extra', label: 'Extra', kind: 'background' });
    const deleted = deleteElements.apply(before, { names: ['Note'] });
    const moved = moveStep.apply(before, { step: 'Work', toStage: 'Recover' });
    const relabelled = renameElement.apply(setApiName.apply(before, { from: 'Note', to: 'Keep' }), { name: 'Keep', label: 'Keep' });
    expect(added).not.toBe(before);
    expect(deleted).not.toBe(before);
    expect(moved).not.toBe(before);
    for (const after of [added, deleted, moved, { ...before, layout: { Intake: { x: 5, y: 5 } } }]) expect(renamesBetween(before, after)).toEqual([]);
    expect(renamesBetween(setApiName.apply(before, { from: 'Note', to: 'Keep' }), relabelled)).toEqual([]);
  });

  it('finds an outcome of a decision given a new name, and no outcome rename in an outcome added or relabelled', () => {
    // given
    const before = routedDesign();
    const big = before.decisions![0]!.outcomes[0]!;
    const withOutcomes = (outcomes: typeof big[]) => updateDecision.apply(before, { name: 'Route', changes: { outcomes } });
    // then
    expect(renamesBetween(before, withOutcomes([{ ...big, name: 'Large' }]))).toEqual([{ kind: 'outcome', decision: 'Route', from: 'Big', to: 'Large' }]);
    expect(renamesBetween(before, withOutcomes([big, { ...big, name: 'Huge' }]))).toEqual([]);
    expect(renamesBetween(before, withOutcomes([{ ...big, label: 'Large' }]))).toEqual([]);
  });

  it('sees no rename when two names change at once (another design opened)', () => {
    const before = routedDesign();
    const twice = setApiName.apply(setApiName.apply(before, { from: 'Note', to: 'A' }), { from: 'Fix', to: 'B' });
    expect(renamesBetween(before, twice)).toEqual([]);
  });
});
