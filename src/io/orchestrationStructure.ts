/**
 * The first half of an orchestration import (jsonImport.ts): untrusted text parsed safely
 * (jsonText.ts) and checked against the document's structure, before its rules are validated. On
 * its own file so that a caller can validate the rules with a formula parser it loads only when
 * the document has formulas (the `stageflow` command line: src/cli/formulaRules.ts), without
 * loading jsonImport's parser.
 */
import { ORCHESTRATION_SHAPE } from '../model/shape/documentShapes.generated';
import type { Orchestration, Problem } from '../model/types';
import { shapeProblems } from '../model/validateSchema';
import { parseJsonText, type JsonTextOptions } from './jsonText';

/** The text as an orchestration of sound structure (its rules not yet checked), or its problems. */
export function orchestrationStructure(text: string, options: JsonTextOptions = {}): { ok: true; doc: Orchestration } | { ok: false; problems: Problem[] } {
  const parsed = parseJsonText(text, options);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  // The zod schema written out as data (model/shape): the same problems without building zod's schemas.
  const structure = shapeProblems<Orchestration>(ORCHESTRATION_SHAPE, parsed.value);
  return structure.ok ? { ok: true, doc: structure.data } : { ok: false, problems: structure.problems };
}
