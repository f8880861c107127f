/**
 * Background steps (R20, R21, R25, R30, R40–R45): sync flows run inline and end at once; async flows
 * end at `startedAt + durationMs` through the scheduler.
 */
import type { Flow, Step } from '../../model/types';
import type { DocIndex } from '../docIndex';
import type { Engine } from '../engine';
import { backgroundRunAs, runAsProblem } from '../runAs';
import type { StepRun } from '../state';
import { completeStep, errorStep, failureMessage, flowProblem, outcomeOf } from './stepOutcome';

/** Flow elements that make a background step async from API 63 (R20). */
export const ASYNC_ELEMENTS: ReadonlySet<string> = new Set(['Action', 'Subflow', 'Wait']);

/** R20: sync or async, by API version and the flow's elements (≥ 63) or `requiresAsync` (≤ 62). */
export function backgroundMode(model: DocIndex, step: Step, flow: Flow | null): 'sync' | 'async' {
  if (model.apiVersion >= 63) return (flow?.elements ?? []).some((e) => ASYNC_ELEMENTS.has(e)) ? 'async' : 'sync';
  return step.requiresAsync === true ? 'async' : 'sync';
}

/** Starts a background step; returns 'error' when it ended in Error at once (its stage must fault). */
export function startBackgroundStep(engine: Engine, run: StepRun): 'ok' | 'error' {
  const flow = engine.model.flows.get(run.step.flow ?? '') ?? null;
  const mode = backgroundMode(engine.model, run.step, flow);
  const runAs = backgroundRunAs(engine.model, run.step, flow, mode, engine.identity);
  engine.setStepStatus(run, 'InProgress', 'stepStarted');
  run.starts++;
  run.mode = mode;
  run.runAs = runAs;
  run.outputs = null;
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
  return finishBackgroundStep(engine, run);
}

/** Ends a started background step with its outcome for this start (R21, R30). */
export function finishBackgroundStep(engine: Engine, run: StepRun): 'ok' | 'error' {
  if (outcomeOf(engine, run) === 'error') {
    errorStep(engine, run, failureMessage(engine, run));
    return 'error';
  }
  completeStep(engine, run);
  return 'ok';
}
