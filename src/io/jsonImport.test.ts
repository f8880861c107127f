import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { after, backgroundStep, interactiveStep, orchestration, scenario, withSteps } from '../model/testing/fixtures';
import { validateOrchestration } from '../model/validate';
import { importOrchestration } from './jsonImport';
import { importScenario, importTrace } from './documentImport';

/** The worked example of docs/spec/examples (the engine's golden fixtures, byte-identical to the contract's). */
const EXAMPLES = new URL('../engine/__fixtures__/', import.meta.url);

describe('importOrchestration', () => {
  it('imports the worked example with its R13 warning only', () => {
    const result = importOrchestration(readFileSync(new URL('onboarding.orchestration.json', EXAMPLES), 'utf8'));
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => `${p.severity} ${p.path}`)).toEqual(['warning stages[1].steps[0].start']);
  });

  it('lists a refused design\'s errors before its warnings, as stageflow validate prints them (the first problem is a reason it is refused)', () => {
    // given a warning (an interactive step with no related record) found before an error (an inactive run-as user)
    const doc = withSteps(interactiveStep('Review', { inputs: {} }), backgroundStep('Provision', { runAs: { mode: 'user', user: 'gone' } }));
    // when
    const result = importOrchestration(JSON.stringify(doc));
    // then the error comes first, the warning after it
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => `${p.severity} ${p.path}`)).toEqual(['error stages[0].steps[1].runAs.user', 'warning stages[0].steps[0].inputs.ActionInput__RecordId']);
  });

  it('refuses text that is not JSON, at line:column', () => {
    expect(importOrchestration('{\n  "format": }')).toEqual({ ok: false, problems: [{ path: '2:13', message: expect.stringMatching(/^not valid JSON/), severity: 'error' }] });
  });

  it('refuses a document with the wrong structure, without a document', () => {
    const result = importOrchestration(JSON.stringify({ ...orchestration(), stages: 'none' }));
    expect(result.ok).toBe(false);
    expect(result.doc).toBeUndefined();
    expect(result.problems[0]?.path).toBe('stages');
  });

  it('refuses a document breaking a rule but still hands the draft back', () => {
    const result = importOrchestration(JSON.stringify(withSteps(after('Nope', 'A'))));
    expect(result.ok).toBe(false);
    expect(result.doc?.stages[0]?.steps[0]?.name).toBe('A');
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => p.path)).toEqual(['stages[0].steps[0].start.step']);
  });

  // FORMAT.md §5, one line per problem: the schema's bound was the only problem listed
  it('lists a value out of bounds and the rules\' problems together, without a document to open', () => {
    const doc = withSteps(after('Nope', 'A'));
    doc.label = 'x'.repeat(256);
    const result = importOrchestration(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    expect(result.doc).toBeUndefined();
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => p.path)).toEqual(['label', 'stages[0].steps[0].start.step']);
    expect(validateOrchestration(doc).filter((p) => p.severity === 'error').map((p) => p.path)).toEqual(['label', 'stages[0].steps[0].start.step']);
  });

  it('refuses forbidden keys', () => {
    const result = importOrchestration('{"format":"stageflow.orchestration","__proto__":{"polluted":true}}');
    expect(result.problems).toEqual([{ path: '__proto__', message: 'the key "__proto__" is not allowed in an imported file', severity: 'error' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('importScenario and importTrace', () => {
  it('checks scenario names against the orchestration when given', () => {
    const text = JSON.stringify(scenario({ steps: { Nope: { outcome: 'error' } } }));
    expect(importScenario(text).ok).toBe(true);
    expect(importScenario(text, orchestration()).problems.map((p) => p.path)).toEqual(['steps.Nope']);
    // a value out of bounds does not hide them (FORMAT.md §5, one line per problem)
    const negative = JSON.stringify(scenario({ steps: { Nope: { outcome: 'error' } }, limits: { maxTimeMs: -1 } }));
    expect(importScenario(negative, orchestration()).problems.map((p) => p.path)).toEqual(['limits.maxTimeMs', 'steps.Nope']);
  });

  it('imports the worked example trace and refuses a trace with a bad status', () => {
    const text = readFileSync(new URL('onboarding.trace.json', EXAMPLES), 'utf8');
    expect(importTrace(text).ok).toBe(true);
    const bad = JSON.parse(text) as { run: { status: string } };
    bad.run.status = 'Done';
    expect(importTrace(JSON.stringify(bad)).problems.map((p) => p.path)).toEqual(['run.status']);
  });
});
