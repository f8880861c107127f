import { describe, expect, it } from 'vitest';
import { decision, describeProblems, orchestration, scenario, stage } from './testing/fixtures';
import type { Expectation } from './types';
import { validateScenario } from './validateScenario';

const doc = orchestration({
  stages: [stage('Main', undefined, { next: 'Route' }), stage('Other')],
  decisions: [decision('Route', { outcomes: [{ name: 'Big', requirements: [], next: 'Other' }], defaultNext: null })],
});

describe('validateScenario: expectations', () => {
  it('accepts expectations that name what the orchestration has', () => {
    const expectations: Expectation[] = [
      { kind: 'stepStatus', step: 'Main_Step', status: 'Completed' },
      { kind: 'runAs', step: 'Main_Step', user: '$AutomatedProcessUser' },
      { kind: 'decision', decision: 'Route', outcome: 'Big' },
      { kind: 'decision', decision: 'Route', outcome: null },
      { kind: 'order', first: { type: 'stageStarted', element: 'Main' }, then: { type: 'variableSet', element: 'order.Status' } },
      { kind: 'value', target: 'order.Status', value: 'Draft' },
      { kind: 'recordField', object: 'Case', id: '500A', field: 'Status', value: 'New' },
    ];
    expect(validateScenario(scenario({ expectations }), doc)).toEqual([]);
  });

  it('warns (does not refuse) about each unknown name, at its path', () => {
    // given
    const expectations: Expectation[] = [
      { kind: 'stepStatus', step: 'Mian_Step', status: 'Completed' },
      { kind: 'stageStatus', stage: 'Gone', status: 'Completed' },
      { kind: 'runAs', step: 'Main_Step', user: 'nobody' },
      { kind: 'decision', decision: 'Route', outcome: 'Small' },
      { kind: 'order', first: { type: 'stepStarted', element: 'Nope' }, then: { type: 'runCompleted' } },
      { kind: 'value', target: 'missing.Field', value: 1 },
    ];
    // when
    const problems = validateScenario(scenario({ expectations }), doc);
    // then
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(describeProblems(problems)).toEqual([
      'expectations[0].step: the orchestration has no step "Mian_Step"',
      'expectations[1].stage: the orchestration has no stage "Gone"',
      'expectations[2].user: "nobody" is not among the orchestration\'s users',
      'expectations[3].outcome: decision "Route" has no outcome "Small" (null means its default path)',
      'expectations[4].first.element: the orchestration has no stage, step, decision or variable "Nope"',
      'expectations[5].target: the orchestration has no variable "missing"',
    ]);
  });

  it('refuses a stepTime expectation with neither bound (structure)', () => {
    const problems = validateScenario({ ...scenario(), expectations: [{ kind: 'stepTime', step: 'Main_Step' }] }, doc);
    expect(describeProblems(problems)).toEqual(['expectations[0]: give startedBy, endedBy or both']);
  });
});
