/**
 * Admin actions (R33–R35): suspend, resume, cancel, retry. Each applies only in the run status
 * SEMANTICS.md names; otherwise it is ignored and leaves no event.
 */
import { cancelStage } from './behaviors/stageBehavior';
import { startStep } from './behaviors/stepBehaviors';
import { faultStage } from './behaviors/stageBehavior';
import type { Engine } from './engine';
import { follow, wake } from './navigate';
import { applyAsyncResult, applyWorkItemClose } from './wakeups';

export type AdminAction = 'suspend' | 'resume' | 'cancel' | 'retry';

/** Applies an admin action at the current time. */
export function applyAdminAction(engine: Engine, action: AdminAction): void {
  switch (action) {
    case 'suspend': return suspend(engine);
    case 'resume': return resume(engine);
    case 'cancel': return cancel(engine);
    case 'retry': return retry(engine);
  }
}

/** R33: run and stage Suspended; async flows go on, their results are held. */
function suspend(engine: Engine): void {
  const stage = engine.current;
  if (engine.runStatus !== 'InProgress' || !stage || stage.status !== 'InProgress') return;
  engine.setRunStatus('Suspended', 'runSuspended', { stage: stage.name });
  engine.setStageStatus(stage, 'Suspended', 'stageSuspended');
}

/**
 * R33: stage and run InProgress (`runResumed` names the stage), held results applied in the order
 * they arrived, then a pass (cause `resumed`).
 */
function resume(engine: Engine): void {
  const stage = engine.current;
  if (engine.runStatus !== 'Suspended' || !stage) return;
  engine.reserve(2); // run and stage change together: `runResumed` names the stage
  engine.setRunStatus('InProgress', 'runResumed', { stage: stage.name });
  engine.setStageStatus(stage, 'InProgress', null);
  for (const h of engine.held.splice(0)) {
    // A held failure faults the stage (R31/R32) in the pass below, as it would have when it arrived:
    // the stage's other steps are then Discontinued, so results that arrived after it are dropped.
    if (engine.pendingError) break;
    if (h.kind === 'async') {
      if (h.step.status === 'InProgress' && h.step.starts === h.token) applyAsyncResult(engine, h.step);
    } else if (h.step.workItem?.open && h.step.workItem.token === h.token) {
      applyWorkItemClose(engine, h.step, h.by, h.screenValues);
    }
  }
  wake(engine, 'resumed');
}

/** R35: only an InProgress run can be canceled; nothing runs after it. */
function cancel(engine: Engine): void {
  const stage = engine.current;
  if (engine.runStatus !== 'InProgress' || !stage) return;
  cancelStage(engine, stage);
}

/**
 * R34: only a run in Error whose stage errored: `runRetried` (naming the stage), run and stage
 * InProgress, the stage's Error and Discontinued steps restart in declared order, then a pass (cause
 * `retried`).
 */
function retry(engine: Engine): void {
  const stage = engine.current;
  if (engine.runStatus !== 'Error' || !stage || stage.status !== 'Error') return;
  engine.reserve(2); // run and stage change together: `runRetried` names the stage
  engine.setRunStatus('InProgress', 'runRetried', { stage: stage.name });
  engine.setStageStatus(stage, 'InProgress', null);
  for (const step of stage.steps) {
    if (step.status !== 'Error' && step.status !== 'Discontinued') continue;
    if (startStep(engine, step) === 'error') {
      follow(engine, faultStage(engine, stage));
      return;
    }
  }
  wake(engine, 'retried');
}
