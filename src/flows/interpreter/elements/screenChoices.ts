/**
 * The choices of a screen's choice fields (radio buttons, pick lists, multi-select boxes): what a
 * field offers when the run can know it (a picklist or collection choice set), an answer checked
 * against it, the record a record choice set's pick stores, and `{!SetName}`, the value last picked
 * from a dynamic choice set. screen.ts calls these for each shown choice field.
 */
import type { FlowDynamicChoiceSet, ScreenField } from '../../definition';
import { readField, type FieldValue } from '../../org/simulatedOrg';
import type { FlowValue } from '../../values';
import { flowTypeOf } from '../dataTypes';
import type { Frame } from '../frame';
import { readRecords } from '../records';
import { fault } from '../stop';
import { given, type Answers } from './screenAnswers';

export const CHOICE_FIELDS: ReadonlySet<string> = new Set(['RadioButtons', 'DropdownBox', 'MultiSelectCheckboxes', 'MultiSelectPicklist', 'Picklist', 'ComboBox']);

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
export function storePickedRecord(frame: Frame, answers: Answers, field: ScreenField, element: string): void {
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
export function checkChoiceAnswer(frame: Frame, answers: Answers, field: ScreenField): void {
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
export function rememberSetPick(frame: Frame, field: ScreenField, value: FlowValue): void {
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
