/**
 * Import of the three documents from untrusted text: safe parse (jsonText.ts), then validation.
 * `ok` means no errors (warnings may come along). When only the rules fail and the structure is
 * sound, the failed result still carries the document, so a draft with errors can be opened.
 */
import { Orchestration as OrchestrationSchema, Scenario as ScenarioSchema, Trace as TraceSchema } from '../model/schema';
import type { Orchestration, Problem, Scenario, Trace } from '../model/types';
import { hasErrors, validateOrchestrationRules, validateScenario } from '../model/validate';
import { formulaSyntax } from './formulaSyntax';
import { schemaProblems } from '../model/validateSchema';
import { parseJsonText, type JsonTextOptions } from './jsonText';

export type ImportResult<T> =
  | { ok: true; doc: T; problems: Problem[] }
  | { ok: false; problems: Problem[]; doc?: T };

function finish<T>(doc: T, problems: Problem[]): ImportResult<T> {
  return hasErrors(problems) ? { ok: false, problems, doc } : { ok: true, doc, problems };
}

/** Parses and validates an orchestration document. Never throws. */
export function importOrchestration(text: string, options: JsonTextOptions = {}): ImportResult<Orchestration> {
  const parsed = parseJsonText(text, options);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const structure = schemaProblems(OrchestrationSchema, parsed.value);
  if (!structure.ok) return { ok: false, problems: structure.problems };
  return finish(structure.data, validateOrchestrationRules(structure.data, { formulas: formulaSyntax }));
}

/** Parses a scenario; checks the names it uses when the orchestration it drives is given. Never throws. */
export function importScenario(text: string, doc?: Orchestration, options: JsonTextOptions = {}): ImportResult<Scenario> {
  const parsed = parseJsonText(text, options);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const structure = schemaProblems(ScenarioSchema, parsed.value);
  if (!structure.ok) return { ok: false, problems: structure.problems };
  return finish(structure.data, doc ? validateScenario(structure.data, doc) : []);
}

/** Parses a trace document (structure only). Never throws. */
export function importTrace(text: string, options: JsonTextOptions = {}): ImportResult<Trace> {
  const parsed = parseJsonText(text, options);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const structure = schemaProblems(TraceSchema, parsed.value);
  return structure.ok ? { ok: true, doc: structure.data, problems: [] } : { ok: false, problems: structure.problems };
}
