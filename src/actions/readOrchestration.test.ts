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

  it('names NaN or Infinity in an object where the document needs a number, not the null JSON turns it into', () => {
    // given a script that computed the API version as NaN and a stage's position as Infinity
    const doc = { format: 'stageflow.orchestration', version: 1, name: 'N', apiVersion: Number('sixty'), stages: [], layout: { S: { x: Infinity, y: 0 } } };
    // when
    const result = readOrchestration(doc);
    // then each is named at its path, as given
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      { path: 'apiVersion', severity: 'error', message: 'NaN is not a number a document can hold (JSON writes it as null): give a finite number' },
      { path: 'layout.S.x', severity: 'error', message: 'Infinity is not a number a document can hold (JSON writes it as null): give a finite number' },
    ]);
  });
});
