/**
 * Where a waiting run of a called flow waits, in words: the Wait element itself, found through the
 * Subflow elements it waits inside. A flow that calls a subflow which waits is paused at its Subflow
 * element (calledFlowWait.ts), so the run's `waiting.element` names that Subflow; a message that
 * named it as "its Wait" pointed the admin at the wrong element (2026-12-07). The chain of flows is
 * said too: `the Wait Wait_3_Days of Drip_Emails (its Subflow Send_Drip calls Drip_Emails)`.
 */
import { isBlankName } from '../../../model/blankName';
import type { FlowDefinition } from '../../definition';
import type { FlowWaiting, ResolvedFlow, SuspendedFlow } from '../types';

/**
 * A Wait's name; one saved without a name by its label, else by its place among the flow's waits,
 * `waits[2]`, as wait.ts names a nameless wait event `waitEvents[0]` (it read "reached its Wait :").
 */
export function waitName(definition: FlowDefinition | undefined, element: string): string | undefined {
  if (!isBlankName(element)) return element;
  const wait = definition && Object.prototype.hasOwnProperty.call(definition.elements, element) ? definition.elements[element] : undefined;
  if (wait?.label !== undefined && !isBlankName(wait.label)) return wait.label;
  const index = wait && definition ? Object.values(definition.elements).filter((e) => e.kind === 'wait').findIndex((e) => e === wait) : -1;
  return index < 0 ? undefined : `waits[${index}]`;
}

/** One Subflow element the wait is inside: the element and the flow it calls. */
interface CallLink {
  element: string;
  flowName: string;
}

/**
 * The Wait `waiting` (a run of `definition`) stopped at: `its Wait W` when it is the flow's own, else
 * `the Wait W of Inner (its Subflow Call_A calls A, whose Subflow Call_B calls Inner)`; `a Wait`
 * when the run says none. `resolve` finds the called flows' definitions (to name a nameless Wait).
 */
export function waitReached(definition: FlowDefinition, waiting: FlowWaiting | undefined, resolve: ((name: string) => ResolvedFlow | undefined) | undefined): string {
  if (waiting === undefined) return 'a Wait';
  const links: CallLink[] = [];
  let state: SuspendedFlow = waiting.state;
  let inFlow: FlowDefinition | undefined = definition;
  // a chain is as deep as the subflows nest (the element budget's maxDepth bounds it)
  while (state.calling) {
    links.push({ element: state.element, flowName: state.calling.flowName });
    inFlow = resolve?.(state.calling.flowName)?.definition;
    state = state.calling.state;
  }
  const name = waitName(inFlow, links.length === 0 ? waiting.element : state.element);
  const wait = name === undefined ? 'a Wait' : `the Wait ${name}`;
  if (links.length === 0) return name === undefined ? 'a Wait' : `its Wait ${name}`;
  const calls = links.map((link, i) => `${i === 0 ? 'its' : 'whose'} Subflow ${link.element} calls ${link.flowName}`).join(', ');
  return `${wait} of ${links.at(-1)!.flowName} (${calls})`;
}
