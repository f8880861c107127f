/**
 * Which canvas element a validation problem belongs to, from its JSON path: the most specific
 * element whose path is a prefix (`stages[0].steps[2].start` → that step, `decisions[1]…` → the
 * decision). Problems elsewhere (variables, flows) belong to no node.
 */
import type { Orchestration, Problem } from '../model/types';

export interface ElementProblems {
  messages: string[];
  hasError: boolean;
}

const STAGE_PATH = /^\/?stages[[./](\d+)\]?(?:[./]steps[[./](\d+)\]?)?/;
const DECISION_PATH = /^\/?decisions[[./](\d+)\]?/;

/** Problems by element API name. */
export function problemsByElement(doc: Orchestration, problems: readonly Problem[]): Map<string, ElementProblems> {
  const byName = new Map<string, ElementProblems>();
  const add = (name: string | undefined, problem: Problem) => {
    if (!name) return;
    const entry = byName.get(name) ?? { messages: [], hasError: false };
    entry.messages.push(problem.message);
    if (problem.severity === 'error') entry.hasError = true;
    byName.set(name, entry);
  };
  for (const problem of problems) {
    const stage = STAGE_PATH.exec(problem.path);
    if (stage) {
      const s = doc.stages[Number(stage[1])];
      add(stage[2] !== undefined ? s?.steps[Number(stage[2])]?.name : s?.name, problem);
      continue;
    }
    const decision = DECISION_PATH.exec(problem.path);
    if (decision) add(doc.decisions?.[Number(decision[1])]?.name, problem);
  }
  return byName;
}
