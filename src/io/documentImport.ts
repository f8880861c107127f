/**
 * Import of scenario and trace documents from untrusted text: safe parse (jsonText.ts), then the
 * zod schema, then (for a scenario with its orchestration) the names it uses. Kept apart from
 * jsonImport.ts so that opening an orchestration does not load zod (docs/performance.md).
 */
import { Scenario as ScenarioSchema, Trace as TraceSchema } from '../model/schema';
import type { Orchestration, Scenario, Trace } from '../model/types';
import { validateScenario } from '../model/validateScenario';
import { schemaProblems } from '../model/validateSchema';
import { finishImport, type ImportResult } from './jsonImport';
import { parseJsonText, type JsonTextOptions } from './jsonText';

/** Parses a scenario; checks the names it uses when the orchestration it drives is given. Never throws. */
export function importScenario(text: string, doc?: Orchestration, options: JsonTextOptions = {}): ImportResult<Scenario> {
  const parsed = parseJsonText(text, options);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const structure = schemaProblems(ScenarioSchema, parsed.value);
  // a value out of bounds (`"at": -1`) is listed with the names the scenario gets wrong (validateScenario)
  if (!structure.ok) return { ok: false, problems: structure.wellTyped && doc ? validateScenario(parsed.value, doc) : structure.problems };
  return finishImport(structure.data, doc ? validateScenario(structure.data, doc) : []);
}

/** Parses a trace document (structure only). Never throws. */
export function importTrace(text: string, options: JsonTextOptions = {}): ImportResult<Trace> {
  const parsed = parseJsonText(text, options);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const structure = schemaProblems(TraceSchema, parsed.value);
  return structure.ok ? { ok: true, doc: structure.data, problems: [] } : { ok: false, problems: structure.problems };
}
