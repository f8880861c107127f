/**
 * R25 and the flow-type rule: every flow a step or a condition uses exists in the catalog, is
 * active, and has the right type (background ⇒ autolaunched, interactive ⇒ screen, conditions ⇒
 * evaluation). A flow without `active` counts as active.
 */
import { childPath } from './jsonPath';
import type { Flow, FlowType } from './types';
import type { ValidationContext } from './validateContext';
import type { ConditionSites } from './validateSites';

const TYPE_WORD: Record<FlowType, string> = { autolaunched: 'an autolaunched flow', screen: 'a screen flow', evaluation: 'an evaluation flow' };

/** Why `flow` cannot be used where a flow of `expected` type is needed, or null when it can. */
export function flowProblem(flow: Flow | undefined, name: string, expected: FlowType, use: string): string | null {
  if (!flow) return `there is no flow named "${name}" in the flow catalog`;
  if (flow.active === false) return `flow "${name}" is not active: activate it or choose another flow`;
  if (flow.type !== expected) return `"${name}" is ${TYPE_WORD[flow.type]}, but ${use} needs ${TYPE_WORD[expected]}`;
  return null;
}

/** True when the step's flow can run (exists, active, right type): otherwise the step fails as it starts. */
export function stepFlowRuns(ctx: ValidationContext, stepName: string): boolean {
  const step = ctx.steps.get(stepName)?.step;
  if (!step?.flow) return false;
  const expected: FlowType = step.kind === 'interactive' ? 'screen' : 'autolaunched';
  return flowProblem(ctx.flows.get(step.flow)?.flow, step.flow, expected, '') === null;
}

/** Checks the flow of every step and every evaluation-flow condition. */
export function validateFlows(ctx: ValidationContext, sites: ConditionSites): void {
  for (const { step, path } of ctx.steps.values()) {
    const flowPath = childPath(path, 'flow');
    if (!step.flow) {
      ctx.error(flowPath, `choose the ${step.kind === 'interactive' ? 'screen' : 'autolaunched'} flow that step "${step.name}" runs`);
      continue;
    }
    const expected: FlowType = step.kind === 'interactive' ? 'screen' : 'autolaunched';
    const problem = flowProblem(ctx.flows.get(step.flow)?.flow, step.flow, expected, `${step.kind === 'interactive' ? 'an interactive' : 'a background'} step`);
    if (problem) ctx.error(flowPath, problem);
  }
  for (const site of sites.evaluationFlows) {
    const problem = flowProblem(ctx.flows.get(site.flow)?.flow, site.flow, 'evaluation', 'a condition');
    if (problem) ctx.error(childPath(site.path, 'flow'), problem);
  }
}
