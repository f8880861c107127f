/**
 * What happens when the clock reaches scheduled work or a scenario event (R12, R13, R15, R21, R23),
 * and which wake-ups trigger a pass. Only these do: an async step finishing, a work item closing, a
 * published event, a record change that a current requirement reads, resume and retry (in
 * adminActions.ts), and a stage starting (navigate.ts).
 */
import type { ScenarioEvent } from '../model/types';
import { finishBackgroundStep, resumeBackgroundStep } from './behaviors/backgroundStepBehavior';
import { closeWorkItem, completerOf } from './behaviors/interactiveStepBehavior';
import { applyAdminAction } from './adminActions';
import { valueStoredByEvent } from './eventCheckboxes';
import type { Engine, ScreenValues } from './engine';
import { wake } from './navigate';
import { identityAfter } from './runAs';
import type { Job } from './scheduler';
import type { StepRun } from './state';

/** Whether a queued job still matters: its step is still in the start that scheduled it. */
export function isLive(job: Job): boolean {
  switch (job.kind) {
    case 'scenario': return true;
    case 'asyncFinished': return job.step.status === 'InProgress' && job.step.starts === job.token && job.step.mode === 'async';
    case 'workItemDue': return job.step.workItem?.open === true && job.step.workItem.token === job.token;
    case 'flowResume': return job.step.status === 'InProgress' && job.step.starts === job.token && job.step.flowWait !== null;
  }
}

/**
 * R21: an async flow finished — or a step's waiting project flow resumed (issue 13); its result is
 * applied now, or held while the run is suspended (R33). 'waiting': the flow paused again.
 */
export function applyAsyncResult(engine: Engine, step: StepRun): 'ok' | 'error' | 'waiting' {
  const result = step.flowWait ? resumeBackgroundStep(engine, step, undefined) : finishBackgroundStep(engine, step);
  if (result === 'error') engine.pendingError = step;
  return result;
}

/** R23: a work item closes; the step completes (or errors) as its screen flow finishes. */
export function applyWorkItemClose(engine: Engine, step: StepRun, by: string | undefined, screenValues?: ScreenValues): boolean {
  const completer = completerOf(step, by);
  const r = closeWorkItem(engine, step, by, screenValues);
  if (r === 'ignored') return false;
  if (r === 'error') engine.pendingError = step;
  engine.identity = identityAfter(engine.model, engine.identity, { kind: 'workItem', by: completer });
  return true;
}

/** A published platform event resumes the steps of the current stage whose flow waits for it (issue 13). */
function resumeFlowsWaitingFor(engine: Engine, eventType: string): void {
  const stage = engine.current;
  if (!stage) return;
  for (const step of stage.steps) {
    const wait = step.flowWait;
    if (step.status !== 'InProgress' || !wait || !wait.events.some((e) => e.toLowerCase() === eventType.toLowerCase())) continue;
    if (resumeBackgroundStep(engine, step, eventType) === 'error') engine.pendingError = step;
  }
}

/** Runs one job of the scheduler at the current time. */
export function handleJob(engine: Engine, job: Job): void {
  switch (job.kind) {
    case 'scenario':
      applyScenarioEvent(engine, job.event);
      return;
    case 'asyncFinished':
    case 'flowResume':
      if (engine.runStatus === 'Suspended') {
        engine.held.push({ kind: 'async', step: job.step, token: job.token });
        return;
      }
      if (engine.runStatus !== 'InProgress') return;
      if (applyAsyncResult(engine, job.step) === 'waiting') {
        // the flow paused again: only a record change a current requirement reads wakes the run (R13)
        if (engine.pendingWake) wake(engine, 'recordChanged');
        return;
      }
      engine.identity = identityAfter(engine.model, engine.identity, { kind: 'asyncStep' });
      wake(engine, 'asyncStepCompleted');
      return;
    case 'workItemDue':
      closeWorkItemNow(engine, job.step, undefined, job.token);
      return;
  }
}

function closeWorkItemNow(engine: Engine, step: StepRun, by: string | undefined, token: number, screenValues?: ScreenValues): void {
  if (engine.runStatus === 'Suspended') {
    engine.held.push({ kind: 'workItem', step, token, by, ...(screenValues ? { screenValues } : {}) });
    return;
  }
  if (engine.runStatus !== 'InProgress') return;
  if (applyWorkItemClose(engine, step, by, screenValues)) wake(engine, 'workItemCompleted');
}

/**
 * Applies a scenario event (or a user's intervention) at the current time. Events that do not apply
 * to the run's status are ignored and leave no event; nothing applies once the run is Completed or
 * Canceled.
 */
export function applyScenarioEvent(engine: Engine, event: ScenarioEvent): void {
  if (engine.finished || engine.runStatus === null) return;
  switch (event.type) {
    case 'set': {
      const wakes = engine.runStatus === 'InProgress' && engine.sweeper.wakes(event.target);
      // Noted before the change's event, so that a run stopped at that event (whyAt.ts) has it too.
      if (!wakes) engine.silentChanges.push({ target: event.target, t: engine.now });
      engine.assign(event.target, valueStoredByEvent(engine, event.target, event.value), true);
      if (wakes) {
        engine.identity = identityAfter(engine.model, engine.identity, { kind: 'recordChange' });
        wake(engine, 'recordChanged');
      }
      return;
    }
    case 'publishEvent':
      if (engine.runStatus !== 'InProgress') return;
      engine.identity = identityAfter(engine.model, engine.identity, { kind: 'publishEvent', by: event.by });
      if (event.event !== undefined) resumeFlowsWaitingFor(engine, event.event);
      if (engine.runStatus === 'InProgress') wake(engine, 'publishEvent');
      return;
    case 'completeWorkItem': {
      const step = engine.steps.get(event.step);
      const item = step?.workItem;
      if (!step || !item?.open || step.stageRun !== engine.current) return;
      closeWorkItemNow(engine, step, event.by, item.token, event.screenValues);
      return;
    }
    default:
      applyAdminAction(engine, event.type);
  }
}
