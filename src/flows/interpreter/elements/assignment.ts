/** `assignments`: each row in order, later rows seeing earlier ones' results. */
import type { ElementBehavior } from '../behavior';
import { applyOperator } from './assignmentOperators';

export const runAssignment: ElementBehavior<'assignment'> = (element, frame) => {
  for (const item of element.items) {
    const operand = frame.valueOf(item.value);
    if (item.operator === 'Assign') {
      frame.write(item.ref, operand, element.name);
      continue;
    }
    const slot = frame.slot(item.ref.split('.')[0]!);
    const current = frame.resolve(item.ref);
    const isCollection = item.ref.includes('.') ? false : slot?.collection === true;
    const result = applyOperator(item.operator, current, operand, isCollection, `${element.name}: ${item.ref}`);
    frame.write(item.ref, result, element.name, isCollection ? operand : result, item.operator);
  }
  return { next: element.connector };
};
