/**
 * Salesforce's formula language as flows use it: `<formulas>` expressions, decision and assignment
 * values, and text templates with merge fields. Pure TypeScript (no eval: the app's CSP forbids
 * it), runs in Node and in a Web Worker, and never throws: every entry point returns a result.
 * See docs/formulas.md for the language, the semantics chosen and why no library is used.
 */
import type { FlowDataType, FlowValue } from '../values';
import type { ParsedFormula } from './ast';
import type { FormulaContext } from './context';
import { toFormulaError } from './errors';
import type { FormulaError } from './errors';
import { evaluateNode } from './evaluate';
import { parse } from './parser';
import { fitResultType } from './resultType';
import { renderTemplate } from './template';

export type { ParsedFormula, FormulaNode } from './ast';
export type { FormulaContext, TriggerRecordVariables } from './context';
export type { FormulaError } from './errors';
export type { RenderedTemplate } from './template';
export { MAX_FORMULA_LENGTH, MAX_NESTING } from './parser';
export { functionNames } from './functions';
export { renderTemplate, templateText } from './template';

/**
 * Parses formula text (1-based positions in errors, e.g. `position 14: expected ")" to close IF(`);
 * `countedLength`, when given, is what Salesforce's 3,900-character limit is counted on instead of
 * the text's length (a Process Builder formula's, as its admin typed it).
 */
export function parseFormula(text: string, countedLength?: number): { ok: true; formula: ParsedFormula } | { ok: false; error: FormulaError } {
  try {
    const source = String(text);
    return { ok: true, formula: parse(source, countedLength ?? source.length) };
  } catch (caught) {
    return { ok: false, error: toFormulaError(caught) };
  }
}

/**
 * Evaluates a parsed formula against the run's values and virtual clock; with `resultType`, the
 * result is fitted to the formula's declared data type (a mismatch is an error).
 */
export function evaluateFormula(
  formula: ParsedFormula,
  ctx: FormulaContext,
  resultType?: FlowDataType,
): { ok: true; value: FlowValue } | { ok: false; error: FormulaError } {
  try {
    return { ok: true, value: fitResultType(evaluateNode(formula.root, ctx), resultType) };
  } catch (caught) {
    return { ok: false, error: toFormulaError(caught) };
  }
}

/** The merge fields and bare references a formula reads, each once, in order of appearance. */
export function referencesOf(formula: ParsedFormula): string[] {
  return [...formula.references];
}

/** A text template with its merge fields replaced; null and unknown references read as empty text. */
export function mergeTemplate(text: string, ctx: FormulaContext): string {
  try {
    return renderTemplate(String(text), ctx).text;
  } catch {
    return String(text);
  }
}
