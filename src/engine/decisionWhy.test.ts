/**
 * The why of a step whose evaluation flow returned false through a decision says what the decision
 * compared, with the values read — not only "took the default outcome" (model/decisionWords.ts).
 */
import { expect, it } from 'vitest';
import { flowOf, variable } from '../flows/interpreter/testing/build';
import type { Flow } from '../model/types';
import { simulate } from './index';
import { bg, orch, scenario, stage } from './testing/builders';

const amountCheck = flowOf([{
  kind: 'decision', name: 'Approval_Check', rules: [{ name: 'Approved', logic: 'and', conditions: [{ left: 'amount', operator: 'GreaterThan', right: { number: 1000 } }], connector: 'Met' }],
}, { kind: 'assignment', name: 'Met', items: [{ ref: 'isOrchestrationConditionMet', operator: 'Assign', value: { boolean: true } }] }], {
  processType: 'EvaluationFlow', variables: [variable('amount', 'Number', { io: 'in' }), variable('isOrchestrationConditionMet', 'Boolean', { io: 'out' })],
});
const flow: Flow = { name: 'Is_Large', type: 'evaluation', active: true, inputs: ['amount'], outputs: ['isOrchestrationConditionMet'], definition: amountCheck };

it('says which outcome of the decision was not met and the values it compared', () => {
  // given a step that starts when Is_Large returns true, with an amount of 500
  const doc = orch([stage('S', [bg('Big', { start: { mode: 'evaluationFlow', flow: 'Is_Large', inputs: { amount: '500' } } }), bg('Other')])], { flows: [flow] });
  // when
  const trace = simulate(doc, scenario());
  // then
  expect(trace.steps.Big?.why).toContain('its decision "Approval_Check" took the default outcome: outcome "Approved" is not met (amount 500 is not greater than 1000)');
  expect(trace.flowRuns?.find((r) => r.flow === 'Is_Large')?.decision).toEqual({
    element: 'Approval_Check', outcome: 'default', notMet: [{ outcome: 'Approved', rows: [{ left: 'amount', operator: 'GreaterThan', value: 500, expected: 1000 }] }],
  });
});
