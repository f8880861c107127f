/**
 * Validation problems of the open document, computed once per document version (shared by every
 * caller: the canvas markers, the test hook, export). Validation never throws into the UI.
 */
import { validateOrchestration } from '../model/validate';
import type { Orchestration, Problem } from '../model/types';
import { useDocumentStore } from './documentStore';

let cached: { doc: Orchestration; problems: Problem[] } | null = null;

/** Problems of `doc` (memoised on the last document). */
export function problemsOf(doc: Orchestration): Problem[] {
  if (cached?.doc === doc) return cached.problems;
  let problems: Problem[];
  try {
    problems = validateOrchestration(doc);
  } catch (error) {
    problems = [{ path: '', message: `validation failed: ${error instanceof Error ? error.message : String(error)}`, severity: 'warning' }];
  }
  cached = { doc, problems };
  return problems;
}

const selectProblems = (s: { doc: Orchestration }) => problemsOf(s.doc);

/** Hook: the problems of the open document. */
export function useProblems(): Problem[] {
  return useDocumentStore(selectProblems);
}

/** Seeds the cache with problems already computed for `doc` (an import validated it). */
export function primeProblems(doc: Orchestration, problems: Problem[]): void {
  cached = { doc, problems };
}
