/**
 * An orchestration's rules validated with the formula parser loaded only when the document has
 * formula text: the parser (src/flows/formula, with its function library) is a third of what
 * `stageflow validate` would otherwise load, and most designs have no formula.
 *
 * How: the rules run first with a stand-in syntax that notes whether validation asked it about any
 * text. If it did not, that result is what the real parser would give (validation is a pure
 * function of the document, and the syntax is only consulted for formula text). If it did, the
 * parser is loaded and the rules run again with it, and that second result is the answer.
 */
import { MERGE_FIELDS_ONLY, type FormulaSyntax } from '../model/formulaSyntax';
import type { Orchestration, Problem } from '../model/types';
import { validateOrchestration, validateOrchestrationRules } from '../model/validate';

/** `validateOrchestrationRules` with the real formula parser, loaded only when a formula needs it. */
export function validateRulesWithFormulas(doc: Orchestration): Promise<Problem[]> {
  return withFormulas((formulas) => validateOrchestrationRules(doc, { formulas }));
}

/**
 * The structure and the rules, as the app checks a design it imports (importFlowXml): for a design
 * converted from Flow XML, which no JSON parse has checked. With the rules alone, a 4-million-
 * character <label> passed `stageflow validate Flow.flow-meta.xml` (ok, exit 0) while the app, and
 * `validate` of the JSON that `convert` wrote from it, said "labels have at most 255 characters".
 */
export function validateDesignWithFormulas(doc: Orchestration): Promise<Problem[]> {
  return withFormulas((formulas) => validateOrchestration(doc, { formulas }));
}

async function withFormulas(validate: (formulas: FormulaSyntax) => Problem[]): Promise<Problem[]> {
  let asked = false;
  const probe: FormulaSyntax = {
    check(text) {
      asked = true;
      return MERGE_FIELDS_ONLY.check(text);
    },
  };
  const problems = validate(probe);
  if (!asked) return problems;
  const { formulaSyntax } = await import('../io/formulaSyntax');
  return validate(formulaSyntax);
}
