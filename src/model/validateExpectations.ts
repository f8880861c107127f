/**
 * Warnings for a scenario's expectations that name something the orchestration does not have (a
 * misspelt step, a removed outcome). Warnings, not errors: the scenario still runs, and the
 * expectation itself fails, naming what it could not find — so `stageflow test` reports it as a
 * failed test rather than refusing the file.
 */
import { childPath } from './jsonPath';
import type { Expectation, Scenario } from './types';
import type { ValidationContext } from './validateContext';

function checkNames(ctx: ValidationContext, e: Expectation, path: string): void {
  const step = (name: string) => { if (!ctx.steps.has(name)) ctx.warn(childPath(path, 'step'), `the orchestration has no step "${name}"`); };
  switch (e.kind) {
    case 'stepStatus': case 'notStarted': case 'stepTime': step(e.step); break;
    case 'runAs':
      step(e.step);
      if (e.user !== '$AutomatedProcessUser' && !ctx.users.has(e.user)) ctx.warn(childPath(path, 'user'), `"${e.user}" is not among the orchestration's users`);
      break;
    case 'stageStatus':
      if (!ctx.stages.has(e.stage)) ctx.warn(childPath(path, 'stage'), `the orchestration has no stage "${e.stage}"`);
      break;
    case 'decision': {
      const decision = ctx.decisions.get(e.decision)?.decision;
      if (!decision) ctx.warn(childPath(path, 'decision'), `the orchestration has no decision "${e.decision}"`);
      else if (e.outcome !== null && !decision.outcomes.some((o) => o.name === e.outcome)) {
        ctx.warn(childPath(path, 'outcome'), `decision "${e.decision}" has no outcome "${e.outcome}" (null means its default path)`);
      }
      break;
    }
    case 'order':
      for (const side of ['first', 'then'] as const) {
        const element = e[side].element;
        if (element !== undefined && !ctx.elements.has(element.split('.')[0]!)) {
          ctx.warn(childPath(childPath(path, side), 'element'), `the orchestration has no stage, step, decision or variable "${element}"`);
        }
      }
      break;
    case 'value': {
      const name = e.target.split('.')[0]!;
      const isTriggerRecord = name === '$Record' && ctx.doc.trigger?.type === 'recordTriggered';
      if (!ctx.variables.has(name) && !isTriggerRecord) ctx.warn(childPath(path, 'target'), `the orchestration has no variable "${name}"`);
      break;
    }
    case 'notStalled': case 'runStatus': case 'recordField': break;
  }
}

/** Adds a warning for each name an expectation uses that the orchestration does not have. */
export function validateExpectations(ctx: ValidationContext, scenario: Scenario): void {
  (scenario.expectations ?? []).forEach((e, i) => checkNames(ctx, e, childPath('expectations', i)));
}
