/** Untrusted JSON (issue 9): mutated and random text never throws out of the importers. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import onboarding from '../../public/samples/onboarding.json';
import { importOrchestration } from './jsonImport';
import { importScenario, importTrace } from './documentImport';

const sample = JSON.stringify(onboarding, null, 2);

/** The sample text with a slice replaced by random text: mostly broken JSON, sometimes odd but valid. */
const mutated = fc
  .tuple(fc.nat(sample.length), fc.nat(40), fc.string({ maxLength: 20 }))
  .map(([at, cut, insert]) => sample.slice(0, at) + insert + sample.slice(at + cut));

describe('JSON importers under fuzzing', () => {
  it('never throw on mutated documents; every refusal says where', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        const r = importOrchestration(text);
        if (!r.ok) {
          expect(r.problems.length).toBeGreaterThan(0);
          for (const p of r.problems) expect(typeof p.message).toBe('string');
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never throw on arbitrary JSON values or text, for any document kind', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.jsonValue().map((v) => JSON.stringify({ format: 'stageflow.orchestration', version: 1, stages: v }))), (text) => {
        expect(() => importOrchestration(text)).not.toThrow();
        expect(() => importScenario(text)).not.toThrow();
        expect(() => importTrace(text)).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });
});
