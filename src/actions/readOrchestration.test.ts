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
});
