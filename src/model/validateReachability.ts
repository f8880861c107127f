/**
 * Warning: a stage or decision that no path from the start leads to. Follows `start` (default: the
 * first stage), `next`, `faultNext`, outcome `next` and `defaultNext`.
 */
import type { ValidationContext } from './validateContext';

function successors(ctx: ValidationContext, name: string): Array<string | null | undefined> {
  const stage = ctx.stages.get(name)?.stage;
  if (stage) return [stage.next, stage.faultNext];
  const decision = ctx.decisions.get(name)?.decision;
  if (decision) return [...decision.outcomes.map((o) => o.next), decision.defaultNext];
  return [];
}

/** Adds a warning for every stage and decision that can never be entered. */
export function validateReachability(ctx: ValidationContext): void {
  const start = ctx.doc.start ?? ctx.doc.stages[0]?.name;
  if (start === undefined || !(ctx.stages.has(start) || ctx.decisions.has(start))) return;
  const reached = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const name = queue.pop()!;
    for (const next of successors(ctx, name)) {
      if (typeof next === 'string' && !reached.has(next) && (ctx.stages.has(next) || ctx.decisions.has(next))) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  for (const [name, { path }] of ctx.stages) {
    if (!reached.has(name)) ctx.warn(path, `stage "${name}" is never reached: no path from the start leads to it`);
  }
  for (const [name, { path }] of ctx.decisions) {
    if (!reached.has(name)) ctx.warn(path, `decision "${name}" is never reached: no path from the start leads to it`);
  }
}
