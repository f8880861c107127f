/**
 * A scenario or a trace opened where a design is expected (Import, the test hook, Compare with…):
 * one problem saying what the file is and where it goes in the app, as `stageflow validate` says it
 * in one line (src/cli/loadFiles.ts `otherDocumentProblem`, with the command line's advice there),
 * instead of its format and every field an orchestration needs listed as missing.
 */
import { parseJsonText } from '../io/jsonText';
import type { Problem } from '../model/types';

// where each of the other documents goes in the app
const OTHER_DOCUMENTS: Record<string, string> = {
  'stageflow.scenario': 'a scenario ("format": "stageflow.scenario"), not an orchestration: open its design, then add it in Scenarios with Add from file…',
  'stageflow.trace': 'a trace ("format": "stageflow.trace"), not an orchestration: open its design, then Run and Load trace file',
};

/** The one problem when `text` is a well-formed scenario or trace; null for anything else. */
export function otherDocumentProblem(text: string): Problem | null {
  const parsed = parseJsonText(text);
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) return null;
  const format = (parsed.value as Record<string, unknown>).format;
  if (typeof format !== 'string' || !Object.hasOwn(OTHER_DOCUMENTS, format)) return null;
  return { path: 'format', message: `this file is ${OTHER_DOCUMENTS[format]!}`, severity: 'error' };
}
