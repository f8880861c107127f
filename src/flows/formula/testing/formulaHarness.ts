/**
 * Test helpers: a FormulaContext over a plain table of values, and one-call `run` / `fails` that
 * parse and evaluate a formula. Used by the formula tests and by anyone testing code that
 * evaluates formulas.
 */
import type { FlowValue } from '../../values';
import type { FlowDataType } from '../../values';
import { evaluateFormula, parseFormula } from '../index';
import type { FormulaContext, FormulaError } from '../index';

/** A context resolving names from `values` (case-sensitive keys), at virtual time `now`. */
export function contextOf(values: Readonly<Record<string, FlowValue>> = {}, now = 0, startAt?: string): FormulaContext {
  return {
    resolve: (reference) => (Object.prototype.hasOwnProperty.call(values, reference) ? values[reference] : undefined),
    now,
    ...(startAt !== undefined ? { startAt } : {}),
  };
}

/** Parses and evaluates; returns the value or the error (never throws). */
export function evaluate(text: string, ctx: FormulaContext = contextOf(), resultType?: FlowDataType): { value?: FlowValue; error?: FormulaError } {
  const parsed = parseFormula(text);
  if (!parsed.ok) return { error: parsed.error };
  const result = evaluateFormula(parsed.formula, ctx, resultType);
  return result.ok ? { value: result.value } : { error: result.error };
}

/** The value of a formula that must evaluate; a failure throws with the formula's error message. */
export function run(text: string, ctx?: FormulaContext, resultType?: FlowDataType): FlowValue {
  const { value, error } = evaluate(text, ctx, resultType);
  if (error || !value) throw new Error(`${text}: ${error?.message ?? 'no value'}`);
  return value;
}

/** The error of a formula that must fail; a success throws. */
export function fails(text: string, ctx?: FormulaContext, resultType?: FlowDataType): FormulaError {
  const { value, error } = evaluate(text, ctx, resultType);
  if (!error) throw new Error(`${text}: expected an error, got ${JSON.stringify(value)}`);
  return error;
}
