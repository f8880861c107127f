/**
 * The order and wording of a document's problem lines: errors first, then the warnings that only
 * follow from one of those errors (Problem.cause: a stage that can never complete because a step's
 * flow is missing), each said to, then the other warnings — the order the app reads them in too
 * (model/problemCauses.ts). *Chosen* (docs/cli.md): a consequence printed as a problem of its own
 * sent admins to the stage's exit, where nothing was wrong; it keeps its own line and path
 * (FORMAT.md §5: one line per problem) and names the error it follows from.
 */
import { causeError, inCauseOrder } from '../model/problemCauses';
import type { Problem } from '../model/types';

/** Problems in print order, a consequence's message prefixed with the path of the error it follows from. */
export function problemsInPrintOrder(problems: readonly Problem[]): Problem[] {
  const errors = problems.filter((p) => p.severity === 'error');
  return inCauseOrder(problems, errors).map((p) => {
    const cause = causeError(errors, p);
    return cause ? { ...p, message: `follows from the error at ${cause.path}: ${p.message}` } : p;
  });
}
