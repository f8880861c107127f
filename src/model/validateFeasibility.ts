/**
 * Warnings about steps that can never start and stages that can never complete: a step waiting
 * for a predecessor that can never complete (missing, in a circle, or whose flow cannot run) never
 * starts, and a stage that waits for all its steps then never completes.
 */
import { childPath } from './jsonPath';
import { ownStatusRowsBlockingStart } from './ownStatusStart';
import type { ValidationContext } from './validateContext';
import { stepFlowRuns } from './validateFlows';
import { predecessorOf } from './validateTargets';

const CIRCLE = 'it waits in a circle';

const ownStatusReason = (rows: number[]): string =>
  `its start requirements read its own status (row${rows.length > 1 ? 's' : ''} ${rows.join(', ')}), which is NotStarted whenever they are checked, so they never hold`;

/** Why each step that can never complete cannot (steps that can are absent). */
export function stepsThatNeverComplete(ctx: ValidationContext): Map<string, string> {
  const never = new Map<string, string>();
  const decided = new Set<string>();
  const ownReason = (name: string): string | null => {
    const step = ctx.steps.get(name)?.step;
    if (!step) return 'it does not exist';
    if (!stepFlowRuns(ctx, name)) return step.flow ? `its flow "${step.flow}" cannot run` : 'it has no flow';
    if (step.kind === 'interactive' && !step.assignee) return 'it has no assignee';
    if (step.start?.mode === 'stepCompleted' && predecessorOf(ctx, name) === null) return `it waits for "${step.start.step}", which is not another step of its stage`;
    const own = ownStatusRowsBlockingStart(step);
    if (own) return ownStatusReason(own);
    return null;
  };
  const chain: string[] = [];
  const onChain = new Set<string>();
  for (const first of ctx.steps.keys()) {
    if (decided.has(first)) continue;
    // Walk up the chain of predecessors until a step whose fate is known or that has none.
    chain.length = 0;
    onChain.clear();
    let current: string | null = first;
    while (current !== null && !decided.has(current) && !onChain.has(current)) {
      onChain.add(current);
      chain.push(current);
      current = predecessorOf(ctx, current);
    }
    const cycleStart = current !== null && onChain.has(current) ? chain.indexOf(current) : -1;
    // Back down the chain: each step fails by itself, or sits in a circle, or inherits its predecessor's fate.
    for (let i = chain.length - 1; i >= 0; i--) {
      const name = chain[i]!;
      let reason = ownReason(name);
      if (reason === null && cycleStart >= 0 && i >= cycleStart) reason = CIRCLE;
      const predecessor = i + 1 < chain.length ? chain[i + 1]! : current;
      if (reason === null && predecessor !== null && never.has(predecessor)) reason = `it waits for "${predecessor}", which can never complete`;
      if (reason !== null) never.set(name, reason);
      decided.add(name);
    }
  }
  return never;
}

/** Adds "can never start" warnings for steps and "can never complete" for allStepsCompleted stages. */
export function validateFeasibility(ctx: ValidationContext): void {
  const never = stepsThatNeverComplete(ctx);
  for (const [name, entry] of ctx.steps) {
    const predecessor = predecessorOf(ctx, name);
    if (predecessor === null || !never.has(predecessor) || never.get(name) === CIRCLE) continue;
    ctx.warn(childPath(entry.path, 'start'), `step "${name}" can never start: it waits for "${predecessor}", which can never complete (${never.get(predecessor) ?? ''})`);
  }
  for (const [name, entry] of ctx.steps) {
    const own = ownStatusRowsBlockingStart(entry.step);
    if (own) ctx.warn(childPath(entry.path, 'start'), `step "${name}" can never start: ${ownStatusReason(own)}`);
  }
  ctx.doc.stages.forEach((stage, si) => {
    if (stage.exit && stage.exit.mode !== 'allStepsCompleted') return;
    const blocking = stage.steps.filter((s) => never.has(s.name));
    const first = blocking[0];
    if (!first) return;
    const others = blocking.length > 1 ? ` and ${blocking.length - 1} more` : '';
    ctx.warn(childPath(childPath('stages', si), 'exit'), `stage "${stage.name}" can never complete: it waits for all its steps, and "${first.name}"${others} can never complete (${never.get(first.name) ?? ''})`);
  });
}
