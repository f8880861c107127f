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

describe('snapshotExpectations: what the run changed, not what the scenario gave it', () => {
  it('leaves out the triggering record as the scenario saved it (and its Id); keeps the fields the run changed', async () => {
    const [{ readFileSync }, { importFlowXml }] = await Promise.all([import('node:fs'), import('../io/xml/importFlowXml')]);
    // given CaseLifecycle, whose flows update the Case, and a scenario that saves a low-priority Case
    const dir = 'src/io/project/__fixtures__/CaseLifecycle/force-app/main/default/flows';
    const read = importFlowXml(readFileSync(`${dir}/Case_Lifecycle.flow-meta.xml`, 'utf8'), { name: 'Case_Lifecycle' });
    if (!read.ok) throw new Error('fixture');
    const saved = scenario([], { record: { Id: '500000000000001AAA', Subject: 'Printer jam', Priority: 'Low', Status: 'New' } });
    // when
    const values = snapshotExpectations(read.doc, runScenario(read.doc, saved), saved).filter((e) => e.kind === 'value');
    // then nothing the scenario gave is recorded as a change
    const targets = values.map((e) => (e.kind === 'value' ? e.target : ''));
    expect(targets).not.toContain('$Record.Id');
    expect(targets).not.toContain('$Record.Subject');
    expect(targets).not.toContain('$Record.Priority');
    // and what differs from the saved record is a change the run made
    for (const e of values) if (e.kind === 'value' && e.target.startsWith('$Record.')) expect(e.value).not.toBe((saved.record as Record<string, unknown>)[e.target.slice('$Record.'.length)]);
  });
});
