/**
 * Import of an orchestration document from untrusted text: safe parse (jsonText.ts), then
 * validation. `ok` means no errors (warnings may come along). When only the rules fail and the
 * structure is sound, the failed result still carries the document, so a draft with errors can be
 * opened. Scenarios and traces: documentImport.ts (they need zod, which this file does not load).
 */
import { ORCHESTRATION_SHAPE } from '../model/shape/documentShapes.generated';
import type { Orchestration, Problem } from '../model/types';
import { hasErrors, validateOrchestrationRules } from '../model/validate';
import { formulaSyntax } from './formulaSyntax';
import { shapeProblems } from '../model/validateSchema';
import { parseJsonText, type JsonTextOptions } from './jsonText';

export type ImportResult<T> =
  | { ok: true; doc: T; problems: Problem[] }
  | { ok: false; problems: Problem[]; doc?: T };

/** `ok` when `problems` holds no error; the document comes along either way. */
export function finishImport<T>(doc: T, problems: Problem[]): ImportResult<T> {
  return hasErrors(problems) ? { ok: false, problems, doc } : { ok: true, doc, problems };
}

/** Parses and validates an orchestration document. Never throws. */
export function importOrchestration(text: string, options: JsonTextOptions = {}): ImportResult<Orchestration> {
  const parsed = parseJsonText(text, options);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  // The zod schema written out as data (model/shape): the same problems without building zod's schemas.
  const structure = shapeProblems<Orchestration>(ORCHESTRATION_SHAPE, parsed.value);
  if (!structure.ok) return { ok: false, problems: structure.problems };
  return finishImport(structure.data, validateOrchestrationRules(structure.data, { formulas: formulaSyntax }));
}
