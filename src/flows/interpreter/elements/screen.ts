/**
 * `screens` of a screen flow, run offline: no one sees them. Each input field takes the value the
 * caller gives (`screenValues[field]`), else its default, else its default choice's value, else
 * null — for a checkbox (a Boolean input field) false, as an unticked box is in Salesforce, or
 * true when it is required (the screen cannot be submitted without ticking it);
 * display text and containers take nothing. A component's outputs come from `screenValues[field]`
 * (an object of output name → value), stored automatically (`{!field.output}`) or through its output
 * assignments. The screen is "visited" (WasVisited) and a picked choice "selected" (WasSelected).
 * A record field shown by Dynamic Forms (`ObjectProvided`) edits the record variable's field in
 * place, from `screenValues["rec.Field"]`. A record picked from a record choice set stores its fields
 * through the set's output assignments. A screen ends a transaction (the changes before it are committed).
 */
import type { FlowDynamicChoiceSet, ScreenField } from '../../definition';
import { readField } from '../../org/simulatedOrg';
import type { FlowValue } from '../../values';
import type { ElementBehavior } from '../behavior';
import { flowTypeOf } from '../dataTypes';
import type { Frame } from '../frame';
import { readRecords } from '../records';

const NO_VALUE = new Set(['DisplayText', 'RegionContainer', 'Region', 'Section', 'Column']);
const CHOICE_FIELDS = new Set(['RadioButtons', 'DropdownBox', 'MultiSelectCheckboxes', 'MultiSelectPicklist', 'Picklist', 'ComboBox']);

function given(frame: Frame, name: string): { found: boolean; value: unknown } {
  const values = frame.options.screenValues ?? {};
  const key = Object.keys(values).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? { found: false, value: null } : { found: true, value: values[key] };
}

function choiceValue(frame: Frame, choice: string): FlowValue {
  frame.set.add(`choice:${choice.toLowerCase()}`);
  return frame.resolve(choice);
}

function fieldValue(frame: Frame, field: ScreenField): FlowValue {
  const type = flowTypeOf(field.dataType ?? (field.fieldType === 'LargeTextArea' || CHOICE_FIELDS.has(field.fieldType) ? 'String' : undefined));
  const input = given(frame, field.name);
  if (input.found) {
    if (typeof input.value === 'string') {
      const choice = (field.choices ?? []).find((c) => c.toLowerCase() === String(input.value).toLowerCase());
      if (choice) return choiceValue(frame, choice);
    }
    return { type, value: (input.value ?? null) as FlowValue['value'] };
  }
  if (field.defaultValue !== undefined) return frame.valueOf(field.defaultValue);
  if (field.defaultChoice) return choiceValue(frame, field.defaultChoice);
  // a checkbox left alone is false in Salesforce, never null (a decision on `= false` holds); a
  // required one cannot be submitted unticked, so whoever got past the screen ticked it
  if (field.fieldType === 'InputField' && type === 'Boolean') return { type, value: field.isRequired === true };
  return { type, value: null };
}

function componentOutputs(frame: Frame, field: ScreenField, element: string): void {
  const input = given(frame, field.name).value;
  const outputs = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  for (const output of field.outputParameters ?? []) {
    const key = Object.keys(outputs).find((k) => k.toLowerCase() === output.name.toLowerCase());
    frame.write(output.ref, { type: 'Unknown', value: (key === undefined ? null : outputs[key] ?? null) as FlowValue['value'] }, element);
  }
  frame.storeOutput(field.name, { type: 'Unknown', value: { ...outputs } as FlowValue['value'] });
}

/**
 * A record field on the screen (Dynamic Forms): it shows the record variable's field and edits it in
 * place. A value the caller gives (`screenValues["curCase.Subject"]`) is written to that field; none
 * leaves the field as it was, as a user who changes nothing.
 */
function recordFieldInput(frame: Frame, objectField: string, element: string): void {
  const input = given(frame, objectField);
  if (input.found) frame.write(objectField, { type: 'Unknown', value: (input.value ?? null) as FlowValue['value'] }, element);
}

const MULTI_SELECT = new Set(['MultiSelectCheckboxes', 'MultiSelectPicklist']);

/** The value picked: the answer's text, or for a multi-select answer (`a;b`, or a list) its last value. */
function pickedValue(value: unknown, multiSelect: boolean): string | undefined {
  const values = Array.isArray(value) ? value.map(String) : multiSelect ? String(value).split(';') : [String(value)];
  return values.map((v) => v.trim()).filter((v) => v !== '').pop();
}

/**
 * A record choice set on a choice field whose answer was given: the records it offers (its query on the
 * org: filters, sort, limit — read as Get Records reads them), and the one whose value field (`Id` when
 * none is named) is the answer stores its fields through the set's output assignments. A multi-select
 * answer (`a;b`) stores the last record picked (*chosen*: one record fills the variables). An answer the set does not offer
 * stores nothing: the variables keep their values.
 */
function storePickedRecord(frame: Frame, field: ScreenField, element: string): void {
  const input = given(frame, field.name);
  if (!input.found || input.value === null || input.value === undefined) return;
  const sets = (field.choices ?? [])
    .map((name) => frame.definition.dynamicChoiceSets.find((set) => set.name.toLowerCase() === name.toLowerCase()))
    .filter((set): set is FlowDynamicChoiceSet & { object: string } => set?.object !== undefined && set.outputAssignments.length > 0);
  if (sets.length === 0) return;
  const answer = pickedValue(input.value, MULTI_SELECT.has(field.fieldType));
  if (answer === undefined) return;
  for (const set of sets) {
    const offered = readRecords(frame, set, element, `${element}: ${set.name}`);
    const picked = offered.find((rec) => String(readField(rec, set.valueField ?? 'Id') ?? '') === answer);
    if (!picked) continue;
    for (const output of set.outputAssignments) frame.write(output.ref, { type: 'Unknown', value: readField(picked, output.name) }, element);
    return;
  }
}

export const runScreen: ElementBehavior<'screen'> = (element, frame) => {
  // showing a screen commits what the run changed before it: Roll Back Records goes back to here
  frame.beginTransaction();
  frame.visited.add(element.name.toLowerCase());
  for (const field of element.fields) {
    if (NO_VALUE.has(field.fieldType)) continue;
    if (field.objectField !== undefined) {
      recordFieldInput(frame, field.objectField, element.name);
      continue;
    }
    if (field.fieldType === 'ComponentInstance' || field.extensionName !== undefined) {
      componentOutputs(frame, field, element.name);
      continue;
    }
    frame.storeOutput(field.name, fieldValue(frame, field));
    if (CHOICE_FIELDS.has(field.fieldType)) storePickedRecord(frame, field, element.name);
  }
  return { next: element.connector };
};
