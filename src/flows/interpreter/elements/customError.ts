/**
 * `customErrors` (Custom Error): the run ends as failed with the element's messages, their `{!…}`
 * merge fields filled in; a field error names its field. As any failure that ends a run, the run's
 * record changes are rolled back. The element has no way on, so no fault connector catches it.
 */
import type { ElementBehavior } from '../behavior';
import { fault } from '../stop';

export const runCustomError: ElementBehavior<'customError'> = (element, frame) => {
  const texts = element.messages.map((m) => {
    const text = String(frame.valueOf({ string: m.message }).value ?? '');
    return m.isFieldError && m.field ? `${m.field}: ${text}` : text;
  });
  throw fault(`${element.name}: ${texts.filter((t) => t !== '').join('; ') || 'custom error'}`);
};
