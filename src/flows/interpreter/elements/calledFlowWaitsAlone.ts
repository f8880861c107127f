/**
 * A flow that an action starts — not a Subflow element — and that reaches a Wait (callFlow.ts).
 *
 * A **flow action** (`actionType` `flow`, Process Builder's "Flows" action) starts an interview of
 * its own, which may be left waiting: the Actions Developer Guide's *Flow Actions* says the call
 * returns the interview's `Flow__InterviewStatus` — Created, Started, Finished, Error or Waiting.
 * So the caller does not wait for it: here the caller goes on at once, what the flow did before its
 * wait is the caller's (its record changes and side effects under `<action>/`, as a completed flow's),
 * its outputs are its output variables as they stand at the wait (*chosen*: Salesforce does not say
 * what a waiting interview returns), and a side effect says where and until when it waits. What it
 * does once its wait is over is not simulated (*chosen*): it would go on later without its caller,
 * and a run has no place for a second interview. A Subflow element that waits pauses its caller
 * instead (calledFlowWait.ts): the subflow is part of the caller's interview.
 *
 * A **screen action**'s flow cannot wait: Salesforce Help's *Paused Flow Interview Considerations*
 * says "Wait elements in screen action autolaunched flows don't work when the screen flow runs", so
 * the action fails, and with it its screen (*chosen*: the page says no more of what the user sees).
 */
import type { FlowDefinition } from '../../definition';
import { dateTimeAt } from '../../virtualClock';
import type { Frame } from '../frame';
import { fault } from '../stop';
import type { FlowRun, FlowWaiting } from '../types';
import { waitName, waitReached } from './waitReached';

/** What starts a flow of the project from an element (callFlow.ts). */
export type CallingElement = 'subflow' | 'flow action' | 'screen action';

/**
 * A screen action's flow (`definition`) reached `waiting`: the action fails (thrown), naming where
 * (`where`: the action, its flow and file) and the Wait — inside a subflow the action's flow calls,
 * that subflow's Wait and the chain of flows (waitReached.ts).
 */
export function refuseScreenActionWait(frame: Frame, where: string, definition: FlowDefinition, waiting: FlowWaiting | undefined): never {
  throw fault(`${where} reached ${waitReached(definition, waiting, frame.options.resolveFlow)}: Salesforce Help says Wait elements in screen action autolaunched flows don't work when the screen flow runs`);
}

/**
 * A flow action's flow waits (`run`, already joined to the caller's report and org): a side effect
 * says so; the run the action's path step holds keeps its status and outputs, not what a resume needs.
 */
export function leaveWaitingAlone(frame: Frame, element: string, flowName: string, definition: FlowDefinition, run: FlowRun): FlowRun {
  const { waiting, ...rest } = run;
  const until = waiting?.until !== undefined ? ` until ${dateTimeAt(waiting.until, frame.options.startAt)}` : '';
  const events = waiting?.events?.length ? `${until ? ' or' : ''} for the platform event ${waiting.events.join(' or ')}` : '';
  frame.report.sideEffects.push({
    element, actionName: flowName, actionType: 'flow',
    description: `flow ${flowName} waits at ${waitAt(definition, waiting, frame)}${until}${events} as an interview of its own; what it does then is not simulated`,
    inputs: {},
  });
  return rest;
}

/**
 * Where a flow action's flow waits: its own Wait by name (one saved without a name by its label or
 * place, waitReached.ts; it read "waits at  until …"), or the Wait of the subflow it waits inside,
 * with the chain (it named the Subflow element).
 */
function waitAt(definition: FlowDefinition, waiting: FlowWaiting | undefined, frame: Frame): string {
  if (waiting === undefined) return 'a Wait';
  if (waiting.state.calling !== undefined) return waitReached(definition, waiting, frame.options.resolveFlow);
  return waitName(definition, waiting.element) ?? 'a Wait';
}
