/**
 * `subflows`: the called flow (found by API name through the caller's `resolveFlow`) runs with the
 * input assignments (callFlow.ts: same org, clock and user, one level deeper; a failure fails this
 * element). Its outputs go to the output assignments, or are stored automatically (`{!Subflow.output}`).
 */
import type { ElementOf } from '../../definition';
import type { ElementBehavior } from '../behavior';
import type { Frame } from '../frame';
import type { FlowRun } from '../types';
import { unsupported } from '../stop';
import { callFlow, writeOutputs } from './callFlow';

export const runSubflow: ElementBehavior<'subflow'> = (element, frame) => {
  const resolved = frame.options.resolveFlow?.(element.flowName);
  if (!resolved) throw unsupported(`${element.name}: the subflow ${element.flowName} is not in the project (no ${element.flowName}.flow-meta.xml or .flow)`, { kind: 'subflow' });
  const inputs: Record<string, unknown> = {};
  for (const assignment of element.inputAssignments) inputs[assignment.name] = frame.valueOf(assignment.value).value;
  return afterSubflow(frame, element, callFlow(frame, element.name, element.flowName, resolved, inputs));
};

/** The subflow's completed run into the caller (now, or when a subflow that waited ends: calledFlowWait.ts). */
export function afterSubflow(frame: Frame, element: ElementOf<'subflow'>, run: FlowRun): { next: string | undefined; subflow: FlowRun } {
  writeOutputs(frame, element.name, run, element.outputAssignments);
  if (element.storeOutputAutomatically) frame.storeOutput(element.name, { type: 'Unknown', value: { ...run.outputs } });
  return { next: element.connector, subflow: run };
}
