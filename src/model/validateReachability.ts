/**
 * Warning: a stage or decision that no path from the start leads to. Follows `start` (default: the
 * first stage), `next`, `faultNext`, outcome `next` and `defaultNext`. When a connector of the part
 * that is reached names no stage or decision (validateTargets' error: `"Valdate"` for `"Validate"`),
 * what is not reached follows from that error — the path the admin drew ends there — and says so
 * (Problem.cause, the first such connector in the document's order): the Problems list and
 * `stageflow validate` read it as that error's consequence, not as one more thing to fix.
 */
import { childPath } from './jsonPath';
import type { ValidationContext } from './validateContext';

/** An element's connectors: where each leads and its path. */
function successors(ctx: ValidationContext, name: string): Array<{ target: string | null | undefined; path: string }> {
  const stageEntry = ctx.stages.get(name);
  if (stageEntry) return [{ target: stageEntry.stage.next, path: childPath(stageEntry.path, 'next') }, { target: stageEntry.stage.faultNext, path: childPath(stageEntry.path, 'faultNext') }];
  const decisionEntry = ctx.decisions.get(name);
  if (!decisionEntry) return [];
  const { decision, path } = decisionEntry;
  return [
    ...decision.outcomes.map((o, oi) => ({ target: o.next, path: childPath(childPath(childPath(path, 'outcomes'), oi), 'next') })),
    { target: decision.defaultNext, path: childPath(path, 'defaultNext') },
  ];
}

const isElement = (ctx: ValidationContext, name: string) => ctx.stages.has(name) || ctx.decisions.has(name);

/** The first connector, in the document's order, of an element reached that leads to no stage or decision. */
function brokenConnector(ctx: ValidationContext, reached: ReadonlySet<string>): string | undefined {
  for (const name of [...ctx.stages.keys(), ...ctx.decisions.keys()]) {
    if (!reached.has(name)) continue;
    const broken = successors(ctx, name).find((c) => typeof c.target === 'string' && !isElement(ctx, c.target));
    if (broken) return broken.path;
  }
  return undefined;
}

/** Adds a warning for every stage and decision that can never be entered. */
export function validateReachability(ctx: ValidationContext): void {
  const start = ctx.doc.start ?? ctx.doc.stages[0]?.name;
  if (start === undefined || !(ctx.stages.has(start) || ctx.decisions.has(start))) return;
  const reached = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const name = queue.pop()!;
    for (const { target: next } of successors(ctx, name)) {
      if (typeof next === 'string' && !reached.has(next) && isElement(ctx, next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  if (reached.size === ctx.stages.size + ctx.decisions.size) return;
  const cause = brokenConnector(ctx, reached);
  for (const [name, { path }] of ctx.stages) {
    if (!reached.has(name)) ctx.warn(path, `stage "${name}" is never reached: no path from the start leads to it`, cause);
  }
  for (const [name, { path }] of ctx.decisions) {
    if (!reached.has(name)) ctx.warn(path, `decision "${name}" is never reached: no path from the start leads to it`, cause);
  }
}
