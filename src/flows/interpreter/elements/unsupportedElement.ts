/** An element kind the interpreter does not run: the run stops, naming the element and its kind. */
import type { ElementBehavior } from '../behavior';
import { unsupported } from '../stop';

export const runUnsupported: ElementBehavior<'unsupported'> = (element) => {
  throw unsupported(`${element.name} is an element of kind ${element.tag}, which the simulator does not run`, { kind: element.tag });
};
