/**
 * The first half of an orchestration import (jsonImport.ts): untrusted text parsed safely
 * (jsonText.ts) and checked against the document's structure, before its rules are validated. On
 * its own file so that a caller can validate the rules with a formula parser it loads only when
 * the document has formulas (the `stageflow` command line: src/cli/formulaRules.ts), without
 * loading jsonImport's parser.
 */
import { ORCHESTRATION_SHAPE } from '../model/shape/documentShapes.generated';
import type { Orchestration, Problem } from '../model/types';
import { unknownFieldWarnings } from '../model/shape/unknownFields';
import { shapeProblems } from '../model/validateSchema';
import { parseJsonText, type JsonTextOptions } from './jsonText';

/**
 * The text as an orchestration of sound structure (its rules not yet checked), or its problems.
 * When every problem is a value of the right type out of bounds (an 81-character name), the
 * document comes along as `wellTyped`, so that its rules can be checked too (model/validate.ts
 * `withRuleProblems`): one line per problem, FORMAT.md §5.
 */
export function orchestrationStructure(text: string, options: JsonTextOptions = {}): { ok: true; doc: Orchestration; unknownFields: Problem[] } | { ok: false; problems: Problem[]; wellTyped?: Orchestration; unknownFields?: Problem[] } {
  const parsed = parseJsonText(text, options);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  // The zod schema written out as data (model/shape): the same problems without building zod's schemas.
  const structure = shapeProblems<Orchestration>(ORCHESTRATION_SHAPE, parsed.value);
  // fields the format does not have are kept (FORMAT.md: fields may be added) but said: a typo would hide;
  // named by a walk of their own only when the check met one (it walks every value: 10 ms cold at 2,000 steps)
  const unknownFields = structure.unknownFields ? unknownFieldWarnings(ORCHESTRATION_SHAPE, parsed.value) : [];
  if (structure.ok) return { ok: true, doc: structure.data, unknownFields };
  // also when refused: a misspelt required field (`stagse`) is missing, and its warning says what was meant
  return structure.wellTyped ? { ok: false, problems: structure.problems, wellTyped: parsed.value as Orchestration, unknownFields } : { ok: false, problems: structure.problems, unknownFields };
}
