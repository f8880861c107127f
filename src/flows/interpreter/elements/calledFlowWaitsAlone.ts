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
import { isBlankName } from '../../../model/blankName';
import type { FlowDefinition } from '../../definition';
import { dateTimeAt } from '../../virtualClock';
import type { Frame } from '../frame';
import { fault } from '../stop';
import type { FlowRun, FlowWaiting } from '../types';

/** What starts a flow of the project from an element (callFlow.ts). */
export type CallingElement = 'subflow' | 'flow action' | 'screen action';

/**
 * What the screen action's fault calls the Wait its flow reached: its name; one saved without a name
 * by its label, else by its place among the flow's waits, `waits[2]`, as wait.ts names a nameless
 * wait event `waitEvents[0]` (it read "reached its Wait :").
 */
function waitShown(definition: FlowDefinition, element: string | undefined): string {
  if (element === undefined) return 'a Wait';
  if (!isBlankName(element)) return `its Wait ${element}`;
  const wait = Object.prototype.hasOwnProperty.call(definition.elements, element) ? definition.elements[element] : undefined;
  if (wait?.label !== undefined && !isBlankName(wait.label)) return `its Wait ${wait.label}`;
  const index = wait ? Object.values(definition.elements).filter((e) => e.kind === 'wait').findIndex((e) => e === wait) : -1;
  return index < 0 ? 'a Wait' : `its Wait waits[${index}]`;
}

/**
 * A screen action's flow (`definition`) reached `waiting`: the action fails (thrown), naming where
 * (`where`: the action, its flow and file) and the Wait.
 */
export function refuseScreenActionWait(where: string, definition: FlowDefinition, waiting: FlowWaiting | undefined): never {
  throw fault(`${where} reached ${waitShown(definition, waiting?.element)}: Salesforce Help says Wait elements in screen action autolaunched flows don't work when the screen flow runs`);
}

/**
 * A flow action's flow waits (`run`, already joined to the caller's report and org): a side effect
 * says so; the run the action's path step holds keeps its status and outputs, not what a resume needs.
 */
export function leaveWaitingAlone(frame: Frame, element: string, flowName: string, run: FlowRun): FlowRun {
  const { waiting, ...rest } = run;
  const until = waiting?.until !== undefined ? ` until ${dateTimeAt(waiting.until, frame.options.startAt)}` : '';
  const events = waiting?.events?.length ? `${until ? ' or' : ''} for the platform event ${waiting.events.join(' or ')}` : '';
  frame.report.sideEffects.push({
    element, actionName: flowName, actionType: 'flow',
    description: `flow ${flowName} waits at ${waiting?.element ?? 'a Wait'}${until}${events} as an interview of its own; what it does then is not simulated`,
    inputs: {},
  });
  return rest;
}
