/**
 * Connectors and predecessors: `start`, `next`, `faultNext`, `defaultNext` and outcome `next` name an
 * existing stage or decision; a `stepCompleted` start names another step of the same stage; and
 * steps never wait for each other in a circle.
 */
import { childPath } from './jsonPath';
import { kindWithArticle, type StepEntry, type ValidationContext } from './validateContext';

const VERB_AT_END = / (at|to)$/;

/**
 * `what` names the connector: a noun ("the next element") or, ending in a verb, what it does ("the
 * orchestration starts at"), which then reads on with ", which is …" so that the message is a sentence.
 */
function checkTarget(ctx: ValidationContext, target: string | null | undefined, path: string, what: string): void {
  if (target === undefined || target === null) return;
  const element = ctx.elements.get(target);
  if (element && (element.kind === 'stage' || element.kind === 'decision')) return;
  // worded only for a problem
  const subject = `${what} "${target}"${VERB_AT_END.test(what) ? ', which' : ''}`;
  if (!element) ctx.error(path, `${subject} is not a stage or decision of this orchestration`);
  else ctx.error(path, `${subject} is ${kindWithArticle(element.kind)}; connect to a stage or a decision`);
}

/** Checks every connector target. */
export function validateConnectors(ctx: ValidationContext): void {
  const { doc } = ctx;
  if (doc.stages.length === 0) ctx.error('stages', 'an orchestration needs at least one stage');
  checkTarget(ctx, doc.start, 'start', 'the orchestration starts at');
  doc.stages.forEach((stage, si) => {
    const path = childPath('stages', si);
    checkTarget(ctx, stage.next, childPath(path, 'next'), 'the next element');
    checkTarget(ctx, stage.faultNext, childPath(path, 'faultNext'), 'the fault path');
  });
  (doc.decisions ?? []).forEach((decision, di) => {
    const path = childPath('decisions', di);
    decision.outcomes.forEach((outcome, oi) => {
      checkTarget(ctx, outcome.next, childPath(childPath(childPath(path, 'outcomes'), oi), 'next'), `outcome "${outcome.name}" leads to`);
    });
    checkTarget(ctx, decision.defaultNext, childPath(path, 'defaultNext'), 'the default outcome leads to');
  });
}

/** Checks that every `stepCompleted` start names another step of its own stage. */
export function validatePredecessors(ctx: ValidationContext): void {
  for (let i = 0; i < ctx.stepEntries.length; i++) {
    const entry = ctx.stepEntries[i]!;
    const { step, stage } = entry;
    // a predecessor found (createContext) is another step of the stage: nothing to look up again
    if (step.start?.mode !== 'stepCompleted' || entry.predecessor !== null) continue;
    const path = childPath(childPath(entry.path, 'start'), 'step');
    const target = step.start.step;
    const other = ctx.steps.get(target);
    if (target === step.name) ctx.error(path, `step "${step.name}" cannot wait for itself to complete`);
    else if (!other) ctx.error(path, `unknown step "${target}"`);
    else if (other.stage !== stage) {
      ctx.error(path, `step "${target}" is in stage "${other.stage.name}": a step can only wait for a step of its own stage ("${stage.name}")`);
    }
  }
  validatePredecessorCycles(ctx);
}

/**
 * Each step has at most one predecessor, so the wait-for graph is a set of chains; walking each
 * chain once (marking each step with the walk that reached it first) finds every circle in linear
 * time: a walk that meets its own mark has gone round one. The marks are kept by each step's
 * `order` in one array, not in sets of names: no name is hashed and nothing is allocated per step.
 */
function validatePredecessorCycles(ctx: ValidationContext): void {
  const walkOf = new Int32Array(ctx.stepEntries.length); // 0: not reached yet
  for (let i = 0; i < ctx.stepEntries.length; i++) {
    const start = ctx.stepEntries[i]!;
    if (walkOf[start.order] !== 0) continue;
    const walk = i + 1;
    let current: StepEntry | null = start;
    while (current !== null && walkOf[current.order] === 0) {
      walkOf[current.order] = walk;
      current = current.predecessor;
    }
    if (current !== null && walkOf[current.order] === walk) reportCircle(ctx, current);
  }
}

/** One error on each step of the circle through `member`, in document order. */
function reportCircle(ctx: ValidationContext, member: StepEntry): void {
  // in the order they wait for each other, from `member` (where the walk came round)
  const members = [member];
  for (let next = member.predecessor!; next !== member; next = next.predecessor!) members.push(next);
  const circle = [...members, members[0]!].map((m) => `"${m.step.name}"`).join(' waits for ');
  const entries = [...members].sort((a, b) => a.index - b.index);
  for (const entry of entries) {
    ctx.error(childPath(childPath(entry.path, 'start'), 'step'), `steps wait for each other in a circle, so none of them can ever start: ${circle}`);
  }
}
