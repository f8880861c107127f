import { describe, expect, it } from 'vitest';
import { readOrchestration } from './readOrchestration';

describe('readOrchestration (the test hook and Import read through it)', () => {
  it('refuses an object that refers to itself in one line, without the engine\'s drawing of the circle', () => {
    const doc: Record<string, unknown> = { format: 'stageflow.orchestration', version: 1, name: 'Loop', stages: [] };
    doc.self = doc;
    const result = readOrchestration(doc);
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.message).toBe('cannot read the document: it refers to itself (a circular structure), which a JSON document cannot hold');
  });

  it('names a scenario or a trace given in place of a design in one line, as the command line does, not as an orchestration missing its fields', () => {
    // given the other two Stageflow documents, as text and as an object
    const scenario = readOrchestration('{ "format": "stageflow.scenario", "version": 1, "name": "late" }');
    const trace = readOrchestration({ format: 'stageflow.trace', version: 1, run: {} });
    // then each is one problem at format, saying what the file is and where it goes in the app
    expect(scenario).toEqual({ ok: false, problems: [{ path: 'format', severity: 'error', message: 'this file is a scenario ("format": "stageflow.scenario"), not an orchestration: open its design, then add it in Scenarios with Add from file…' }] });
    expect(trace).toEqual({ ok: false, problems: [{ path: 'format', severity: 'error', message: 'this file is a trace ("format": "stageflow.trace"), not an orchestration: open its design, then Run and Load trace file' }] });
  });

  it('still lists every problem of a document that says it is an orchestration, or of an unknown format', () => {
    expect(readOrchestration('{ "format": "stageflow.orchestration", "version": 1 }').problems.map((p) => p.path)).toEqual(['name', 'stages']);
    expect(readOrchestration('{ "format": "stageflow.other", "version": 1 }').problems.map((p) => p.path)).toEqual(['format', 'name', 'stages']);
  });
});
