/**
 * Import of an orchestration document from untrusted text: safe parse (jsonText.ts), then
 * validation. `ok` means no errors (warnings may come along). When only the rules fail and the
 * structure is sound, the failed result still carries the document, so a draft with errors can be
 * opened. Scenarios and traces: documentImport.ts (they need zod, which this file does not load).
 */
import type { Orchestration, Problem } from '../model/types';
import { hasErrors, validateOrchestrationRules } from '../model/validate';
import { withRuleProblems } from '../model/validateSchema';
import { formulaSyntax } from './formulaSyntax';
import type { JsonTextOptions } from './jsonText';
import { orchestrationStructure } from './orchestrationStructure';

export type ImportResult<T> =
  /** `unknownFields`: warnings for fields the format does not have, apart from the rules' problems (which the app keeps as the design's). */
  | { ok: true; doc: T; problems: Problem[]; unknownFields?: Problem[] }
  | { ok: false; problems: Problem[]; doc?: T };

/** `ok` when `problems` holds no error; the document comes along either way. */
export function finishImport<T>(doc: T, problems: Problem[]): ImportResult<T> {
  return hasErrors(problems) ? { ok: false, problems, doc } : { ok: true, doc, problems };
}

/**
 * A refused document's errors first, then its warnings, each in the order found — as `stageflow
 * validate` prints them (FORMAT.md §5): what reads the first problem as the reason (a share link or
 * sample that cannot be opened, a test hook caller) gets an error, not a warning found before it.
 */
function errorsFirst<T>(result: ImportResult<T>): ImportResult<T> {
  if (result.ok) return result;
  return { ...result, problems: [...result.problems.filter((p) => p.severity === 'error'), ...result.problems.filter((p) => p.severity !== 'error')] };
}

/** Parses and validates an orchestration document. Never throws. */
export function importOrchestration(text: string, options: JsonTextOptions = {}): ImportResult<Orchestration> {
  return errorsFirst(readOrchestrationText(text, options));
}

function readOrchestrationText(text: string, options: JsonTextOptions): ImportResult<Orchestration> {
  const structure = orchestrationStructure(text, options);
  if (!structure.ok) {
    // not opened (a value out of bounds is no draft the editor knows), but every problem is listed
    const unknown = structure.unknownFields ?? [];
    if (structure.wellTyped) return { ok: false, problems: [...withRuleProblems(structure.problems, validateOrchestrationRules(structure.wellTyped, { formulas: formulaSyntax })), ...unknown] };
    return { ok: false, problems: [...structure.problems, ...unknown] };
  }
  const result = finishImport(structure.doc, validateOrchestrationRules(structure.doc, { formulas: formulaSyntax }));
  if (structure.unknownFields.length === 0) return result;
  return result.ok ? { ...result, unknownFields: structure.unknownFields } : { ...result, problems: [...result.problems, ...structure.unknownFields] };
}
