import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FlowValue } from '../values';
import { FLOW_DATA_TYPES } from '../values';
import { evaluateFormula, functionNames, mergeTemplate, parseFormula } from './index';
import type { FormulaContext } from './index';

const REFS = ['amount', 'rec.Status', '$Record.Owner.Email', 'when', 'flag', 'nothing'];

/** Values of every type, well-formed or not (a resolver may hand over anything). */
const flowValue: fc.Arbitrary<FlowValue> = fc.record({
  type: fc.constantFrom(...FLOW_DATA_TYPES),
  value: fc.oneof(
    fc.constant(null), fc.boolean(), fc.double(), fc.integer(), fc.string({ maxLength: 12 }),
    fc.constantFrom('2025-01-06', '2025-01-06T09:00:00Z', '09:30:00.000Z', '2025-02-30', 'a;b'),
    fc.constant([]), fc.constant({ Id: '001' }),
  ),
  collection: fc.boolean(),
});

const contextArb: fc.Arbitrary<FormulaContext> = fc
  .record({ values: fc.array(flowValue, { minLength: REFS.length, maxLength: REFS.length }), now: fc.integer({ min: -1e12, max: 1e12 }) })
  .map(({ values, now }) => ({
    resolve: (ref: string) => (ref === 'nothing' ? undefined : values[REFS.indexOf(ref)]),
    now,
  }));

/** Formula-shaped text: real tokens, functions with any argument count, operators, nesting. */
const formulaText: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('1', '0', '2.5', '-3', '"a"', "'b'", '""', 'TRUE', 'FALSE', 'NULL', 'TODAY()', 'NOW()'),
    fc.constantFrom(...REFS.map((r) => `{!${r}}`), '$Record.Owner.Email'),
    fc.tuple(tie('expr'), fc.constantFrom('+', '-', '*', '/', '^', '&', '=', '<>', '<', '>=', '&&', '||'), tie('expr')).map(([a, op, b]) => `${a} ${op} ${b}`),
    fc.tuple(fc.constantFrom(...functionNames()), fc.array(tie('expr'), { maxLength: 5 })).map(([name, args]) => `${name}(${args.join(', ')})`),
    tie('expr').map((e) => `(${e})`),
    tie('expr').map((e) => `NOT ${e}`),
  ),
})).expr;

/** Parse then evaluate; asserts the result shape and that errors carry sane positions. */
function parseAndEvaluate(text: string, ctx: FormulaContext): void {
  const parsed = parseFormula(text);
  if (!parsed.ok) {
    expect(typeof parsed.error.message).toBe('string');
    if (parsed.error.position !== undefined) {
      expect(parsed.error.position).toBeGreaterThanOrEqual(1);
      expect(parsed.error.position).toBeLessThanOrEqual(text.length + 1);
    }
    return;
  }
  const result = evaluateFormula(parsed.formula, ctx, 'Unknown');
  expect(typeof result.ok).toBe('boolean');
  // An internal error would mean a bug of ours that the API boundary caught; none may occur.
  if (!result.ok) expect(result.error.message).not.toMatch(/^internal error|too complex/);
}

describe('formula property tests', () => {
  it('parse + evaluate of arbitrary strings never throws and always returns ok or an error', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), contextArb, (text, ctx) => {
      expect(() => parseAndEvaluate(text, ctx)).not.toThrow();
    }), { numRuns: 500 });
  });

  it('parse + evaluate of formula-shaped text never throws, whatever the resolver returns', () => {
    fc.assert(fc.property(formulaText, contextArb, (text, ctx) => {
      expect(() => parseAndEvaluate(text, ctx)).not.toThrow();
    }), { numRuns: 1000 });
  });

  it('evaluation is deterministic: the same formula and values give the same result', () => {
    fc.assert(fc.property(formulaText, contextArb, (text, ctx) => {
      const parsed = parseFormula(text);
      if (!parsed.ok) return;
      expect(evaluateFormula(parsed.formula, ctx)).toEqual(evaluateFormula(parsed.formula, ctx));
    }), { numRuns: 300 });
  });

  it('a resolver that throws becomes an error result, not an exception', () => {
    // given
    const parsed = parseFormula('{!a} + 1');
    if (!parsed.ok) throw new Error(parsed.error.message);
    const throwing: FormulaContext = { resolve: () => { throw new Error('boom'); }, now: 0 };
    // when
    const result = evaluateFormula(parsed.formula, throwing);
    // then
    expect(result).toEqual({ ok: false, error: { message: 'position 1: {!a} could not be read: boom', position: 1 } });
    expect(mergeTemplate('x {!a} y', throwing)).toBe('x  y');
  });

  it('mergeTemplate never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 120 }), contextArb, (text, ctx) => {
      expect(typeof mergeTemplate(text, ctx)).toBe('string');
    }), { numRuns: 300 });
  });
});
