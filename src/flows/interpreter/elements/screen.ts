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
 * picked from it, null before any pick (choices: screenChoices.ts). An answer given blank to a required field, or that its
 * validation rule refuses, fails the screen (screenValidation.ts). A field its visibility rule hides
 * (or that is in a hidden section) holds null, is not required, is not validated, and an answer the
 * caller gives it is not taken (screenVisibility.ts); the screen's step lists both. A Repeater's
 * fields are taken once per item, each item answered as a screen is (screenRepeater.ts). Its screen
 * actions run when it is shown and when an answered field triggers them (screenActions.ts). A screen
 * ends a transaction (the changes before it are committed).
 */
import { insideRepeaters, isRepeater, type ScreenField } from '../../definition';
import type { FlowValue } from '../../values';
import type { ElementBehavior } from '../behavior';
import { flowTypeOf } from '../dataTypes';
import type { Frame } from '../frame';
import { given, type Answers } from './screenAnswers';
import { CHOICE_FIELDS, checkChoiceAnswer, rememberSetPick, storePickedRecord } from './screenChoices';
import { runRepeater, type HiddenReport, type TakenFields } from './screenRepeater';
import { checkScreenAnswer } from './screenValidation';
import { screenAnswered, screenShown } from './screenActions';
import { hiddenFields } from './screenVisibility';

const NO_VALUE = new Set(['DisplayText', 'RegionContainer', 'Region', 'Section', 'Column']);

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
  screenShown(frame, element);
  const { hidden, report } = takeFields(frame, element.name, fields, answers);
  screenAnswered(frame, element, answers);
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
