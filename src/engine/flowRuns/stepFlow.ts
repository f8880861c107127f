/**
 * A step's project flow run through its own elements (issue 13): inputs from the step's input
 * mapping (R50), `$User` the identity the step runs as (R40–R46), the org of the run. What it
 * changed in the org becomes the run's org — a change to a record a current requirement reads is
 * seen by the pass (R13); `$Record` is the same org record, so a flow updating it by Id changes
 * `$Record.Status`. A run that waits keeps its state on the step, to be resumed on the virtual
 * clock or by a scenario event.
 */
import { resumeFlow, runFlow, type FlowRun, type FlowRunAs, type FlowRunResult, type RunFlowOptions } from '../../flows/interpreter';
import type { Engine } from '../engine';
import type { StepRun } from '../state';
import type { ProjectFlow } from './definitions';
import { relatedRecordChanged } from './relatedReads';
import { countsOf, stopMessage, traceEntry } from './traceEntry';
import { flowInputs } from './flowInputs';

/** How a step's project flow ended this time. */
export type StepFlowOutcome =
  | { readonly kind: 'completed'; readonly outputs: Readonly<Record<string, unknown>> }
  | { readonly kind: 'waiting' }
  | { readonly kind: 'faulted'; readonly message: string }
  /** The flow could not be run (something unsupported): the step takes its stand-in behaviour. */
  | { readonly kind: 'standIn' };

function runAsOf(run: StepRun, engine: Engine): FlowRunAs {
  const identity = run.runAs;
  return identity ? { user: identity.user, context: identity.context, access: identity.access } : { user: engine.identity.user, context: engine.identity.context };
}

/** What every run of a project flow in this orchestration shares: org, clock, identity, subflows, mocks, guard, custom child relationships. */
export function flowOptions(engine: Pick<Engine, 'org' | 'now' | 'scenario' | 'definitions'>, flow: ProjectFlow, runAs: FlowRunAs): RunFlowOptions {
  // the project's custom child relationships ($Record.Things__r), as `stageflow flow` finds them
  const childRelationships = engine.definitions.childRelationships();
  return {
    org: engine.org,
    now: engine.now,
    ...(engine.scenario.startAt !== undefined ? { startAt: engine.scenario.startAt } : {}),
    runAs,
    resolveFlow: engine.definitions.resolve,
    actions: engine.scenario.actions,
    limits: { maxElements: engine.scenario.maxFlowElements },
    flowName: flow.name,
    ...(childRelationships ? { childRelationships } : {}),
    ...(flow.file !== undefined ? { file: flow.file } : {}),
  };
}

/**
 * Makes the flow's record changes the run's (the org after the run), and tells the engine which
 * orchestration targets they touched (`$Record.Status`). Returns whether one of them is read by a
 * requirement of the current stage (R13).
 */
function applyRecordChanges(engine: Engine, run: StepRun, result: FlowRunResult, from: number): boolean {
  engine.vars.org = result.org;
  if (result.run.rolledBack === true) return false;
  let wakes = false;
  for (const change of result.run.recordChanges.slice(from)) {
    const fields = change.operation === 'update' ? Object.keys(change.after ?? {}) : [];
    for (const name of engine.vars.namesBoundTo(change.id)) {
      if (fields.length === 0 && engine.recordChanged(name)) wakes = true;
      // each changed field is a `variableSet` in the trace, as a scenario's change of it would be
      for (const field of fields) if (engine.recordChanged(`${name}.${field}`, { value: change.after![field] ?? null, by: run })) wakes = true;
    }
    // a record reached through a relationship (`$Record.Account.Rating`), bound to no name (R13)
    if (relatedRecordChanged(engine, change.id, fields)) wakes = true;
  }
  return wakes;
}

/** Handles the result of a run or a resumption: org, trace entry, wait state, outcome. */
function settle(engine: Engine, run: StepRun, flow: ProjectFlow, result: FlowRunResult, resumed: boolean): StepFlowOutcome & { wakes: boolean } {
  const report: FlowRun = result.run;
  const since = resumed ? run.flowWait?.recorded : undefined;
  const standIn = report.status === 'unsupported';
  engine.recordFlowRun(traceEntry(report, { t: engine.now, stage: run.stageRun.name, step: run.name, purpose: 'step', ...(since ? { since } : {}) }, { standIn }));
  const wakes = applyRecordChanges(engine, run, result, since?.recordChanges ?? 0);
  run.flowWait = null;
  switch (report.status) {
    case 'completed':
      return { kind: 'completed', outputs: report.outputs, wakes };
    case 'waiting': {
      const waiting = report.waiting!;
      run.flowWait = { state: waiting.state, until: waiting.until, events: waiting.events ?? [], recorded: countsOf(report) };
      if (waiting.until !== undefined) engine.scheduler.scheduleFlowResume(Math.max(waiting.until, engine.now), run, run.starts);
      return { kind: 'waiting', wakes };
    }
    case 'faulted':
      return { kind: 'faulted', message: `flow "${flow.name}" failed: ${stopMessage(report) ?? 'fault'}`, wakes };
    case 'unsupported':
      return { kind: 'standIn', wakes };
  }
}

/** Runs the step's project flow now, as the step's identity, with the step's inputs (and, for a screen flow, what the closer entered). */
export function runStepFlow(engine: Engine, run: StepRun, flow: ProjectFlow, screenValues?: Readonly<Record<string, unknown>>): StepFlowOutcome & { wakes: boolean } {
  const options = flowOptions(engine, flow, runAsOf(run, engine));
  const result = runFlow(flow.definition, { ...options, inputs: flowInputs(engine, run.step.inputs, flow), ...(screenValues ? { screenValues } : {}) });
  return settle(engine, run, flow, result, false);
}

/** Resumes the step's waiting flow now: its time came (`event` absent) or the platform event `event` was published. */
export function resumeStepFlow(engine: Engine, run: StepRun, flow: ProjectFlow, event?: string): StepFlowOutcome & { wakes: boolean } {
  const wait = run.flowWait!;
  const options = flowOptions(engine, flow, runAsOf(run, engine));
  const result = resumeFlow(flow.definition, wait.state, { ...options, ...(event !== undefined ? { event } : {}) });
  return settle(engine, run, flow, result, true);
}
