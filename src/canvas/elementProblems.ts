/**
 * Which canvas element a validation problem belongs to, from its JSON path: the most specific
 * element whose path is a prefix (`stages[0].steps[2].start` → that step, `decisions[1]…` → the
 * decision). Problems elsewhere (variables, flows) belong to no node.
 */
import { causeInWordsAt, consequenceMessage, inCauseOrder } from '../model/problemCauses';
import type { Orchestration, Problem } from '../model/types';
import { messageAfterPlace, problemPlace, requirementRowInWords } from '../model/problemPlace';

export interface ElementProblems {
  /** Errors, then the consequences of errors elsewhere (each naming the error), then other warnings. */
  messages: string[];
  hasError: boolean;
  /**
   * Every problem only follows from an error elsewhere: the marker is muted (ProblemMarker), as the
   * element itself needs no fix. *Chosen* (docs/editor.md).
   */
  consequencesOnly: boolean;
}

const STAGE_PATH = /^\/?stages[[./](\d+)\]?(?:[./]steps[[./](\d+)\]?)?/;
const DECISION_PATH = /^\/?decisions[[./](\d+)\]?/;

/**
 * The key an element's problems are kept under: its kind and name, and a step's stage. By API name
 * alone, a draft's stage and step of one name (a project's file can hold them; the editor refuses
 * such a name as it is typed) shared one marker, each listing the other's problems (*chosen*,
 * docs/editor.md).
 */
export function elementKey(kind: 'stage' | 'step' | 'decision', name: string, stage = ''): string {
  return kind === 'step' ? `step\u0001${stage}\u0001${name}` : `${kind}\u0001${name}`;
}

/**
 * A warning's error, as model/problemCauses.ts causeError finds it (the first error at its cause's
 * path or inside it), looked up by path: causeError reads every error for each warning, and a big
 * design's first markers (2,000 errors, 1,100 warnings that follow from them) asked it twice each.
 */
function causeFinder(errors: readonly Problem[]): (problem: Problem) => Problem | undefined {
  const firstInside = new Map<string, Problem>();
  for (const error of errors) {
    const { path } = error;
    // the path itself and each path it is inside: `a.b[0].c` is inside `a`, `a.b`, `a.b[0]`
    for (let i = 0; i <= path.length; i++) {
      if (i < path.length && path[i] !== '.' && path[i] !== '[') continue;
      const prefix = path.slice(0, i);
      if (!firstInside.has(prefix)) firstInside.set(prefix, error);
    }
  }
  return (problem) => (problem.severity === 'warning' && problem.cause !== undefined ? firstInside.get(problem.cause) : undefined);
}

/** Problems by element (elementKey). */
export function problemsByElement(doc: Orchestration, problems: readonly Problem[]): Map<string, ElementProblems> {
  const byElement = new Map<string, ElementProblems>();
  const errors = problems.filter((p) => p.severity === 'error');
  const causeError = causeFinder(errors);
  const causes = new Map<Problem, Problem | undefined>();
  const causeOf = (problem: Problem) => {
    if (!causes.has(problem)) causes.set(problem, causeError(problem));
    return causes.get(problem);
  };
  const add = (key: string | undefined, problem: Problem) => {
    if (key === undefined) return;
    const entry = byElement.get(key) ?? { messages: [], hasError: false, consequencesOnly: true };
    const cause = causeOf(problem);
    // a row's problem says which row: four empty rows read "choose a resource" four times (chosen, docs/editor.md)
    const row = requirementRowInWords(problem.path);
    // the marker sits on the element: its tooltip says it once, "this step" (chosen, docs/editor.md)
    const words = cause ? consequenceMessage(doc, problem, cause) : messageAfterPlace(doc, problem.message, problemPlace(doc, problem.path));
    const message = `${row ? `${row}: ` : ''}${words}`;
    entry.messages.push(cause ? `Follows from the error at ${causeInWordsAt(doc, cause, problem.path)}: ${message}` : message);
    if (problem.severity === 'error') entry.hasError = true;
    if (!cause) entry.consequencesOnly = false;
    byElement.set(key, entry);
  };
  for (const problem of inCauseOrder(problems, errors, causeOf)) {
    const stage = STAGE_PATH.exec(problem.path);
    if (stage) {
      const s = doc.stages[Number(stage[1])];
      const step = stage[2] !== undefined ? s?.steps[Number(stage[2])] : undefined;
      if (stage[2] === undefined) add(s?.name ? elementKey('stage', s.name) : undefined, problem);
      else add(s && step?.name ? elementKey('step', step.name, s.name) : undefined, problem);
      continue;
    }
    const decisionAt = DECISION_PATH.exec(problem.path);
    const decision = decisionAt ? doc.decisions?.[Number(decisionAt[1])] : undefined;
    if (decision?.name) add(elementKey('decision', decision.name), problem);
  }
  return byElement;
}
