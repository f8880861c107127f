/**
 * Background steps (R20, R21, R25, R30, R40–R45): sync flows run inline and end at once; async flows
 * end at `startedAt + durationMs` through the scheduler. A flow read from a project (`definition`)
 * runs its own elements when the step ends (issue 13, docs/flows.md "In a run"): its outputs, its
 * fault, its record changes and its waits decide; a flow the simulator cannot run takes the stand-in
 * behaviour (`behavior`, the scenario's overrides) as every flow without a definition does.
 */
import type { Flow, Step } from '../../model/types';
import type { DocIndex } from '../docIndex';
import type { Engine } from '../engine';
import type { ProjectFlow } from '../flowRuns/definitions';
import { resumeStepFlow, runStepFlow, type StepFlowOutcome } from '../flowRuns/stepFlow';
import { backgroundRunAs, runAsProblem } from '../runAs';
import type { StepRun } from '../state';
import { completeStep, errorStep, failureMessage, flowProblem, outcomeOf } from './stepOutcome';

/** Flow elements that make a background step async from API 63 (R20). */
export const ASYNC_ELEMENTS: ReadonlySet<string> = new Set(['Action', 'Subflow', 'Wait']);

/**
 * R20: sync or async, by API version and the flow's elements (≥ 63) or `requiresAsync` (≤ 62).
 * When the flow carries its definition, its own elements decide (an action call, a subflow or a
 * wait makes it async).
 */
export function backgroundMode(model: DocIndex, step: Step, flow: Flow | null, project: ProjectFlow | null = null): 'sync' | 'async' {
  if (model.apiVersion >= 63) {
    if (project) return project.hasAsyncElement ? 'async' : 'sync';
    return (flow?.elements ?? []).some((e) => ASYNC_ELEMENTS.has(e)) ? 'async' : 'sync';
  }
  return step.requiresAsync === true ? 'async' : 'sync';
}

/** Starts a background step; returns 'error' when it ended in Error at once (its stage must fault). */
export function startBackgroundStep(engine: Engine, run: StepRun): 'ok' | 'error' {
  const flow = engine.model.flows.get(run.step.flow ?? '') ?? null;
  const mode = backgroundMode(engine.model, run.step, flow, engine.definitions.get(run.step.flow));
  const runAs = backgroundRunAs(engine.model, run.step, flow, mode, engine.identity);
  engine.setStepStatus(run, 'InProgress', 'stepStarted');
  run.starts++;
  run.mode = mode;
  run.runAs = runAs;
  run.outputs = null;
  run.flowOutputs = null;
  run.flowWait = null;
  const problem = flowProblem(engine, run) ?? runAsProblem(engine.model, run.step);
  if (problem !== null) {
    errorStep(engine, run, problem);
    return 'error';
  }
  if (mode === 'async') {
    const duration = engine.scenario.durationMs(run.name, flow);
    engine.scheduler.scheduleAsyncFinish(engine.now + duration, run, run.starts);
    return 'ok';
  }
  const result = finishBackgroundStep(engine, run);
  return result === 'waiting' ? 'ok' : result;
}

/** The stand-in behaviour: the outcome for this start and the outputs of `behavior` and the scenario (R21, R30). */
function finishWithStandIn(engine: Engine, run: StepRun): 'ok' | 'error' {
  if (outcomeOf(engine, run) === 'error') {
    errorStep(engine, run, failureMessage(engine, run));
    return 'error';
  }
  completeStep(engine, run);
  return 'ok';
}

/** Ends the step as its project flow's run says; 'waiting' when the flow paused at a wait. */
function finishWithFlow(engine: Engine, run: StepRun, outcome: StepFlowOutcome & { wakes: boolean }): 'ok' | 'error' | 'waiting' {
  switch (outcome.kind) {
    case 'completed':
      run.flowOutputs = outcome.outputs;
      completeStep(engine, run);
      return 'ok';
    case 'waiting':
      if (outcome.wakes) engine.pendingWake = true;
      return 'waiting';
    case 'faulted':
      errorStep(engine, run, outcome.message);
      return 'error';
    case 'standIn':
      return finishWithStandIn(engine, run);
  }
}

/**
 * Ends a started background step (R21, R30): its project flow runs now, unless the scenario makes
 * this start fail (the scenario's `outcome`/`outcomes` win, to test fault paths); without a
 * definition, the stand-in behaviour.
 */
export function finishBackgroundStep(engine: Engine, run: StepRun): 'ok' | 'error' | 'waiting' {
  const project = engine.definitions.get(run.step.flow);
  if (!project || engine.scenario.forcesError(run.name, run.starts)) return finishWithStandIn(engine, run);
  return finishWithFlow(engine, run, runStepFlow(engine, run, project));
}

/** A step whose project flow waits resumes it now (its time came, or the platform event `event`). */
export function resumeBackgroundStep(engine: Engine, run: StepRun, event: string | undefined): 'ok' | 'error' | 'waiting' {
  const project = engine.definitions.get(run.step.flow);
  if (!project || !run.flowWait) return 'waiting';
  return finishWithFlow(engine, run, resumeStepFlow(engine, run, project, event));
}
