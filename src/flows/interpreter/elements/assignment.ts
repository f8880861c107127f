/**
 * `assignments`: each row in order, later rows seeing earlier ones' results. Adding to a collection
 * appends in place: every collection a variable holds is its own copy (assignments, inputs and
 * loops copy), so no other resource sees the change — and a loop that collects 10,000 records stays
 * linear.
 */
import type { FlowValue } from '../../values';
import type { ElementBehavior } from '../behavior';
import { fitTo, isTextual, toScale } from '../dataTypes';
import type { Frame } from '../frame';
import type { SlotState } from '../types';
import { applyOperator } from './assignmentOperators';

/** Appends `operand` (an item or a list, converted to the slot's type) to the slot's own list. */
function append(frame: Frame, slot: SlotState, operand: FlowValue, element: string, operator: string): void {
  if (operand.value === null) return;
  const items = toScale(fitTo(operand, slot.type, true, slot.name), slot.scale).value as unknown[];
  const current = slot.value.value;
  if (Array.isArray(current)) (current as unknown[]).push(...items);
  else slot.value = { type: slot.type, value: items as FlowValue['value'], collection: true };
  frame.set.add(slot.name.toLowerCase());
  frame.logAssignment(element, slot.name, operand.value, operator);
}

export const runAssignment: ElementBehavior<'assignment'> = (element, frame) => {
  for (const item of element.items) {
    const operand = frame.valueOf(item.value);
    // $Flow.ActiveStages is a set of stages: Assign, Add and Remove work on stage names
    if (item.ref.trim().toLowerCase() === '$flow.activestages') {
      frame.assignActiveStages(item.operator, operand, element.name);
      continue;
    }
    if (item.operator === 'Assign') {
      frame.write(item.ref, operand, element.name);
      continue;
    }
    const isField = item.ref.includes('.');
    const slot = isField ? undefined : frame.slot(item.ref);
    if (slot?.collection && (item.operator === 'Add' || item.operator === 'AddItem') && !slot.readOnly) {
      append(frame, slot, operand, element.name, item.operator);
      continue;
    }
    const current = frame.resolve(item.ref);
    const isCollection = slot?.collection === true;
    const result = applyOperator(item.operator, current, operand, isCollection, `${element.name}: ${item.ref}`);
    // the log shows what a collection or a text was given (its operand), not the whole list or text
    // after it: a loop that grows a long text would otherwise copy all of it into every entry
    const logOperand = isCollection || isTextual(result.type);
    frame.write(item.ref, result, element.name, logOperand ? operand : result, item.operator);
  }
  return { next: element.connector };
};
