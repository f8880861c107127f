import { describe, expect, it } from 'vitest';
import { scenario } from '../engine/testing/builders';
import { checkExpectations } from './expectations/index';
import { runScenario } from './runScenario';
import { snapshotExpectations } from './snapshot';
import { routedDesign } from './testing/designs';

describe('snapshotExpectations', () => {
  it('describes the run as it is, in the design\'s order', () => {
    // given a run of the routed design with nothing special
    const doc = routedDesign();
    // when
    const expectations = snapshotExpectations(doc, runScenario(doc));
    // then
    expect(expectations).toEqual([
      { kind: 'runStatus', status: 'Completed', byMs: 2000 },
      { kind: 'stageStatus', stage: 'Intake', status: 'Completed' },
      { kind: 'stageStatus', stage: 'Big_Stage', status: 'Completed' },
      { kind: 'stepStatus', step: 'Check', status: 'Completed' },
      { kind: 'runAs', step: 'Check', user: '$AutomatedProcessUser', context: 'system' },
      { kind: 'stepStatus', step: 'Review', status: 'Completed' },
      { kind: 'runAs', step: 'Review', user: 'mgr', context: 'user' },
      { kind: 'stepStatus', step: 'Work', status: 'Completed' },
      { kind: 'runAs', step: 'Work', user: 'jdoe', context: 'system' },
      { kind: 'notStarted', step: 'Never' },
      { kind: 'decision', decision: 'Route', outcome: 'Big' },
      { kind: 'value', target: 'checkResult', value: 'ok' },
    ]);
  });

  it('passes against the run it was taken from, and fails against a run that behaves differently', () => {
    // given the snapshot of the default run
    const doc = routedDesign();
    const expectations = snapshotExpectations(doc, runScenario(doc));
    // when checked against the same run, and against a run in which Check fails (fault path)
    const same = checkExpectations(expectations, runScenario(doc));
    const failing = checkExpectations(expectations, runScenario(doc, scenario([], { steps: { Check: { outcome: 'error' } } })));
    // then
    expect(same.every((r) => r.pass)).toBe(true);
    expect(failing.filter((r) => !r.pass).map((r) => r.expected)).toEqual(expect.arrayContaining([
      'step Check ends Completed', 'decision Route takes outcome Big', 'checkResult ends "ok"',
    ]));
  });
});
