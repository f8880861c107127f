import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Orchestration } from '../schema';
import { schemaProblems, shapeProblems } from '../validateSchema';
import { ORCHESTRATION_SHAPE } from './documentShapes.generated';

const SAMPLES = readdirSync('public/samples').filter((f) => f.endsWith('.json') && !f.includes('.scenario') && f !== 'index.json');
const documents = SAMPLES.map((f) => JSON.parse(readFileSync(`public/samples/${f}`, 'utf8')) as unknown);

/** `value` with every object's keys sorted: checkShape keeps the input's key order where zod puts the shape's keys first. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]));
}

/** Both checkers' verdicts, with the output as text (keys sorted), so that a key dropped or a value changed counts. */
function both(value: unknown): { zod: unknown; shape: unknown } {
  // zod's verdict has no `unknownFields` (checkShape's note of fields the shape does not name)
  const render = (r: ReturnType<typeof schemaProblems<unknown>>) => (r.ok ? { ok: true, data: JSON.stringify(sortedKeys(r.data)) } : { ok: false, problems: r.problems, wellTyped: r.wellTyped });
  return { zod: render(schemaProblems(Orchestration, value)), shape: render(shapeProblems(ORCHESTRATION_SHAPE, value)) };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `value` (objects and lists), the document itself first. */
function paths(value: Json, at: Array<string | number> = []): Array<Array<string | number>> {
  const out = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

type Mutation = { kind: 'replace'; value: Json } | { kind: 'delete' } | { kind: 'add'; key: string; value: Json } | { kind: 'shuffle' };

/** A copy of `doc` with one place changed: replaced by another value, removed, given a key, reordered. */
function mutate(doc: Json, path: Array<string | number>, mutation: Mutation): Json {
  const copy = structuredClone(doc);
  if (path.length === 0) return mutation.kind === 'replace' ? mutation.value : copy;
  let parent: Json = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string, Json>)[key]!;
  const last = path.at(-1)!;
  const holder = parent as Record<string | number, Json>;
  if (mutation.kind === 'replace') holder[last] = mutation.value;
  else if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete holder[last];
  } else {
    const target = holder[last];
    if (target && typeof target === 'object' && !Array.isArray(target)) {
      if (mutation.kind === 'add') (target as Record<string, Json>)[mutation.key] = mutation.value;
      else holder[last] = Object.fromEntries(Object.entries(target).reverse());
    }
  }
  return copy;
}

const interesting = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>('', 'x', 'NotStarted', 'requirements', 'stageStarts', 'user', 'Text', 'background', '2025-03-09', '2025-03-09T14:00:00Z', 'a'.repeat(81), '😀'.repeat(41), 0, -1, 1.5, 49, 67, 58, true, null, [], {}, { mode: 'nope' }, { string: 'a', number: 1 }, { ref: '' }),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  interesting.map((value) => ({ kind: 'replace' as const, value })),
  fc.constant({ kind: 'delete' as const }),
  fc.record({ kind: fc.constant('add' as const), key: fc.constantFrom('extra', 'mode', 'string', 'type', 'name', '__proto__'), value: interesting }),
  fc.constant({ kind: 'shuffle' as const }),
);

describe('checkShape: the written-out orchestration shape answers exactly as the zod schema', () => {
  it('accepts every sample with the output zod gives (same keys and values)', () => {
    for (const doc of documents) {
      const result = both(doc);
      expect(result.shape).toEqual(result.zod);
      expect(result.shape).toMatchObject({ ok: true });
    }
  });

  it('gives the same problems, in the same order, for documents changed in one to three places', () => {
    const change = fc.tuple(fc.nat(), mutation);
    fc.assert(
      fc.property(fc.nat({ max: documents.length - 1 }), fc.array(change, { minLength: 1, maxLength: 3 }), (which, changes) => {
        let doc = documents[which] as Json;
        for (const [pick, m] of changes) {
          const all = paths(doc);
          doc = mutate(doc, all[pick % all.length]!, m);
        }
        const result = both(doc);
        expect(result.shape).toEqual(result.zod);
      }),
      { numRuns: Number(process.env.SHAPE_RUNS ?? 1500) },
    );
  });

  it('agrees on values JSON cannot hold (undefined, NaN, a Date) passed as objects', () => {
    const doc = structuredClone(documents[0]) as Record<string, unknown>;
    for (const odd of [undefined, Number.NaN, Number.POSITIVE_INFINITY, new Date(0), [undefined]]) {
      for (const key of ['name', 'apiVersion', 'extensions', 'layout']) {
        const result = both({ ...doc, [key]: odd });
        expect(result.shape).toEqual(result.zod);
      }
    }
  });

  it('returns a sound document read from JSON as it is, without copying it', () => {
    // given: a sample as JSON.parse gives it, with its keys shuffled in one step
    const doc = structuredClone(documents[0]) as { stages: Array<{ steps: Array<Record<string, unknown>> }> };
    const step = doc.stages[0]!.steps[0]!;
    doc.stages[0]!.steps[0] = Object.fromEntries(Object.entries(step).reverse());
    // when
    const result = shapeProblems(ORCHESTRATION_SHAPE, doc);
    // then: the same objects, key order kept
    expect(result.ok && result.data).toBe(doc);
    expect(result.ok && (result.data as typeof doc).stages[0]!.steps[0]).toBe(doc.stages[0]!.steps[0]);
    expect(Object.keys((result.ok && (result.data as typeof doc).stages[0]!.steps[0])!)).toEqual(Object.keys(step).reverse());
  });

  it('copies what zod would change: an object not plain, an own "__proto__" key, a list of another kind', () => {
    const base = structuredClone(documents[0]) as Record<string, unknown> & { layout: Record<string, unknown>; stages: unknown[] };
    class Holder { constructor(fields: object) { Object.assign(this, fields); } }
    const withProto = JSON.parse(JSON.stringify(base.layout).replace(/^\{/, '{"__proto__":{"x":1},')) as Record<string, unknown>;
    class Stages<T> extends Array<T> {}
    const cases: Array<[string, Record<string, unknown>]> = [
      ['a class instance as the document', new Holder(base) as Record<string, unknown>],
      ['a record with an own "__proto__" key', { ...base, layout: withProto }],
      ['a list that is not an Array', { ...base, stages: Stages.from(base.stages) }],
    ];
    for (const [what, doc] of cases) {
      const result = both(doc);
      expect(result.shape, what).toEqual(result.zod);
      const data = shapeProblems<Record<string, unknown>>(ORCHESTRATION_SHAPE, doc);
      expect(data.ok, what).toBe(true);
      if (!data.ok) continue;
      expect(Object.getPrototypeOf(data.data), what).toBe(Object.prototype);
      expect(Object.getPrototypeOf(data.data.stages), what).toBe(Array.prototype);
      expect(Object.prototype.hasOwnProperty.call(data.data.layout, '__proto__'), what).toBe(false);
    }
  });

  it('fails where zod fails: a step kind misspelt is one problem at its path', () => {
    // given
    const doc = structuredClone(documents[0]) as { stages: Array<{ steps: Array<Record<string, unknown>> }> };
    doc.stages[0]!.steps[0]!.kind = 'backgroud';
    // when
    const result = shapeProblems(ORCHESTRATION_SHAPE, doc);
    // then
    expect(result).toEqual({ ok: false, problems: [{ path: 'stages[0].steps[0].kind', message: 'the text "backgroud" is not allowed here: did you mean "background"? Choose one of background, interactive', severity: 'error' }], wellTyped: false, unknownFields: false });
  });
});
