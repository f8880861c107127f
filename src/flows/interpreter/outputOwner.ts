/**
 * The element an automatically stored output reference (`{!Element.output}`) belongs to, and the
 * output's name: a Subflow's or an action's records have no object of their own in the caller's
 * slot, so Create Records asks the element what they hold (subflowOutputObject.ts,
 * actionOutputObject.ts). Names are matched without case, as Flow Builder does.
 */
import type { FlowElement } from '../definition/elements';
import type { Frame } from './frame';

export function outputOwner(frame: Frame, reference: string): { element: FlowElement; output: string } | undefined {
  const [elementName, output, ...rest] = reference.split('.');
  if (!elementName || !output || rest.length > 0) return undefined;
  const elements = frame.definition.elements;
  const key = Object.keys(elements).find((k) => k.toLowerCase() === elementName.toLowerCase());
  const element = key === undefined ? undefined : elements[key];
  return element ? { element, output } : undefined;
}
