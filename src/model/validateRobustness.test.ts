import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orchestrationArbitrary } from './testing/arbitraries';
import { orchestration } from './testing/fixtures';
import { validateOrchestration } from './validate';
import { validateScenario } from './validateScenario';
import type { Orchestration } from './types';

/** Every JSON path to a value inside `value`, as key lists. */
function pathsOf(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value !== 'object' || value === null) return [];
  const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
}

function withValueAt(doc: Orchestration, path: Array<string | number>, replacement: unknown): unknown {
  const copy = structuredClone(doc) as unknown as Record<string | number, unknown>;
  let holder: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
  holder[path[path.length - 1]!] = replacement;
  return copy;
}

describe('validation never throws', () => {
  it('on any JSON value, as an orchestration or a scenario', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      expect(Array.isArray(validateOrchestration(value))).toBe(true);
      expect(Array.isArray(validateScenario(value, orchestration()))).toBe(true);
    }), { numRuns: 300 });
  });

  it('on a valid document with one value replaced by something else, and says where', () => {
    const replacement = fc.oneof(fc.constant(undefined), fc.constant(null), fc.string({ maxLength: 8 }), fc.integer(), fc.constant([]), fc.constant({}));
    fc.assert(fc.property(orchestrationArbitrary({ maxStages: 3, maxStepsPerStage: 3 }).chain((doc) => {
      const paths = pathsOf(doc);
      return fc.tuple(fc.constant(doc), fc.constantFrom(...paths), replacement);
    }), ([doc, path, value]) => {
      const problems = validateOrchestration(withValueAt(doc, path, value));
      for (const p of problems) expect(typeof p.path === 'string' && p.message.length > 0).toBe(true);
      expect(validateScenario({ format: 'stageflow.scenario', version: 1, events: [{ at: 0, type: 'set', target: 'x.y', value: 1 }] }, doc)).toBeInstanceOf(Array);
    }), { numRuns: 300 });
  });
});
