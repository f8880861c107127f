/**
 * Warnings about steps that can never start and stages that can never complete: a step waiting
 * for a predecessor that can never complete (missing, in a circle, or whose flow cannot run) never
 * starts, and a stage that waits for all its steps then never completes.
 */
import { childPath } from './jsonPath';
import { ownStatusRowsBlockingStart } from './ownStatusStart';
import { fixedRowsReason } from './validateFixedStartRows';
import type { StepEntry, ValidationContext } from './validateContext';
import { stepFlowRuns } from './validateFlows';

const CIRCLE = 'it waits in a circle';

/** Why the step cannot complete by itself (ignoring what it waits for), and the field at fault, or null. */
function ownFault(ctx: ValidationContext, { step, stage, predecessor }: StepEntry): { reason: string; field: string } | null {
  if (!stepFlowRuns(ctx, step)) return { reason: step.flow ? `its flow "${step.flow}" cannot run` : 'it has no flow', field: 'flow' };
  if (step.kind === 'interactive' && !step.assignee) return { reason: 'it has no assignee', field: 'assignee' };
  if (step.start?.mode === 'stepCompleted' && predecessor === null) return { reason: `it waits for "${step.start.step}", which is not another step of its stage`, field: 'start' };
  const own = ownStatusRowsBlockingStart(step, stage.name);
  if (own) return { reason: fixedRowsReason(own), field: 'start' };
  return null;
}

interface NeverComplete {
  /** Why each step that can never complete cannot, by the step's `order` (undefined for a step that can). */
  reasons: Array<string | undefined>;
  /** The field at fault each such step's reason comes down to (none for a circle), by `order`: Problem.cause. */
  causes: Array<string | undefined>;
  count: number;
}

/**
 * Why each step that can never complete cannot, and the fault it comes down to. Indexed by order
 * rather than keyed by name: a big design's steps all complete, and no name need be hashed to learn that.
 */
function neverCompleteReasons(ctx: ValidationContext): NeverComplete {
  const { stepEntries } = ctx;
  const reasons = new Array<string | undefined>(stepEntries.length);
  const causes = new Array<string | undefined>(stepEntries.length);
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
      const own = ownFault(ctx, entry);
      let reason = own?.reason ?? null;
      if (own) causes[entry.order] = childPath(entry.path, own.field);
      if (reason === null && cycleStart >= 0 && i >= cycleStart) reason = CIRCLE;
      const predecessor = i + 1 < length ? chain[i + 1]! : current;
      if (reason === null && predecessor !== null && reasons[predecessor.order] !== undefined) {
        reason = `it waits for "${predecessor.step.name}", which can never complete`;
        causes[entry.order] = causes[predecessor.order];
      }
      if (reason !== null) {
        reasons[entry.order] = reason;
        count++;
      }
      mark[entry.order] = DECIDED;
    }
  }
  return { reasons, causes, count };
}

/** Why each step that can never complete cannot, and the fault it comes down to, by name (steps that can are absent). */
function stepsThatNeverComplete(ctx: ValidationContext): Map<string, { reason: string; cause: string | undefined }> {
  const { reasons, causes, count } = neverCompleteReasons(ctx);
  const never = new Map<string, { reason: string; cause: string | undefined }>();
  if (count === 0) return never;
  for (const entry of ctx.stepEntries) {
    const reason = reasons[entry.order];
    if (reason !== undefined) never.set(entry.step.name, { reason, cause: causes[entry.order] });
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
      const blocked = predecessor === undefined ? undefined : never.get(predecessor);
      if (blocked === undefined || never.get(entry.step.name)?.reason === CIRCLE) continue;
      ctx.warn(childPath(entry.path, 'start'), `step "${entry.step.name}" can never start: it waits for "${predecessor}", which can never complete (${blocked.reason})`, blocked.cause);
    }
  }
  for (let i = 0; i < ctx.stepEntries.length; i++) {
    const entry = ctx.stepEntries[i]!;
    const own = ownStatusRowsBlockingStart(entry.step, entry.stage.name);
    if (own) ctx.warn(childPath(entry.path, 'start'), `step "${entry.step.name}" can never start: ${fixedRowsReason(own)}`);
  }
  if (never.size === 0) return;
  ctx.doc.stages.forEach((stage, si) => {
    if (stage.exit && stage.exit.mode !== 'allStepsCompleted') return;
    const blocking = stage.steps.filter((s) => never.has(s.name));
    const first = blocking[0];
    if (!first) return;
    const others = blocking.length > 1 ? ` and ${blocking.length - 1} more` : '';
    // the message gives the first blocked step's reason, so the cause is that step's fault
    const { reason, cause } = never.get(first.name)!;
    ctx.warn(childPath(childPath('stages', si), 'exit'), `stage "${stage.name}" can never complete: it waits for all its steps, and "${first.name}"${others} can never complete (${reason})`, cause);
  });
}
