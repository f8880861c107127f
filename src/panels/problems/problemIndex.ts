/**
 * The validator's problems indexed by JSON path, so that each form field shows the problems at
 * its own path (`stages[0].steps[2].start.step`) and a form can list the rest under its element.
 */
import { validateOrchestration } from '../../model/validate';
import type { Orchestration, Problem } from '../../model/types';

export interface ProblemIndex {
  /** Messages of the problems exactly at `path`. */
  at(path: string): string[];
  /** Problems at `prefix` or inside it (`prefix.x`, `prefix[0]`). */
  under(prefix: string): Problem[];
}

const cache = new WeakMap<Orchestration, ProblemIndex>();

function isInside(path: string, prefix: string): boolean {
  if (prefix === '') return true;
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

export function indexProblems(problems: readonly Problem[]): ProblemIndex {
  const byPath = new Map<string, string[]>();
  for (const p of problems) {
    const list = byPath.get(p.path) ?? [];
    list.push(p.severity === 'warning' ? `Warning: ${p.message}` : p.message);
    byPath.set(p.path, list);
  }
  return {
    at: (path) => byPath.get(path) ?? [],
    under: (prefix) => problems.filter((p) => isInside(p.path, prefix)),
  };
}

/** The problem index of a document (computed once per document version). */
export function problemIndexOf(doc: Orchestration): ProblemIndex {
  let index = cache.get(doc);
  if (!index) {
    let problems: Problem[];
    try {
      problems = validateOrchestration(doc);
    } catch {
      problems = [];
    }
    index = indexProblems(problems);
    cache.set(doc, index);
  }
  return index;
}
