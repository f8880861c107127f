/**
 * How a started step ends: Completed with its outputs (R24) or Error with a message (R30). Shared by
 * background and interactive steps.
 */
import type { Engine } from '../engine';
import { inactiveFileWords, inactiveFlowFile } from '../inactiveFlowFile';
import type { StepRun } from '../state';
import type { Scalar } from '../values';
import type { Stored } from '../variables';

/** An output value as a variable holds it: a scalar, a record's fields (a record output), else its JSON text. */
function toStored(v: unknown): Stored {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'object' && !Array.isArray(v)) {
    const entries = Object.entries(v as Record<string, unknown>);
    if (entries.every(([, f]) => f === null || ['string', 'number', 'boolean'].includes(typeof f))) return Object.fromEntries(entries) as Record<string, Scalar>;
  }
  return JSON.stringify(v);
}

/**
 * R24: the step becomes Completed, `Step.Outputs.x` readable, and each `outputs` mapping copies the
 * value (null when the flow gave none — chosen) into its orchestration variable. The values are the
 * project flow's outputs when it ran (issue 13), else the stand-in's; the scenario's outputs win
 * key by key either way.
 */
export function completeStep(engine: Engine, run: StepRun): void {
  const flow = engine.model.flows.get(run.step.flow ?? '') ?? null;
  const values = run.flowOutputs ? withOverrides(run.flowOutputs, engine.scenario.outputOverrides(run.name)) : engine.scenario.outputs(run.name, flow);
  // readable before the event is written: a run stopped at that event (whyAt's moment) reads them, as the rest of the run does
  run.outputs = values;
  engine.setStepStatus(run, 'Completed', 'stepCompleted');
  engine.outputsChanged(run);
  const mapping = run.step.outputs;
  if (!mapping) return;
  for (const output of Object.keys(mapping)) {
    const target = mapping[output]!;
    const value = Object.prototype.hasOwnProperty.call(values, output) ? values[output] : null;
    engine.assign(target, toStored(value), false);
  }
}

function withOverrides(fromFlow: Readonly<Record<string, unknown>>, fromScenario: Readonly<Record<string, unknown>> | undefined): Readonly<Record<string, unknown>> {
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  Object.assign(out, fromFlow, fromScenario ?? {});
  return out;
}

/** R30: the step ends in Error; the event carries the message. */
export function errorStep(engine: Engine, run: StepRun, message: string): void {
  engine.setStepStatus(run, 'Error', 'stepErrored', { message });
}

/** The outcome of the step's current start (R30). */
export function outcomeOf(engine: Engine, run: StepRun): 'success' | 'error' {
  const flow = engine.model.flows.get(run.step.flow ?? '') ?? null;
  return engine.scenario.outcome(run.name, run.starts, flow);
}

/** The failure message of the step's flow. */
export function failureMessage(engine: Engine, run: StepRun): string {
  const flow = engine.model.flows.get(run.step.flow ?? '') ?? null;
  return engine.scenario.message(run.name, flow, run.step.flow);
}

/** R25 (defensive): why the step's flow cannot run — missing or inactive — or null. */
export function flowProblem(engine: Engine, run: StepRun): string | null {
  const name = run.step.flow;
  if (name === undefined || name === '') return `step "${run.name}" has no flow`;
  const flow = engine.model.flows.get(name);
  if (!flow) return `flow "${name}" does not exist`;
  if (flow.active === false) return `flow "${name}" is not active${inactiveFileWords(inactiveFlowFile(flow))}`;
  return null;
}
