/**
 * The object of the records a subflow hands back in an automatically stored output
 * (`{!Call_builder.tasks}`): the caller's slot for the Subflow element holds every output under the
 * element's name, so it has no object of its own, but the called flow's output variable declares it
 * (Flow Builder offers only those variables there, each with its object), as Salesforce knows it when
 * a Create Records element saves them. Survey 13: three screen flows of one project create the
 * records a subflow built, and faulted with "cannot tell which object".
 */
import type { Frame } from './frame';
import { outputOwner } from './outputOwner';

/** The `objectType` of the output `Element.output` when `Element` is a subflow of this flow; else undefined. */
export function subflowOutputObject(frame: Frame, reference: string): string | undefined {
  const owner = outputOwner(frame, reference);
  if (owner?.element.kind !== 'subflow') return undefined;
  const called = frame.options.resolveFlow?.(owner.element.flowName)?.definition;
  const wanted = owner.output.toLowerCase();
  return called?.variables.find((v) => v.isOutput && v.name.toLowerCase() === wanted)?.objectType;
}
