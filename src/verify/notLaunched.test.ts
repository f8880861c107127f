/**
 * A record save that does not launch the orchestration ran nothing: a runStatus expectation fails
 * with "it never launched" and the launch's reason, as the app's run view says "The orchestration did
 * not launch." — `stageflow test` passed "runStatus Completed" for it (the trace says Completed at
 * 0 ms), so a scenario of a record the entry conditions refuse looked like a completed run in CI
 * (browser/CLI parity audit, DevmurariVivek/development's Lead orchestration). `--update` writes
 * that nothing started.
 */
import { describe, expect, it } from 'vitest';
import type { Orchestration, Scenario } from '../model/types';
import { checkExpectations } from './expectations/index';
import { runScenario } from './runScenario';
import { snapshotExpectations } from './snapshot';
import { routedDesign } from './testing/designs';

/** The routed design started when a Case is created, and a scenario that updates one. */
function updateOfACreateTrigger(): { doc: Orchestration; scenario: Scenario } {
  const doc: Orchestration = { ...routedDesign(), trigger: { type: 'recordTriggered', object: 'Case', when: 'create' } };
  const scenario: Scenario = { format: 'stageflow.scenario', version: 1, name: 'an update', record: { Subject: 'x' }, save: { operation: 'update' }, events: [] };
  return { doc, scenario };
}

describe('a save that does not launch the orchestration', () => {
  it('fails every runStatus expectation, saying it never launched and why', () => {
    // given
    const { doc, scenario } = updateOfACreateTrigger();
    const outcome = runScenario(doc, scenario);
    expect(outcome.trace.run.launch?.launched).toBe(false);
    // when
    const results = checkExpectations([{ kind: 'runStatus', status: 'Completed' }, { kind: 'runStatus', status: 'InProgress' }], outcome);
    // then
    for (const result of results) expect(result).toMatchObject({ pass: false, actual: 'it never launched', why: expect.stringContaining('the orchestration starts only when a Case record is created') });
  });

  it('a launched run is checked as before', () => {
    const { doc } = updateOfACreateTrigger();
    const outcome = runScenario(doc, { format: 'stageflow.scenario', version: 1, record: { Subject: 'x' }, save: { operation: 'create' }, events: [] });
    expect(checkExpectations([{ kind: 'runStatus', status: 'Completed' }], outcome)[0]!.pass).toBe(true);
  });

  it('is snapshot as no step started, and those expectations hold', () => {
    // given
    const { doc, scenario } = updateOfACreateTrigger();
    const outcome = runScenario(doc, scenario);
    // when
    const expectations = snapshotExpectations(doc, outcome, scenario);
    // then
    expect(expectations).toEqual(doc.stages.flatMap((s) => s.steps).map((step) => ({ kind: 'notStarted', step: step.name })));
    expect(checkExpectations(expectations, outcome).every((r) => r.pass)).toBe(true);
  });
});
