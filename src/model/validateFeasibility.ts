/**
 * Warnings about steps that can never start and stages that can never complete: a step waiting
 * for a predecessor that can never complete (missing, in a circle, or whose flow cannot run) never
 * starts, and a stage that waits for all its steps then never completes.
 */
import { childPath } from './jsonPath';
import { ownStatusRowsBlockingStart } from './ownStatusStart';
import type { StepEntry, ValidationContext } from './validateContext';
import { stepFlowRuns } from './validateFlows';

const CIRCLE = 'it waits in a circle';

const ownStatusReason = (rows: number[]): string =>
  `its start requirements read its own status (row${rows.length > 1 ? 's' : ''} ${rows.join(', ')}), which is NotStarted whenever they are checked, so they never hold`;

/** Why the step cannot complete by itself (ignoring what it waits for), or null. */
function ownReason(ctx: ValidationContext, { step, predecessor }: StepEntry): string | null {
  if (!stepFlowRuns(ctx, step)) return step.flow ? `its flow "${step.flow}" cannot run` : 'it has no flow';
  if (step.kind === 'interactive' && !step.assignee) return 'it has no assignee';
  if (step.start?.mode === 'stepCompleted' && predecessor === null) return `it waits for "${step.start.step}", which is not another step of its stage`;
  const own = ownStatusRowsBlockingStart(step);
  if (own) return ownStatusReason(own);
  return null;
}

/**
 * Why each step that can never complete cannot, by the step's `order` (undefined for a step that
 * can). Indexed by order rather than keyed by name: a big design's steps all complete, and no name
 * need be hashed to learn that.
 */
function neverCompleteReasons(ctx: ValidationContext): { reasons: Array<string | undefined>; count: number } {
  const { stepEntries } = ctx;
  const reasons = new Array<string | undefined>(stepEntries.length);
  let count = 0;
  const DECIDED = -1;
  // per step: 0 not yet seen, DECIDED, or (its place on the chain being walked) + 1
  const mark = new Int32Array(stepEntries.length);
  // Reused by every walk, its first `length` places in use: emptying an array (`length = 0`) gives
  // its storage back, and every walk would allocate it again.
  const chain: StepEntry[] = [];
  for (let s = 0; s < stepEntries.length; s++) {
    const first = stepEntries[s]!;
    if (mark[first.order] === DECIDED) continue;
    // Walk up the chain of predecessors until a step whose fate is known or that has none.
    let length = 0;
    let current: StepEntry | null = first;
    while (current !== null && mark[current.order] === 0) {
      chain[length++] = current;
      mark[current.order] = length;
      current = current.predecessor;
    }
    const cycleStart = current !== null && mark[current.order]! > 0 ? mark[current.order]! - 1 : -1;
    // Back down the chain: each step fails by itself, or sits in a circle, or inherits its predecessor's fate.
    for (let i = length - 1; i >= 0; i--) {
      const entry = chain[i]!;
      let reason = ownReason(ctx, entry);
      if (reason === null && cycleStart >= 0 && i >= cycleStart) reason = CIRCLE;
      const predecessor = i + 1 < length ? chain[i + 1]! : current;
      if (reason === null && predecessor !== null && reasons[predecessor.order] !== undefined) reason = `it waits for "${predecessor.step.name}", which can never complete`;
      if (reason !== null) {
        reasons[entry.order] = reason;
        count++;
      }
      mark[entry.order] = DECIDED;
    }
  }
  return { reasons, count };
}

/** Why each step that can never complete cannot, by name (steps that can are absent). */
export function stepsThatNeverComplete(ctx: ValidationContext): Map<string, string> {
  const { reasons, count } = neverCompleteReasons(ctx);
  const never = new Map<string, string>();
  if (count === 0) return never;
  for (const entry of ctx.stepEntries) {
    const reason = reasons[entry.order];
    if (reason !== undefined) never.set(entry.step.name, reason);
  }
  return never;
}

/** Adds "can never start" warnings for steps and "can never complete" for allStepsCompleted stages. */
export function validateFeasibility(ctx: ValidationContext): void {
  const never = stepsThatNeverComplete(ctx);
  // With every step able to complete (a sound design), neither warning below can arise.
  if (never.size > 0) {
    for (const entry of ctx.stepEntries) {
      const predecessor = entry.predecessor?.step.name;
      if (predecessor === undefined || !never.has(predecessor) || never.get(entry.step.name) === CIRCLE) continue;
      ctx.warn(childPath(entry.path, 'start'), `step "${entry.step.name}" can never start: it waits for "${predecessor}", which can never complete (${never.get(predecessor) ?? ''})`);
    }
  }
  for (let i = 0; i < ctx.stepEntries.length; i++) {
    const entry = ctx.stepEntries[i]!;
    const own = ownStatusRowsBlockingStart(entry.step);
    if (own) ctx.warn(childPath(entry.path, 'start'), `step "${entry.step.name}" can never start: ${ownStatusReason(own)}`);
  }
  if (never.size === 0) return;
  ctx.doc.stages.forEach((stage, si) => {
    if (stage.exit && stage.exit.mode !== 'allStepsCompleted') return;
    const blocking = stage.steps.filter((s) => never.has(s.name));
    const first = blocking[0];
    if (!first) return;
    const others = blocking.length > 1 ? ` and ${blocking.length - 1} more` : '';
    ctx.warn(childPath(childPath('stages', si), 'exit'), `stage "${stage.name}" can never complete: it waits for all its steps, and "${first.name}"${others} can never complete (${never.get(first.name) ?? ''})`);
  });
}
