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
 * through the set's output assignments. An answer to a choice field drawing on a picklist choice set
 * (whose values the project's object metadata gave) or a collection choice set must be one of the
 * field's choices. A dynamic choice set named as a value (`{!CurrencyPicklist}`) gives the value last
 * picked from it, null before any pick. An answer given blank to a required field, or that its
 * validation rule refuses, fails the screen (screenValidation.ts). A field its visibility rule hides
 * (or that is in a hidden section) holds null, is not required, is not validated, and an answer the
 * caller gives it is not taken (screenVisibility.ts); the screen's step lists both. A Repeater's
 * fields are taken once per item, each item answered as a screen is (screenRepeater.ts). A screen
 * ends a transaction (the changes before it are committed).
 */
import { insideRepeaters, isRepeater, type FlowDynamicChoiceSet, type ScreenField } from '../../definition';
import { readField, type FieldValue } from '../../org/simulatedOrg';
import type { FlowValue } from '../../values';
import type { ElementBehavior } from '../behavior';
import { flowTypeOf } from '../dataTypes';
import type { Frame } from '../frame';
import { readRecords } from '../records';
import { fault } from '../stop';
import { given, type Answers } from './screenAnswers';
import { runRepeater, type HiddenReport, type TakenFields } from './screenRepeater';
import { checkScreenAnswer } from './screenValidation';
import { hiddenFields } from './screenVisibility';

const NO_VALUE = new Set(['DisplayText', 'RegionContainer', 'Region', 'Section', 'Column']);
const CHOICE_FIELDS = new Set(['RadioButtons', 'DropdownBox', 'MultiSelectCheckboxes', 'MultiSelectPicklist', 'Picklist', 'ComboBox']);

/** Marks `choice` selected (WasSelected); `picked` collects the marks this screen added, undone if the field is hidden. */
function choiceValue(frame: Frame, choice: string, picked: string[]): FlowValue {
  const key = `choice:${choice.toLowerCase()}`;
  if (!frame.set.has(key)) picked.push(key);
  frame.set.add(key);
  return frame.resolve(choice);
}

function fieldValue(frame: Frame, answers: Answers, field: ScreenField, picked: string[]): FlowValue {
  const type = flowTypeOf(field.dataType ?? (field.fieldType === 'LargeTextArea' || CHOICE_FIELDS.has(field.fieldType) ? 'String' : undefined));
  const input = given(answers, field.name);
  if (input.found) {
    if (typeof input.value === 'string') {
      const choice = (field.choices ?? []).find((c) => c.toLowerCase() === String(input.value).toLowerCase());
      if (choice) return choiceValue(frame, choice, picked);
    }
    return { type, value: (input.value ?? null) as FlowValue['value'] };
  }
  if (field.defaultValue !== undefined) return frame.valueOf(field.defaultValue);
  if (field.defaultChoice) return choiceValue(frame, field.defaultChoice, picked);
  // a checkbox left alone is false in Salesforce, never null (a decision on `= false` holds); a
  // required one cannot be submitted unticked, so whoever got past the screen ticked it
  if (field.fieldType === 'InputField' && type === 'Boolean') return { type, value: field.isRequired === true };
  return { type, value: null };
}

/** A component's outputs as the caller gives them (an object of output name → value); none: no outputs. */
function givenOutputs(answers: Answers, field: ScreenField): Record<string, unknown> {
  const input = given(answers, field.name).value;
  return typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
}

/**
 * A component's outputs into its output assignments and `{!field.output}`. A hidden component's
 * outputs are all null (Salesforce's LWC guide, "Runtime Considerations for Flow Screen Components":
 * a hidden component's output attributes are set to null when the user leaves the screen).
 */
function componentOutputs(frame: Frame, answers: Answers, field: ScreenField, element: string, hidden = false): void {
  const outputs = hidden ? {} : givenOutputs(answers, field);
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
function recordFieldInput(frame: Frame, answers: Answers, objectField: string, element: string): void {
  const input = given(answers, objectField);
  if (input.found) frame.write(objectField, { type: 'Unknown', value: (input.value ?? null) as FlowValue['value'] }, element);
}

const MULTI_SELECT = new Set(['MultiSelectCheckboxes', 'MultiSelectPicklist']);

/** The value picked: the answer's text, or for a multi-select answer (`a;b`, or a list) its last value. */
function pickedValue(value: unknown, multiSelect: boolean): string | undefined {
  const values = Array.isArray(value) ? value.map(String) : multiSelect ? String(value).split(';') : [String(value)];
  return values.map((v) => v.trim()).filter((v) => v !== '').pop();
}

/** The dynamic choice set a field's choice names, if it is one (names are case-insensitive). */
function choiceSetNamed(frame: Frame, name: string): FlowDynamicChoiceSet | undefined {
  const lower = name.toLowerCase();
  return frame.definition.dynamicChoiceSets.find((set) => set.name.toLowerCase() === lower);
}

/**
 * A record choice set on a choice field whose answer was given: the records it offers (its query on the
 * org: filters, sort, limit — read as Get Records reads them), and the one whose value field (`Id` when
 * none is named) is the answer stores its fields through the set's output assignments. A multi-select
 * answer (`a;b`) stores the last record picked (*chosen*: one record fills the variables). An answer the set does not offer
 * stores nothing: the variables keep their values.
 */
function storePickedRecord(frame: Frame, answers: Answers, field: ScreenField, element: string): void {
  const input = given(answers, field.name);
  if (!input.found || input.value === null || input.value === undefined) return;
  const sets = (field.choices ?? [])
    .map((name) => choiceSetNamed(frame, name))
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

/** The values a collection choice set offers: each item's value field (`Id` when none is named), or the item itself in a list of texts. */
function collectionChoices(frame: Frame, set: FlowDynamicChoiceSet, reference: string): string[] {
  const collection = frame.resolve(reference).value;
  const items: readonly unknown[] = Array.isArray(collection) ? collection : collection === null ? [] : [collection];
  return items.flatMap((item) => {
    const value = typeof item === 'object' && item !== null ? readField({ object: set.object ?? '', fields: item as Record<string, FieldValue> }, set.valueField ?? 'Id') : item;
    return value === null || value === undefined ? [] : [String(value)];
  });
}

/**
 * The values a picklist or collection choice set offers; undefined when the run cannot know them all:
 * a picklist whose values the project did not give, or a record choice set (its answer is matched to
 * the records it reads, storePickedRecord).
 */
function setOffers(frame: Frame, set: FlowDynamicChoiceSet): string[] | undefined {
  if (set.picklistField !== undefined) return set.picklistValues ? [...set.picklistValues] : undefined;
  if (set.collectionReference !== undefined) return collectionChoices(frame, set, set.collectionReference);
  return undefined;
}

/**
 * What a choice field offers, when the run can know all of it and it draws on a picklist or a
 * collection choice set: the set's values (setOffers), a choice's value (or its name). Undefined when
 * it cannot (a set whose values are not known) or when it draws only on static choices (answered as before).
 */
function offeredChoices(frame: Frame, field: ScreenField): { values: string[]; names: string[] } | undefined {
  const values: string[] = [];
  const names: string[] = [];
  let fromSet = false;
  for (const ref of field.choices ?? []) {
    const set = choiceSetNamed(frame, ref);
    if (set) {
      const offered = setOffers(frame, set);
      if (!offered) return undefined;
      values.push(...offered);
      fromSet = true;
      continue;
    }
    const choice = frame.definition.choices.find((c) => c.name.toLowerCase() === ref.toLowerCase());
    if (!choice) return undefined;
    const value = frame.resolve(choice.name).value;
    if (value !== null) values.push(String(value));
    names.push(choice.name);
  }
  return fromSet ? { values, names } : undefined;
}

/** At most twenty values, for a message. */
function listed(values: readonly string[]): string {
  const quoted = values.map((v) => JSON.stringify(v));
  return quoted.length <= 20 ? quoted.join(', ') : `${quoted.slice(0, 20).join(', ')}, … (${quoted.length} in all)`;
}

/**
 * A choice field answered with a value its picklist or collection choice set does not offer fails
 * the screen, naming the field, the value and the choices (a user could not have picked it). Each
 * value of a multi-select answer is checked; a blank answer picks nothing and passes.
 */
function checkChoiceAnswer(frame: Frame, answers: Answers, field: ScreenField): void {
  const input = given(answers, field.name);
  if (!input.found || input.value === null || input.value === undefined) return;
  const offered = offeredChoices(frame, field);
  if (!offered) return;
  const picks = Array.isArray(input.value) ? input.value.map(String) : MULTI_SELECT.has(field.fieldType) ? String(input.value).split(';') : [String(input.value)];
  for (const answer of picks.map((a) => a.trim()).filter((a) => a !== '')) {
    if (offered.values.includes(answer) || offered.names.some((n) => n.toLowerCase() === answer.toLowerCase())) continue;
    const choices = offered.values.length > 0 ? `its choices are ${listed(offered.values)}` : 'it offers no choice (its choice set is empty)';
    throw fault(`screen field ${field.name}: ${JSON.stringify(answer)} is not one of its choices; ${choices}`);
  }
}

/**
 * `{!SetName}`, a dynamic choice set named as a value, is the value of the choice most recently picked
 * from it (Salesforce Help, record and collection choice sets: "the value is determined by the most
 * recent user selection of a choice within the generated set"); it is stored under the set's name.
 * A multi-select answer gives its last value picked (*chosen*, as storePickedRecord). A field that
 * draws on several sources credits the first set known to offer the answer, else the first whose
 * choices are not known (a record set, a picklist without its values); an answer that is one of the
 * field's static choices is no set's. A blank answer leaves the sets as they were (*chosen*).
 */
function rememberSetPick(frame: Frame, field: ScreenField, value: FlowValue): void {
  const sets = (field.choices ?? []).map((name) => choiceSetNamed(frame, name)).filter((set): set is FlowDynamicChoiceSet => set !== undefined);
  if (sets.length === 0 || value.value === null || (typeof value.value === 'object' && !Array.isArray(value.value))) return;
  const multiSelect = MULTI_SELECT.has(field.fieldType) || Array.isArray(value.value);
  const answer = pickedValue(value.value, multiSelect);
  if (answer === undefined) return;
  const isStatic = (field.choices ?? []).some((name) => {
    const choice = frame.definition.choices.find((c) => c.name.toLowerCase() === name.toLowerCase());
    return choice !== undefined && String(frame.resolve(choice.name).value ?? '') === answer;
  });
  if (isStatic) return;
  const known = sets.map((set) => setOffers(frame, set)?.includes(answer));
  const index = known.indexOf(true) >= 0 ? known.indexOf(true) : known.indexOf(undefined);
  const set = sets[index];
  if (!set) return;
  frame.storeOutput(set.name, multiSelect ? { type: flowTypeOf(set.dataType ?? 'String'), value: answer } : { type: value.type, value: value.value });
}

/** The field takes an answer (an input, a component or a Repeater), as opposed to display text and containers. */
export function takesValue(field: ScreenField): boolean {
  return !NO_VALUE.has(field.fieldType);
}

const isComponent = (field: ScreenField): boolean => field.fieldType === 'ComponentInstance' || field.extensionName !== undefined;

/**
 * The fields of a screen (or of one item of a Repeater) take their answers from `answers`: values,
 * visibility, component outputs, choices, then required and validation checks. `screen` names where
 * in messages. A Repeater among them is left to runRepeater. Gives the hidden fields and each
 * field's value as it was taken (null when hidden).
 */
export function takeFields(frame: Frame, screen: string, fields: readonly ScreenField[], answers: Answers): TakenFields {
  // every field holds its answer first, so the visibility rules can read the other fields' answers
  const values = new Map<ScreenField, FlowValue>();
  const picks = new Map<ScreenField, string[]>();
  for (const field of fields) {
    if (!takesValue(field) || isRepeater(field) || field.objectField !== undefined) continue;
    const picked: string[] = [];
    values.set(field, isComponent(field) ? { type: 'Unknown', value: { ...givenOutputs(answers, field) } as FlowValue['value'] } : fieldValue(frame, answers, field, picked));
    picks.set(field, picked);
  }
  const hidden = hiddenFields(frame, screen, fields, (hiddenNow) => {
    for (const [field, value] of values) frame.storeOutput(field.name, hiddenNow.has(field.name) ? blank(field, value) : value);
  });
  for (const field of fields) {
    if (!takesValue(field) || isRepeater(field)) continue;
    if (hidden.has(field.name)) {
      // a hidden field's value is null: a choice it would have picked is not selected
      for (const key of picks.get(field) ?? []) frame.set.delete(key);
      if (field.objectField === undefined && isComponent(field)) componentOutputs(frame, answers, field, screen, true);
      const value = values.get(field);
      if (value) values.set(field, blank(field, value));
      continue;
    }
    if (field.objectField !== undefined) {
      recordFieldInput(frame, answers, field.objectField, screen);
      continue;
    }
    if (isComponent(field)) {
      componentOutputs(frame, answers, field, screen);
      continue;
    }
    if (CHOICE_FIELDS.has(field.fieldType)) {
      checkChoiceAnswer(frame, answers, field);
      rememberSetPick(frame, field, values.get(field)!);
      storePickedRecord(frame, answers, field, screen);
    }
  }
  // Next is clicked with every field holding its answer: required fields and validation rules are
  // checked on the fields the user sees (a hidden field is neither required nor validated)
  for (const field of fields) {
    if (takesValue(field) && !isRepeater(field) && !hidden.has(field.name)) checkScreenAnswer(frame, screen, field, given(answers, field.name));
  }
  return { hidden, values, report: hiddenReport(answers, fields, hidden) };
}

export const runScreen: ElementBehavior<'screen'> = (element, frame) => {
  // showing a screen commits what the run changed before it: Roll Back Records goes back to here
  frame.beginTransaction();
  frame.visited.add(element.name.toLowerCase());
  const answers = frame.options.screenValues ?? {};
  // the fields inside a Repeater are taken once per item, by runRepeater
  const inside = insideRepeaters(element.fields);
  const fields = element.fields.filter((field) => !inside.has(field));
  const { hidden, report } = takeFields(frame, element.name, fields, answers);
  const hiddenNames = [...(report.hidden ?? [])];
  const notTaken = [...(report.answersNotTaken ?? [])];
  for (const repeater of fields.filter(isRepeater)) {
    const children = element.fields.filter((field) => inside.get(field) === repeater);
    const items = runRepeater(frame, { screen: element.name, repeater, children, hidden: hidden.has(repeater.name), answers }, takeFields);
    hiddenNames.push(...(items.hidden ?? []));
    notTaken.push(...(items.answersNotTaken ?? []));
  }
  return { next: element.connector, ...(hiddenNames.length > 0 ? { hidden: hiddenNames } : {}), ...(notTaken.length > 0 ? { answersNotTaken: notTaken } : {}) };
};

/** A hidden field's value: null; a component's outputs (or a Repeater's) all null (`{!Comp.value}` reads null). */
function blank(field: ScreenField, value: FlowValue): FlowValue {
  return isComponent(field) || isRepeater(field) ? { type: 'Unknown', value: {} } : { type: value.type, value: null };
}

/**
 * What the screen's step says of visibility: the fields hidden, in screen order (a column is named
 * only when it has a rule of its own: a hidden section names its columns' fields), and those of them
 * the caller answered, whose answers were not taken.
 */
function hiddenReport(answers: Answers, fields: readonly ScreenField[], hidden: ReadonlySet<string>): HiddenReport {
  if (hidden.size === 0) return {};
  const named = fields.filter((f) => hidden.has(f.name) && (f.visibilityRule !== undefined || !(f.fieldType === 'Region' || f.fieldType === 'Column')));
  const answered = named.filter((f) => takesValue(f) && given(answers, f.name).found).map((f) => f.name);
  return { hidden: named.map((f) => f.name), ...(answered.length > 0 ? { answersNotTaken: answered } : {}) };
}
