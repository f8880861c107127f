/**
 * Validation of a scenario against the orchestration it drives: its structure, then the names it
 * uses (step overrides, evaluation flows, work items) and the targets of `set` events. Events may
 * come in any `at` order.
 */
import { outputNames } from './flowParameters';
import { childPath } from './jsonPath';
import { isResourceText, parseReference, RECORD_PRIOR } from './references';
import { Scenario as ScenarioSchema } from './schema';
import type { Orchestration, Problem, Scenario } from './types';
import { createContext, type ValidationContext } from './validateContext';
import { validateExpectations } from './validateExpectations';
import { resolveReference } from './validateResolve';
import { EVALUATION_FLOW_MIN_API } from './validateFlows';
import { validateScenarioData } from './validateScenarioData';
import { validateScenarioKeys } from './validateScenarioKeys';
import { valueFitProblem } from './valueFits';
import { schemaProblems, withRuleProblems } from './validateSchema';
import { own } from './ownKey';

function checkSetTarget(ctx: ValidationContext, target: string, value: unknown, path: string): void {
  const ref = parseReference(target);
  const isField = (ref?.kind === 'field' && ref.path.length === 1 && ref.variable !== RECORD_PRIOR) || (ref?.kind === 'status' && ctx.variables.has(ref.element));
  if (ref?.kind !== 'name' && !isField) {
    ctx.error(childPath(path, 'target'), `"${target}" cannot be set: a scenario sets a variable or a record field (record.Field)`);
    return;
  }
  const resolution = resolveReference(ctx, target);
  if (!resolution.ok) { ctx.error(childPath(path, 'target'), resolution.message); return; }
  const problem = valueFitProblem(target, resolution.type, value);
  if (problem) ctx.error(childPath(path, 'value'), problem);
}

/** A step override's outputs (R24): each goes into the variable the step maps it to, and must fit it. */
function checkOutputOverrides(ctx: ValidationContext, name: string, outputs: Readonly<Record<string, unknown>>): void {
  const step = ctx.steps.get(name)?.step;
  if (!step) return;
  const flow = step.flow === undefined ? undefined : ctx.flows.get(step.flow)?.flow;
  for (const [output, value] of Object.entries(outputs)) {
    const path = childPath(childPath(childPath('steps', name), 'outputs'), output);
    // a misspelt output is ignored by the run: say so, as for a field the format does not have
    if (flow && !outputNames(flow).includes(output)) ctx.warn(path, `flow "${flow.name}" of step "${name}" has no output "${output}" (outputs: ${outputNames(flow).join(', ') || 'none'}); it is ignored`);
    const target = own(step.outputs, output);
    if (target === undefined) continue;
    const resolution = resolveReference(ctx, target);
    const problem = resolution.ok ? valueFitProblem(target, resolution.type, value) : null;
    // a warning, as for the design's behavior.outputs (validateReferences.ts): R24 copies as it is
    if (problem) ctx.warn(path, `step "${name}" copies output "${output}" into ${target}: ${problem}; the run copies it as it is`);
  }
}

function validateScenarioRules(scenario: Scenario, doc: Orchestration): Problem[] {
  const ctx = createContext(doc);
  for (const [name, override] of Object.entries(scenario.steps ?? {})) {
    if (!ctx.steps.has(name)) ctx.error(childPath('steps', name), `the orchestration has no step "${name}"`);
    if (override.outputs) checkOutputOverrides(ctx, name, override.outputs);
    // FORMAT.md §3 gives either one outcome for every start or one per start; with both, the run
    // takes `outcomes` (scenarioView.ts), so the single one is said to be ignored
    if (override.outcome !== undefined && override.outcomes !== undefined && override.outcomes.length > 0) {
      ctx.warn(childPath(childPath('steps', name), 'outcome'), `step "${name}" is given both "outcome" and "outcomes": the run takes "outcomes" (one per start) and ignores "outcome"; keep one of them`);
    }
  }
  for (const name of Object.keys(scenario.evaluationFlows ?? {})) {
    const flow = ctx.flows.get(name)?.flow;
    const path = childPath('evaluationFlows', name);
    if (!flow) ctx.error(path, `the flow catalog has no flow "${name}"`);
    else if (flow.type !== 'evaluation' && !(flow.type === 'autolaunched' && ctx.apiVersion < EVALUATION_FLOW_MIN_API)) ctx.error(path, `"${name}" is not an evaluation flow`);
  }
  (scenario.events ?? []).forEach((event, i) => {
    const path = childPath('events', i);
    if (event.type === 'set') checkSetTarget(ctx, event.target, event.value, path);
    if (event.type === 'completeWorkItem') {
      const step = ctx.steps.get(event.step)?.step;
      if (!step) ctx.error(childPath(path, 'step'), `the orchestration has no step "${event.step}"`);
      else if (step.kind !== 'interactive') ctx.error(childPath(path, 'step'), `"${event.step}" is a background step: only interactive steps have work items`);
      else if (event.by !== undefined && step.assignee?.type === 'user' && !isResourceText(step.assignee.name, (n) => ctx.elements.has(n)) && event.by !== step.assignee.name) {
        // only the assignee completes a user's work item (a queue's or group's members are not known here)
        ctx.warn(childPath(path, 'by'), `"${event.by}" is not the assignee of "${event.step}" ("${step.assignee.name}"): only the assignee can complete the work item, so this event does nothing`);
      }
    }
    if ((event.type === 'completeWorkItem' || event.type === 'publishEvent') && event.by !== undefined && !ctx.users.has(event.by)) {
      ctx.warn(childPath(path, 'by'), `"${event.by}" is not among the orchestration's users`);
    }
  });
  validateExpectations(ctx, scenario);
  validateScenarioData(ctx, scenario);
  validateScenarioKeys(ctx, scenario);
  return ctx.problems;
}

/**
 * Every problem of a scenario against the orchestration it drives, each with its JSON path. A value
 * out of bounds (`"at": -1`) does not hide the names the scenario gets wrong (FORMAT.md §5: one line
 * per problem); a field of the wrong type does, as the rules cannot read the scenario then.
 */
export function validateScenario(scenario: unknown, doc: Orchestration): Problem[] {
  const parsed = schemaProblems(ScenarioSchema, scenario);
  if (parsed.ok) return validateScenarioRules(parsed.data, doc);
  return parsed.wellTyped ? withRuleProblems(parsed.problems, validateScenarioRules(scenario as Scenario, doc)) : parsed.problems;
}
