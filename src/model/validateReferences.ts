/**
 * R50: input values, output targets and evaluation-flow inputs refer to things that exist.
 *
 * Literal or reference? A value with a dot in a resource's shape (`order.Id`, `Validate.Status`)
 * must resolve. A plain word is a reference when it names a variable, otherwise a literal
 * (`"Gold"` passes the text Gold). Anything else (spaces, digits first, `@`…) is a literal.
 */
import { hasKnownParameters, outputNames } from './flowParameters';
import { childPath } from './jsonPath';
import { ENGINE_INPUT_PREFIX } from './engineInputs';
import { looksLikeDottedReference, parseReference } from './references';
import type { StepEntry, ValidationContext } from './validateContext';
import { resolveReference } from './validateResolve';
import type { ConditionSites } from './validateSites';
import { inputText } from './inputValue';
import { valueFitProblem } from './valueFits';


/** Checks an input value: dotted references must resolve (R50); plain words are literals unless they name a variable. */
export function checkInputValue(ctx: ValidationContext, value: string, path: () => string): void {
  if (!looksLikeDottedReference(value)) return;
  const resolution = resolveReference(ctx, value);
  if (!resolution.ok) ctx.error(path(), resolution.message);
  else if (resolution.warning) ctx.warn(path(), resolution.warning);
}

function checkOutputTarget(ctx: ValidationContext, target: string, path: string): void {
  const ref = parseReference(target);
  if (ref?.kind === 'name') {
    if (!ctx.variables.has(target)) ctx.error(path, `output goes to "${target}", which is not a variable of this orchestration`);
    return;
  }
  if ((ref?.kind === 'field' && ref.path.length === 1) || (ref?.kind === 'status' && ctx.variables.has(ref.element))) {
    const resolution = resolveReference(ctx, target);
    if (!resolution.ok) ctx.error(path, resolution.message);
    return;
  }
  ctx.error(path, `an output goes to a variable or a record variable's field, not "${target}"`);
}

/**
 * Checks a step's inputs and outputs. A function of its own, called only for a step that has
 * either: its closures capture the step's path, and V8 would allocate their context for every step
 * walked, before any early exit.
 */
function checkStepValues(ctx: ValidationContext, { step, path }: StepEntry): void {
  const flow = step.flow === undefined ? undefined : ctx.flows.get(step.flow)?.flow;
  for (const [name, value] of Object.entries(step.inputs ?? {})) {
    const valuePath = (): string => childPath(childPath(path, 'inputs'), name);
    checkInputValue(ctx, inputText(value), valuePath);
    // a real flow's inputs are checked as Salesforce activates it (validateActivation.ts)
    if (flow && !hasKnownParameters(flow) && !name.startsWith(ENGINE_INPUT_PREFIX) && !(flow.inputs ?? []).includes(name)) {
      ctx.warn(valuePath(), `flow "${flow.name}" has no input "${name}" (inputs: ${(flow.inputs ?? []).join(', ') || 'none'}); the value is not passed`);
    }
  }
  for (const [output, target] of Object.entries(step.outputs ?? {})) {
    const outputPath = childPath(childPath(path, 'outputs'), output);
    checkOutputTarget(ctx, target, outputPath);
    if (flow && !outputNames(flow).includes(output)) {
      ctx.error(outputPath, `flow "${flow.name}" has no output "${output}" (outputs: ${outputNames(flow).join(', ') || 'none'})`);
    } else if (flow?.behavior?.outputs && Object.hasOwn(flow.behavior.outputs, output)) {
      // R24 copies the simulated value as it is: one the variable cannot hold changes its type, and
      // comparisons on it quietly fail. A warning, not an error: the spec lets the copy happen, and
      // a design that ran before must still run (docs/decisions.md)
      const resolution = resolveReference(ctx, target);
      const problem = resolution.ok ? valueFitProblem(target, resolution.type, flow.behavior.outputs[output]) : null;
      if (problem) ctx.warn(outputPath, `flow "${flow.name}" returns ${JSON.stringify(flow.behavior.outputs[output])} for "${output}" (its behavior.outputs), which goes into ${target}: ${problem}; the run copies it as it is`);
    }
  }
}

/** Checks step inputs and outputs and evaluation-flow inputs. */
export function validateReferences(ctx: ValidationContext, sites: ConditionSites): void {
  for (let i = 0; i < ctx.stepEntries.length; i++) {
    const entry = ctx.stepEntries[i]!;
    // a step without inputs or outputs (most steps of a big design) costs no lookup and no list
    if (entry.step.inputs !== undefined || entry.step.outputs !== undefined) checkStepValues(ctx, entry);
  }
  for (const site of sites.evaluationFlows) {
    const flow = ctx.flows.get(site.flow)?.flow;
    for (const [name, value] of Object.entries(site.inputs)) {
      const valuePath = (): string => childPath(childPath(site.path, 'inputs'), name);
      checkInputValue(ctx, inputText(value), valuePath);
      if (flow && !(flow.inputs ?? []).includes(name)) {
        ctx.error(valuePath(), `evaluation flow "${flow.name}" has no input "${name}" (inputs: ${(flow.inputs ?? []).join(', ') || 'none'})`);
      }
    }
  }
}
