/**
 * R25 and the flow-type rule: every flow a step or a condition uses exists in the catalog, is
 * active, and has the right type (background ⇒ autolaunched, interactive ⇒ screen, conditions ⇒
 * evaluation). A flow without `active` counts as active.
 */
import { flowStatusVersion, inactiveFileWords } from './flowStatus';
import { childPath } from './jsonPath';
import type { Flow, FlowType, Step } from './types';
import type { ValidationContext } from './validateContext';
import type { ConditionSites } from './validateSites';

const TYPE_WORD: Record<FlowType, string> = { autolaunched: 'an autolaunched flow', screen: 'a screen flow', evaluation: 'an evaluation flow' };

/** Why `flow` cannot be used where a flow of `expected` type is needed, or null when it can. */
export function flowProblem(flow: Flow | undefined, name: string, expected: FlowType, use: string): string | null {
  if (!flow) return `there is no flow named "${name}" in the flow catalog`;
  if (flow.active === false) return `flow "${name}" is not active${inactiveFileWords(flow.source)}: activate it or choose another flow`;
  if (flow.type !== expected) return `"${name}" is ${TYPE_WORD[flow.type]}, but ${use} needs ${TYPE_WORD[expected]}`;
  return null;
}

/** True when the step's flow can run (exists, active, right type): otherwise the step fails as it starts. */
export function stepFlowRuns(ctx: ValidationContext, step: Step): boolean {
  if (!step.flow) return false;
  const expected: FlowType = step.kind === 'interactive' ? 'screen' : 'autolaunched';
  return flowProblem(ctx.flows.get(step.flow)?.flow, step.flow, expected, '') === null;
}

/**
 * Before API 54 there were no evaluation flows: a condition called an autolaunched flow that sets
 * the output `isOrchestrationConditionMet` (API 52 pilot files do so). From 54 on it must be an
 * evaluation flow.
 */
export const EVALUATION_FLOW_MIN_API = 54;

function conditionFlowProblem(ctx: ValidationContext, flow: Flow | undefined, name: string): string | null {
  if (flow?.type === 'autolaunched' && ctx.apiVersion < EVALUATION_FLOW_MIN_API && flow.active !== false) return null;
  return flowProblem(flow, name, 'evaluation', 'a condition');
}

/**
 * A project flow whose file is not the Active version (docs/projects.md): it runs as read, on the
 * assumption that the org has an active version, and the admin is told.
 */
function fileStatusWarning(flow: Flow | undefined): string | null {
  const status = flow?.source?.status;
  if (!flow || flow.active === false || status === undefined || status === 'Active') return null;
  return `the project's file of flow "${flow.name}" (${flow.source!.path}) is ${flowStatusVersion(status)}: the simulation runs it as written, taking the flow as active because this orchestration was activated with it; deploy an active version with the orchestration`;
}

/** The element kinds that make a background step asynchronous from API 63 (R20), by their lower case. */
const ASYNC_KINDS = new Map(['Action', 'Subflow', 'Wait'].map((kind) => [kind.toLowerCase(), kind]));

/**
 * An element kind written in another case than R20's (`"action"`): it matches nothing, so the step
 * ran sync without a word. A warning, as the catalog may name kinds the simulator does not know.
 */
function warnMiscasedElements(ctx: ValidationContext): void {
  for (const { flow, path } of ctx.flows.values()) {
    (flow.elements ?? []).forEach((kind, i) => {
      const meant = typeof kind === 'string' ? ASYNC_KINDS.get(kind.toLowerCase()) : undefined;
      if (meant && meant !== kind) {
        ctx.warn(childPath(childPath(path, 'elements'), i), `"${kind}" is not an element kind: element kinds are case-sensitive, did you mean "${meant}"? As written it does not make a background step asynchronous (R20)`);
      }
    });
  }
}

/** Checks the flow of every step and every evaluation-flow condition. */
export function validateFlows(ctx: ValidationContext, sites: ConditionSites): void {
  warnMiscasedElements(ctx);
  for (let i = 0; i < ctx.stepEntries.length; i++) {
    const entry = ctx.stepEntries[i]!;
    const { step } = entry;
    // the path is written only for a problem, and the wording is a constant: a big design has no problem here
    if (!step.flow) {
      ctx.error(childPath(entry.path, 'flow'), `choose the ${step.kind === 'interactive' ? 'screen' : 'autolaunched'} flow that step "${step.name}" runs`);
      continue;
    }
    const interactive = step.kind === 'interactive';
    const flow = ctx.flows.get(step.flow)?.flow;
    const problem = flowProblem(flow, step.flow, interactive ? 'screen' : 'autolaunched', interactive ? 'an interactive step' : 'a background step');
    if (problem) ctx.error(childPath(entry.path, 'flow'), problem);
    const status = problem ? null : fileStatusWarning(flow);
    if (status) ctx.warn(childPath(entry.path, 'flow'), status);
  }
  for (const site of sites.evaluationFlows) {
    // not chosen yet: said as the condition's other problems are ('… has no requirements: add at least one')
    if (site.flow === '') {
      ctx.error(childPath(site.path, 'flow'), `${site.owner} has no evaluation flow: choose the evaluation flow that decides it`);
      continue;
    }
    const flow = ctx.flows.get(site.flow)?.flow;
    const problem = conditionFlowProblem(ctx, flow, site.flow);
    if (problem) ctx.error(childPath(site.path, 'flow'), problem);
    const status = problem ? null : fileStatusWarning(flow);
    if (status) ctx.warn(childPath(site.path, 'flow'), status);
  }
}
