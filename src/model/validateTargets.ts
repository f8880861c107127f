/**
 * Connectors and predecessors: `start`, `next`, `faultNext`, `defaultNext` and outcome `next` name an
 * existing stage or decision; a `stepCompleted` start names another step of the same stage; and
 * steps never wait for each other in a circle.
 */
import { childPath } from './jsonPath';
import { kindWithArticle, type ValidationContext } from './validateContext';

/**
 * `what` names the connector: a noun ("the next element") or, ending in a verb, what it does ("the
 * orchestration starts at"), which then reads on with ", which is …" so that the message is a sentence.
 */
function checkTarget(ctx: ValidationContext, target: string | null | undefined, path: string, what: string): void {
  if (target === undefined || target === null) return;
  const element = ctx.elements.get(target);
  const subject = `${what} "${target}"${/ (at|to)$/.test(what) ? ', which' : ''}`;
  if (!element) ctx.error(path, `${subject} is not a stage or decision of this orchestration`);
  else if (element.kind !== 'stage' && element.kind !== 'decision') {
    ctx.error(path, `${subject} is ${kindWithArticle(element.kind)}; connect to a stage or a decision`);
  }
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
  for (const entry of ctx.steps.values()) {
    const { step, stage } = entry;
    if (step.start?.mode !== 'stepCompleted') continue;
    const path = (): string => childPath(childPath(entry.path, 'start'), 'step'); // built only for a problem
    const target = step.start.step;
    const other = ctx.steps.get(target);
    if (target === step.name) ctx.error(path(), `step "${step.name}" cannot wait for itself to complete`);
    else if (!other) ctx.error(path(), `unknown step "${target}"`);
    else if (other.stage !== stage) {
      ctx.error(path(), `step "${target}" is in stage "${other.stage.name}": a step can only wait for a step of its own stage ("${stage.name}")`);
    }
  }
  validatePredecessorCycles(ctx);
}

/** The predecessor a step waits for, when that is another step of its stage. */
export function predecessorOf(ctx: ValidationContext, stepName: string): string | null {
  return ctx.steps.get(stepName)?.predecessor ?? null;
}

/**
 * Each step has at most one predecessor, so the wait-for graph is a set of chains; walking each
 * chain once (colouring visited steps) finds every circle in linear time.
 */
function validatePredecessorCycles(ctx: ValidationContext): void {
  const done = new Set<string>();
  // Reused between walks: most chains are short, and allocating per step would dominate the cost.
  const chain: string[] = [];
  const onChain = new Map<string, number>();
  for (const start of ctx.steps.keys()) {
    if (done.has(start)) continue;
    chain.length = 0;
    onChain.clear();
    let current: string | null = start;
    while (current !== null && !done.has(current) && !onChain.has(current)) {
      onChain.set(current, chain.length);
      chain.push(current);
      current = predecessorOf(ctx, current);
    }
    if (current !== null && onChain.has(current)) {
      const members = chain.slice(onChain.get(current));
      const circle = [...members, members[0]].map((m) => `"${m}"`).join(' waits for ');
      const entries = members.map((m) => ctx.steps.get(m)).filter((e) => e !== undefined).sort((a, b) => a.index - b.index);
      for (const entry of entries) {
        ctx.error(childPath(childPath(entry.path, 'start'), 'step'), `steps wait for each other in a circle, so none of them can ever start: ${circle}`);
      }
    }
    for (const name of chain) done.add(name);
  }
}
