/**
 * Designs built for the verify tests: small, and each path through them reachable by one scenario
 * override. Test support only.
 */
import { after, asyncStep, bg, ia, orch, stage } from '../../engine/testing/builders';
import type { Orchestration } from '../../model/types';

/**
 * Intake (Check async 1000 ms → Review, a work item for mgr, 500 ms) → decision Route: Big when
 * amount > 100 → Big_Stage (Work as jdoe; Never, whose requirement cannot hold), default →
 * Small_Stage (Note). Intake's fault path leads to Recover (Fix). Check's output `result` goes to
 * variable checkResult.
 */
export function routedDesign(): Orchestration {
  return orch([
    stage('Intake', [
      asyncStep('Check', { flow: 'Checker', outputs: { result: 'checkResult' } }),
      ia('Review', { start: after('Check'), complete: { mode: 'screenFlowFinished' } }),
    ], { next: 'Route', faultNext: 'Recover' }),
    stage('Big_Stage', [
      bg('Work', { runAs: { mode: 'user', user: 'jdoe' } }),
      bg('Never', { start: { mode: 'requirements', requirements: [{ left: 'amount', operator: 'LessThan', right: { number: 0 } }], logic: 'and' } }),
    ], { exit: { mode: 'requirements', requirements: [{ left: 'Work.Status', operator: 'EqualTo', right: { string: 'Completed' } }], logic: 'and' } }),
    stage('Small_Stage', [bg('Note')]),
    stage('Recover', [bg('Fix')]),
  ], {
    start: 'Intake',
    variables: [
      { name: 'amount', type: 'Number', value: 150 },
      { name: 'checkResult', type: 'Text' },
      { name: 'order', type: 'Record', object: 'Order', value: { Status: 'Draft' } },
    ],
    decisions: [{
      name: 'Route',
      outcomes: [{ name: 'Big', requirements: [{ left: 'amount', operator: 'GreaterThan', right: { number: 100 } }], logic: 'and', next: 'Big_Stage' }],
      defaultNext: 'Small_Stage',
    }],
    flows: [{ name: 'Checker', type: 'autolaunched', active: true, elements: ['Action'], behavior: { durationMs: 1000, outputs: { result: 'ok' } }, outputs: ['result'] }],
  });
}
