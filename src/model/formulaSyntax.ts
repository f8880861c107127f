/**
 * What validation needs to know of formula text. The model does not parse formulas itself (the
 * parser lives in src/flows/formula, a layer above); callers that have it pass it in (src/io's
 * `formulaSyntax`). Without it, the merge fields `{!ref}` are found by their braces and the syntax
 * is not checked.
 */
export type FormulaCheckResult = { ok: true; references: readonly string[] } | { ok: false; message: string };

export interface FormulaSyntax {
  /** The references a formula reads, or why it does not parse (with its 1-based position). */
  check(text: string): FormulaCheckResult;
}

const MERGE_FIELD = /\{!\s*([^{}]+?)\s*\}/g;

/** Merge fields only, found by their braces; every text "parses". */
export const MERGE_FIELDS_ONLY: FormulaSyntax = {
  check: (text) => ({ ok: true, references: [...new Set([...text.matchAll(MERGE_FIELD)].map((m) => m[1]!))] }),
};
