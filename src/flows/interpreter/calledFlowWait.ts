/**
 * A run paused inside the subflow it called goes on. In Salesforce a subflow is part of its caller's
 * interview: when the subflow reaches a Wait (Pause) element the whole interview pauses, and when
 * the wait's time or event comes the subflow goes on from its Wait, and the caller from the Subflow
 * element once the subflow ends — its outputs assigned as if it had never paused (*chosen* where the
 * Flow docs say no more: docs/flows.md, the subflows row). Before, such a run stopped as
 * unsupported ("a subflow that waits is not simulated"): a background step whose flow called one
 * (survey 24: a drip-campaign subflow waiting three days between two emails) took its stand-in.
 */
import type { FlowElement } from '../definition';
import type { Frame } from './frame';
import { afterSubflow } from './elements/subflow';
import { settleCalled } from './elements/callFlow';
import { caughtAt, follow, resumeFlow, type Ending, type ResumeOptions } from './run';
import { unsupported } from './stop';
import type { SuspendedFlow } from './types';

/**
 * Resumes the subflow that `element` (a Subflow of `frame`'s flow) called, paused as `calling`
 * says; its end lets `frame` go on after `element`, a new wait in it pauses `frame` again.
 */
export function resumeCalling(frame: Frame, elementName: string, calling: NonNullable<SuspendedFlow['calling']>, options: ResumeOptions): Ending {
  const element: FlowElement | undefined = Object.prototype.hasOwnProperty.call(frame.definition.elements, elementName) ? frame.definition.elements[elementName] : undefined;
  const resolved = frame.options.resolveFlow?.(calling.flowName);
  if (element?.kind !== 'subflow' || !resolved) {
    const stop = unsupported(`${elementName}: the subflow ${calling.flowName} waited, and ${resolved ? `${elementName} is no longer a Subflow element of this flow` : `the project no longer has it (no ${calling.flowName}.flow-meta.xml or .flow)`}, so the run cannot go on`, { kind: 'subflow' });
    return { status: 'stopped', stop, element: elementName };
  }
  const child = resumeFlow(resolved.definition, calling.state, { ...options, org: frame.org, now: frame.now });
  // the subflow's elements count against the caller's budget, as when it ran first
  frame.budget.executed += Math.max(0, child.run.elementsExecuted - calling.state.elementsExecuted);
  let next: string | undefined;
  try {
    const { subflow, next: after } = afterSubflow(frame, element, settleCalled(frame, element.name, calling.flowName, resolved, child));
    frame.report.path.push({ element: element.name, kind: element.kind, subflow });
    next = after;
  } catch (caught) {
    const after = caughtAt(frame, element, caught);
    if (!('next' in after)) return after;
    next = after.next;
  }
  return follow(frame, next);
}
