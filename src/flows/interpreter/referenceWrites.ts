/**
 * Writing a reference of a flow interview (Frame.write): a variable, a field of a record variable,
 * a property of an Apex-defined variable, a field of `$Record`, or one of the `$Flow` values a flow
 * may assign — the value converted to the target's type and the assignment logged.
 */
import type { FieldValue } from '../org/simulatedOrg';
import type { FlowValue } from '../values';
import { isApexDefinedVariable, withProperty } from './apexDefinedProperty';
import { fitTo, toScale } from './dataTypes';
import type { Frame } from './frame';
import { declareLookupOutput } from './lookupOutputBeforeRun';
import { fault, unsupported } from './stop';
import { assignWholeRecord } from './wholeRecordAssignment';

/** Writes `value` into `reference`, converted to the target's type; logs the assignment. Returns the value written. */
export function writeReference(frame: Frame, reference: string, value: FlowValue, element: string, logged: FlowValue, operator?: string): FlowValue {
  const parts = reference.trim().split('.');
  if (parts[0]!.toLowerCase() === '$record') return writeRecordField(frame, reference, parts, value, element, logged, operator);
  const global = reference.trim().toLowerCase();
  if (global === '$flow.activestages') {
    frame.assignActiveStages('Assign', value, element);
    return { type: 'MultiPicklist', value: frame.activeStages.length > 0 ? frame.activeStages.join(';') : null };
  }
  if (global === '$flow.currentrecord' || global === '$flow.currentstage') return writeFlowText(frame, reference, value, element, logged, operator);
  const slot = frame.slots.get(parts[0]!.toLowerCase()) ?? declareLookupOutput(frame, parts[0]!);
  if (!slot) throw fault(`{!${reference}} is not a variable of this flow`);
  if (slot.readOnly) throw fault(`${slot.name} is a constant and cannot be changed`);
  let written: FlowValue;
  if (parts.length === 1) {
    written = toScale(fitTo(value, slot.type, slot.collection, slot.name), slot.scale);
    slot.value = written;
    delete slot.whole;
  } else if (parts.length === 2 && slot.type === 'Record' && !slot.collection) {
    const field = parts[1]!;
    const scalar = value.value;
    if (scalar !== null && typeof scalar === 'object') throw fault(`${reference}: a record field holds one value, not a record or a list`);
    const fields = { ...((slot.value.value as Record<string, FieldValue> | null) ?? {}) };
    const existing = Object.keys(fields).find((k) => k.toLowerCase() === field.toLowerCase()) ?? field;
    fields[existing] = scalar as FieldValue;
    slot.value = { type: 'Record', value: fields };
    written = { type: value.type, value: scalar };
  } else if (parts.length === 2 && isApexDefinedVariable(frame.definition, slot.name)) {
    slot.value = withProperty(slot.value, parts[1]!, value);
    written = value;
  } else {
    throw unsupported(`assigning to {!${reference}} (a field of a related record) is not simulated`, { reference });
  }
  frame.set.add(slot.name.toLowerCase());
  frame.logAssignment(element, reference, logged === value ? written.value : logged.value, operator);
  return written;
}

/**
 * `$Record.Field = …`: the triggering record in memory, as a before-save flow sets its fields (Salesforce
 * saves them with the record) or an after-save flow prepares an Update Records of `$Record`. Reads of
 * `$Record` see it; the simulated org is changed only by an Update Records.
 */
function writeRecordField(frame: Frame, reference: string, parts: readonly string[], value: FlowValue, element: string, logged: FlowValue, operator?: string): FlowValue {
  if (!frame.options.record) throw unsupported(`{!${reference}} is assigned, but this run has no $Record (give the triggering record)`, { reference });
  if (parts.length === 1) { assignWholeRecord(frame.recordEdits, reference.trim(), value, frame.resolve('$Record')); frame.logAssignment(element, reference.trim(), logged.value, operator); return value; }
  if (parts.length !== 2) throw unsupported(`assigning to {!${reference}} is not simulated (only a field of $Record)`, { reference });
  const scalar = value.value;
  if (scalar !== null && typeof scalar === 'object') throw fault(`${reference}: a record field holds one value, not a record or a list`);
  frame.recordEdits.set(parts[1]!.toLowerCase(), { field: parts[1]!, value: scalar as FieldValue });
  frame.logAssignment(element, reference, logged === value ? scalar : logged.value, operator);
  return { type: value.type, value: scalar };
}

/** `$Flow.CurrentRecord = …` (a record Id) and `$Flow.CurrentStage = {!Stage}`: the `$Flow` values a flow may assign, texts. */
function writeFlowText(frame: Frame, reference: string, value: FlowValue, element: string, logged: FlowValue, operator?: string): FlowValue {
  const written = fitTo(value, 'Text', false, reference.trim());
  if (reference.trim().toLowerCase() === '$flow.currentstage') frame.currentStage = written.value as string | null;
  else frame.currentRecord = written.value as string | null;
  frame.logAssignment(element, reference.trim(), logged === value ? written.value : logged.value, operator);
  return written;
}
