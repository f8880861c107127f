/**
 * Which warnings only follow from an error (Problem.cause: a stage that can never complete because
 * one of its steps has no flow), and the order a list of problems is read in: errors, then those
 * consequences, then the other warnings — as `stageflow validate` prints them (cli/problemOrder.ts,
 * docs/cli.md). A consequence whose cause carries no error (the fault is only warned about) is an
 * ordinary warning: there is nothing else to fix first.
 */
import { messageAfterPlace, problemPlace } from './problemPlace';
import type { Orchestration, Problem } from './types';
import { failingStepAsThat } from './ownElementWords';

const inside = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);

/** The error reported at `problem.cause` or inside it (`…start` → `…start.step`), if `problem` is a warning that has one. */
export function causeError(errors: readonly Problem[], problem: Problem): Problem | undefined {
  if (problem.severity !== 'warning' || problem.cause === undefined) return undefined;
  const cause = problem.cause;
  return errors.find((e) => inside(e.path, cause));
}

/**
 * `problems` with errors first, then the warnings that follow from one of those errors, then the
 * other warnings; each group in its own order. `causeOf` finds a warning's error (by default among
 * `errors`); a caller that knows the causes already (the store's problem index) passes its own.
 */
export function inCauseOrder<P extends Problem>(problems: readonly P[], errors: readonly Problem[] = problems.filter((p) => p.severity === 'error'), causeOf: (warning: P) => Problem | undefined = (p) => causeError(errors, p)): P[] {
  const consequences: P[] = [];
  const others: P[] = [];
  for (const p of problems) {
    if (p.severity === 'error') continue;
    (causeOf(p) ? consequences : others).push(p);
  }
  return [...problems.filter((p) => p.severity === 'error'), ...consequences, ...others];
}

/**
 * Where the error a consequence at `problemPath` follows from is, as read after or beside that
 * consequence's place — 'Step “Pack” (Flow)': the error is at a step of the same stage (a step waits
 * only for a step of its own stage), which the place has named, so that stage is not named again;
 * an error in another stage keeps it ('Step “Pack” in stage “Ship order” (Flow)').
 */
export function causeInWordsAt(doc: Orchestration, cause: Problem, problemPath: string): string {
  const place = problemPlace(doc, problemPath);
  const at = problemPlace(doc, cause.path);
  // the stage the consequence's place names: a step's, or the stage itself
  const placeStage = place.stage ?? (/^stages\[\d+\](?!\.steps\[)/.test(problemPath) ? place.element : undefined);
  const stage = at.stage === undefined ? undefined : doc.stages.find((s) => s.name === at.stage);
  const inStage = stage === undefined ? '' : ` in stage “${stage.label ?? stage.name}”`;
  const causeWhere = at.stage === placeStage && inStage !== '' && at.where.endsWith(inStage) ? at.where.slice(0, -inStage.length) : at.where;
  return `${causeWhere}${at.field ? ` (${at.field})` : ''}`;
}

/**
 * A consequence's message after its place, read after "follows from the error at Step “Pack” (Flow)":
 * the place's element said once (messageAfterPlace), and the failing step, which those words have
 * named, as "that step" ('…and that step can never complete (…)').
 */
export function consequenceMessage(doc: Orchestration, problem: { path: string; message: string }, cause: Problem): string {
  const message = messageAfterPlace(doc, problem.message, problemPlace(doc, problem.path));
  const at = problemPlace(doc, cause.path);
  return at.stage !== undefined && at.element !== null ? failingStepAsThat(message, at.element) : message;
}

/**
 * A warning that only follows from `cause`, as the import report and the Problems list read it after its own place: 'Stage
 * “Ship order” (When to complete the stage): follows from the error at Step “Pack” (Flow): this stage
 * can never complete: it waits for all its steps, and that step can never complete (…)'. The message
 * is read after the warning's place, as the Problems list reads it (consequenceMessage); with "follows
 * from …" in front of it first, its opening 'stage “Ship order” (Ship_Order)' named the place's
 * element again, and the error's stage is not named again either (causeInWordsAt).
 */
export function consequenceInWords(doc: Orchestration, problem: { path: string; message: string }, cause: Problem): string {
  const place = problemPlace(doc, problem.path);
  return `${place.where}${place.field ? ` (${place.field})` : ''}: follows from the error at ${causeInWordsAt(doc, cause, problem.path)}: ${consequenceMessage(doc, problem, cause)}`;
}
