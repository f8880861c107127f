/** Reading an orchestration the way an import does: the io importer (safe parse, schema, rules). Never throws. */
import { importOrchestration, type ImportResult } from '../io/jsonImport';
import type { Orchestration } from '../model/types';
import { nonFiniteMessage, nonFiniteNumbers } from './nonFiniteNumbers';
import { otherDocumentProblem } from './otherDocument';

/** A refused object's problems, each at a place that held NaN or Infinity saying so rather than "not null". */
function withNonFiniteNamed(input: unknown, result: ImportResult<Orchestration>): ImportResult<Orchestration> {
  const numbers = nonFiniteNumbers(input);
  if (numbers.size === 0) return result;
  const problems = result.problems.map((p) => {
    const number = numbers.get(p.path);
    return number === undefined ? p : { ...p, message: nonFiniteMessage(number) };
  });
  return { ...result, problems };
}

/** Reads a document from JSON text or a parsed object (objects pass through the same checks as text). */
export function readOrchestration(input: unknown): ImportResult<Orchestration> {
  try {
    const text = typeof input === 'string' ? input : JSON.stringify(input);
    if (typeof text !== 'string') return { ok: false, problems: [{ path: '', message: 'expected an orchestration document', severity: 'error' }] };
    const result = importOrchestration(text);
    if (result.ok) return result;
    const other = otherDocumentProblem(text);
    if (other) return { ok: false, problems: [other] };
    return typeof input === 'string' ? result : withNonFiniteNamed(input, result);
  } catch (error) {
    // one line in the admin's words, as every problem is: V8's message for a circular object draws the circle over several
    const raw = error instanceof Error ? error.message : String(error);
    const reason = /circular|cyclic/i.test(raw) ? 'it refers to itself (a circular structure), which a JSON document cannot hold' : raw.split('\n')[0]!.trim();
    return { ok: false, problems: [{ path: '', message: `cannot read the document: ${reason}`, severity: 'error' }] };
  }
}
