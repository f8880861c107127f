/** The formula parser of src/flows/formula, as the model's validation takes it (model/formulaSyntax.ts). */
import { parseFormula, referencesOf } from '../flows/formula';
import type { FormulaSyntax } from '../model/formulaSyntax';

export const formulaSyntax: FormulaSyntax = {
  check(text) {
    const parsed = parseFormula(text);
    return parsed.ok ? { ok: true, references: referencesOf(parsed.formula) } : { ok: false, message: parsed.error.message };
  },
};
