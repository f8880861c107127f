/**
 * The order and wording of a document's problem lines: errors first, then the warnings that only
 * follow from one of those errors (Problem.cause: a stage that can never complete because a step's
 * flow is missing), each said to, then the other warnings. *Chosen* (docs/cli.md): a consequence
 * printed as a problem of its own sent admins to the stage's exit, where nothing was wrong; it
 * keeps its own line and path (FORMAT.md §5: one line per problem) and names the error it follows from.
 */
import type { Problem } from '../model/types';

/** The error reported at `cause` or inside it (`stages[0].steps[1].start` → `…start.step`), if any. */
function errorAt(errors: readonly Problem[], cause: string): Problem | undefined {
  return errors.find((e) => e.path === cause || e.path.startsWith(`${cause}.`) || e.path.startsWith(`${cause}[`));
}

/** Problems in print order, a consequence's message prefixed with the path of the error it follows from. */
export function problemsInPrintOrder(problems: readonly Problem[]): Problem[] {
  const errors = problems.filter((p) => p.severity === 'error');
  const consequences: Problem[] = [];
  const others: Problem[] = [];
  for (const p of problems) {
    if (p.severity === 'error') continue;
    const cause = p.cause === undefined ? undefined : errorAt(errors, p.cause);
    if (cause) consequences.push({ ...p, message: `follows from the error at ${cause.path}: ${p.message}` });
    else others.push(p);
  }
  return [...errors, ...consequences, ...others];
}
