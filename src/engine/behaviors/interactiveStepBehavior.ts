/**
 * Interactive steps (R20, R23, R46): starting assigns a work item; closing it (by a scenario
 * `completeWorkItem`, or unattended after the screen flow's duration) completes the step when its
 * completion is `screenFlowFinished`. A custom completion is checked by passes instead (R11.3).
 */
import { AUTOMATED_PROCESS_USER } from '../../model/names';
import { isResourceText } from '../../model/references';
import type { Assignee } from '../../model/types';
import { readReference } from '../resolve';
import { completionOf } from '../conditions';
import type { Engine, ScreenValues } from '../engine';
import { runStepFlow } from '../flowRuns/stepFlow';
import { interactiveRunAs } from '../runAs';
import type { StepRun } from '../state';
import { completeStep, errorStep, failureMessage, flowProblem, outcomeOf } from './stepOutcome';

/** Defensive default for an interactive step without an assignee (a validation error). */
const NOBODY: Assignee = { type: 'queue', name: AUTOMATED_PROCESS_USER };

/** R23: a user work item closes only for its assignee; group and queue items for anyone (chosen). */
export function acceptsCompleter(assignee: Assignee, by: string | undefined): boolean {
  // a user given by Id and named by the records' Username (userOfId) is either
  return by === undefined || assignee.type !== 'user' || by === assignee.name || (typeof assignee.id === 'string' && by === assignee.id);
}

/**
 * Who gets the work item now: the assignee, or — when the assignee is a resource such as
 * `$Record.Owner:User.Username` — the value it holds at this moment. A resource with no value
 * leaves the step unassignable (it fails, as in Salesforce).
 */
export function resolveAssignee(engine: Engine, assignee: Assignee): Assignee | string {
  if (!isResourceText(assignee.name, (name) => engine.vars.has(name) || engine.model.variables.has(name) || engine.model.formulas.has(name) || engine.model.isStepOrStage(name))) return assignee;
  const value = readReference(engine, assignee.name).value;
  if (typeof value === 'string' && value.trim() !== '') {
    const id = value.trim();
    const name = userOfId(engine, assignee, id);
    return name === id ? { type: assignee.type, name } : { type: assignee.type, name, id };
  }
  return `the assignee ${assignee.name} has no value (${value === null ? 'null' : JSON.stringify(value)}), so the work item cannot be assigned`;
}

/**
 * A user assignee given by Id (`$Record.OwnerId`, as real orchestrations often do) is that user:
 * named by the Username of the scenario's User record with that Id, so run-as, the work item and
 * who may complete it say the user, as they do for a username. An Id the records lack stays as it is.
 */
function userOfId(engine: Engine, assignee: Assignee, value: string): string {
  if (assignee.type !== 'user') return value;
  // Salesforce Ids are case-sensitive in 15 characters and case-safe in 18: either names the record
  const rec = engine.org.get(value) ?? (value.length === 15 || value.length === 18 ? engine.org.recordsOf('User').find((u) => typeof u.fields.Id === 'string' && u.fields.Id.slice(0, 15) === value.slice(0, 15)) : undefined);
  const username = rec?.object === 'User' ? rec.fields.Username : undefined;
  return typeof username === 'string' && username.trim() !== '' ? username : value;
}

/** Starts an interactive step: InProgress, then its work item is assigned (R20). */
export function startInteractiveStep(engine: Engine, run: StepRun): 'ok' | 'error' {
  const resolved = resolveAssignee(engine, run.step.assignee ?? NOBODY);
  const assignee = typeof resolved === 'string' ? NOBODY : resolved;
  engine.setStepStatus(run, 'InProgress', 'stepStarted');
  run.starts++;
  run.mode = 'interactive';
  // R46: the assignee until someone completes the work item. A step that fails as it starts still
  // has one — its assignee, else the stand-in of a missing one — since a step that started has a
  // run-as (FORMAT §4 "null before it starts", UI-CONTRACT data-run-as "on a step that has started")
  run.runAs = interactiveRunAs(assignee.name);
  const problem = flowProblem(engine, run) ?? (typeof resolved === 'string' ? resolved : null);
  run.outputs = null;
  run.flowOutputs = null;
  run.flowWait = null;
  if (problem !== null) {
    errorStep(engine, run, problem);
    return 'error';
  }
  run.workItem = { open: true, assignee, token: run.starts, assignedAt: engine.now };
  engine.emitStep('workItemAssigned', run, { assignee: assignee.name });
  scheduleUnattendedClose(engine, run);
  return 'ok';
}

/**
 * R23: unless the scenario turns it off, or a pending scenario event will close this item, the
 * simulator closes the work item itself after the screen flow's duration, acting as the assignee.
 */
function scheduleUnattendedClose(engine: Engine, run: StepRun): void {
  const item = run.workItem;
  if (!item || !engine.scenario.autoCompleteWorkItems) return;
  const handled = engine.scheduler
    .pendingWorkItemEvents(run.name)
    .some((e) => e.type === 'completeWorkItem' && acceptsCompleter(item.assignee, e.by));
  if (handled) return;
  const flow = engine.model.flows.get(run.step.flow ?? '') ?? null;
  const time = engine.now + engine.scenario.durationMs(run.name, flow);
  engine.scheduler.scheduleWorkItemDue(time, run, item.token);
}

/**
 * Closes the step's open work item on behalf of `by` (absent: the assignee). Returns 'ignored' when
 * there is no open item or `by` may not close it, 'error' when the screen flow failed (R30).
 */
export function closeWorkItem(engine: Engine, run: StepRun, by: string | undefined, screenValues?: ScreenValues): 'ok' | 'error' | 'ignored' {
  const item = run.workItem;
  if (!item || !item.open || !acceptsCompleter(item.assignee, by)) return 'ignored';
  const completer = by ?? item.assignee.name;
  item.open = false;
  engine.emitStep('workItemCompleted', run, { by: completer });
  run.runAs = interactiveRunAs(completer);
  if (run.status !== 'InProgress') return 'ok';
  if (outcomeOf(engine, run) === 'error') {
    errorStep(engine, run, failureMessage(engine, run));
    return 'error';
  }
  const failed = runScreenFlow(engine, run, screenValues);
  if (failed !== null) {
    errorStep(engine, run, failed);
    return 'error';
  }
  if (completionOf(run.step).mode === 'screenFlowFinished') completeStep(engine, run);
  return 'ok';
}

/**
 * Issue 13: a screen flow read from a project runs as the work item closes, as the user who
 * completed it. Its screen fields take what the closer entered — the scenario's `screenValues` for
 * the step, the closing event's own winning key by key — else their defaults. Returns the fault
 * message when it failed; a run the simulator cannot finish (something unsupported, a wait) keeps
 * the stand-in.
 */
function runScreenFlow(engine: Engine, run: StepRun, fromEvent: ScreenValues | undefined): string | null {
  const project = engine.definitions.get(run.step.flow);
  if (!project) return null;
  const fromStep = engine.scenario.screenValues(run.name);
  const screenValues = fromStep && fromEvent ? { ...fromStep, ...fromEvent } : (fromEvent ?? fromStep);
  const outcome = runStepFlow(engine, run, project, screenValues);
  run.flowWait = null; // a screen flow is not resumed: what it did before the wait stays
  if (outcome.kind === 'faulted') return outcome.message;
  if (outcome.kind === 'completed') run.flowOutputs = outcome.outputs;
  return null;
}

/** A work item closed because its stage ended, errored or was canceled (R6, R31, R35). */
export function closeWorkItemWithStage(engine: Engine, run: StepRun): void {
  if (!run.workItem?.open) return;
  run.workItem.open = false;
  engine.emitStep('workItemCompleted', run);
}

/** The completer of a work item closed by `by` (absent: the assignee). */
export function completerOf(run: StepRun, by: string | undefined): string {
  return by ?? run.workItem?.assignee.name ?? AUTOMATED_PROCESS_USER;
}
