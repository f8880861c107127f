/**
 * Stages (R2, R3, R6, R7, R10, R31, R32, R35): entering (afresh when re-entered), completing,
 * faulting and canceling. Each ending says where the run goes next.
 */
import type { Stage } from '../../model/types';
import type { Engine } from '../engine';
import { statusKey } from '../readKeys';
import type { StageRun, StepRun } from '../state';
import { closeWorkItemWithStage } from './interactiveStepBehavior';

/** Where the run goes after a stage (or pass) ends. */
export type Continuation = { kind: 'stay' } | { kind: 'goto'; target: string | null } | { kind: 'ended' };

export const STAY: Continuation = { kind: 'stay' };

function newStageRun(engine: Engine, stage: Stage): StageRun {
  const steps: StepRun[] = [];
  const run: StageRun = { stage, name: stage.name, key: statusKey(stage.name), status: 'InProgress', startedAt: engine.now, endedAt: null, starts: 1, steps, completedCount: 0 };
  stage.steps.forEach((step, index) => {
    steps.push({ step, name: step.name, key: null, stageRun: run, index, status: 'NotStarted', mode: null, runAs: null, startedAt: null, endedAt: null, starts: 0, outputs: null, workItem: null, flowOutputs: null, flowWait: null, predecessor: null });
  });
  return run;
}

/**
 * R2/R7: the stage becomes InProgress (`stageStarted`) with every step NotStarted. A stage that
 * already ran starts afresh: outputs cleared, `starts` kept counting.
 */
export function enterStage(engine: Engine, stage: Stage): StageRun {
  let run = engine.stages.get(stage.name);
  if (!run) {
    run = newStageRun(engine, stage);
    engine.createStageRun(run);
  } else {
    engine.reserve(1 + run.steps.filter((s) => s.status !== 'NotStarted').length);
    engine.setStageStatus(run, 'InProgress', 'stageStarted');
    run.starts++;
    run.startedAt = engine.now;
    run.endedAt = null;
    for (const s of run.steps) engine.resetStep(s);
  }
  engine.current = run;
  engine.pendingError = null;
  engine.silentChanges = [];
  engine.lastPassAt = null;
  engine.sweeper.enterStage(run, engine.model, (name) => engine.stepRun(name));
  return run;
}

function discontinueRunning(engine: Engine, run: StageRun, status: 'Discontinued' | 'Canceled'): void {
  const event = status === 'Discontinued' ? 'stepDiscontinued' : 'stepCanceled';
  for (const s of run.steps) if (s.status === 'InProgress') engine.setStepStatus(s, status, event);
}

function closeWorkItems(engine: Engine, run: StageRun): void {
  for (const s of run.steps) closeWorkItemWithStage(engine, s);
}

/** R6/R10: running steps Discontinued, open work items Completed, `stageCompleted`, then `next`. */
export function completeStage(engine: Engine, run: StageRun): Continuation {
  discontinueRunning(engine, run, 'Discontinued');
  closeWorkItems(engine, run);
  engine.setStageStatus(run, 'Completed', 'stageCompleted');
  return { kind: 'goto', target: run.stage.next ?? null };
}

/**
 * R31/R32: after a step errored — stage Error, its other running steps Discontinued, open work items
 * Completed; then the fault path if there is one (the run stays InProgress), else run Error.
 */
export function faultStage(engine: Engine, run: StageRun): Continuation {
  engine.pendingError = null;
  engine.setStageStatus(run, 'Error', 'stageErrored');
  discontinueRunning(engine, run, 'Discontinued');
  closeWorkItems(engine, run);
  const faultNext = run.stage.faultNext;
  if (faultNext !== undefined && faultNext !== null) return { kind: 'goto', target: faultNext };
  engine.setRunStatus('Error', 'runErrored', { stage: run.name });
  return { kind: 'ended' };
}

/** R35: run Canceled, stage Canceled, running steps Canceled, open work items Completed. */
export function cancelStage(engine: Engine, run: StageRun): void {
  engine.setRunStatus('Canceled', 'runCanceled', { stage: run.name });
  engine.setStageStatus(run, 'Canceled', 'stageCanceled');
  discontinueRunning(engine, run, 'Canceled');
  closeWorkItems(engine, run);
}
