/**
 * The screen **Repeater** component (`fieldType` `Repeater`): its child fields are shown once per
 * item, and the user may add items. After the screen, `{!Repeater.AllItems}` is the list of items,
 * each an object of child field name → value (`{!Loop.Subject}`, a component's outputs by name:
 * `{!Loop.Assigned_To.recordId}`); with a source collection (input `collection`), the items it
 * prefilled are `PrepopulatedItems` and those added `AddedItems`.
 *
 * Offline, `screenValues[Repeater]` is the list of items, each an object of child field name →
 * answer, taken as a screen's answers are (screen.ts): defaults, visibility, required and
 * validation, per item (a message names the item: `screen S, Repeater R item 2, field F`). With a
 * source collection, the first items answer its items in order and the rest are added. No answer:
 * one item per item of the source collection, else one item, each child at its default (*chosen*:
 * the screen as it loads, Next clicked).
 *
 * Inside the Repeater, `{!Source[$EachItem].Field}` reads the item of the source collection the
 * item was prefilled from (an added item has none: its fields read null), and
 * `{!Repeater.AllItems[$EachItem].Field}` the current item's answer to the child `Field`. A prefilled
 * item also holds `UniqueField__Id`, the Id of its source record (uniqueField). Any other
 * `[$EachItem]` stops as unsupported, naming it. A hidden Repeater has no items (its outputs are
 * null, as a hidden component's).
 */
import type { ScreenField } from '../../definition';
import type { FlowValue } from '../../values';
import type { Frame } from '../frame';
import { FlowStop, fault, unsupported } from '../stop';
import { given, type Answers } from './screenAnswers';

/** What a screen's step says of visibility: the fields hidden, and those of them answered (their answers not taken). */
export interface HiddenReport { hidden?: string[]; answersNotTaken?: string[] }
/** The fields' values as taken, the names hidden, and what the step says of them. */
export interface TakenFields { hidden: Set<string>; values: Map<ScreenField, FlowValue>; report: HiddenReport }
/** screen.ts's takeFields: the fields of one item take their answers. */
export type TakeFields = (frame: Frame, screen: string, fields: readonly ScreenField[], answers: Answers) => TakenFields;

/** At most this many items are taken (a scenario's list, or a source collection). */
const MAX_ITEMS = 500;
/** The resource that holds the source collection's item while an item's fields are taken. */
const ITEM = 'EachItem__Repeater';
/** `Some.Reference[$EachItem]` and the dot after it, as Flow Builder writes it (spaces and case tolerated). */
const EACH_ITEM = /([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*\[\s*\$EachItem\s*\](\.)?/gi;

interface RepeaterOnScreen {
  screen: string;
  repeater: ScreenField;
  /** The fields inside it, in screen order. */
  children: readonly ScreenField[];
  hidden: boolean;
  /** The screen's answers (the Repeater's is the list of items). */
  answers: Answers;
}

/** The source collection: the `collection` input's reference and its items (none: no source). */
function sourceOf(frame: Frame, at: string, repeater: ScreenField): { ref?: string; items: readonly unknown[]; objectType?: string; records: boolean } | undefined {
  const input = (repeater.inputParameters ?? []).find((p) => p.name.toLowerCase() === 'collection');
  if (!input?.value) return undefined;
  const value = frame.valueOf(input.value);
  const ref = 'ref' in input.value ? input.value.ref : undefined;
  if (value.value !== null && !Array.isArray(value.value)) throw fault(`${at}: its source collection${ref ? ` {!${ref}}` : ''} is not a collection`);
  const items = (value.value as readonly unknown[] | null) ?? [];
  if (items.length > MAX_ITEMS) throw unsupported(`${at}: its source collection has ${items.length} items; at most ${MAX_ITEMS} are simulated`, { kind: 'Repeater' });
  const objectType = ref !== undefined && !ref.includes('.') ? frame.slot(ref)?.objectType : undefined;
  const records = value.type === 'Record' || items.some((item) => typeof item === 'object' && item !== null && !Array.isArray(item));
  return { ...(ref !== undefined ? { ref } : {}), items, ...(objectType ? { objectType } : {}), records };
}

/** The caller's items: a list of objects (field name → answer); undefined when none was given. */
function givenItems(at: string, answers: Answers, repeater: ScreenField): readonly Answers[] | undefined {
  const answer = given(answers, repeater.name);
  if (!answer.found || answer.value === null) return undefined;
  const items = answer.value;
  if (!Array.isArray(items)) throw fault(`${at}: the answer must be a list of items, each an object of field name → value (it is ${JSON.stringify(items)?.slice(0, 200)})`);
  if (items.length > MAX_ITEMS) throw unsupported(`${at}: ${items.length} items were given; at most ${MAX_ITEMS} are simulated`, { kind: 'Repeater' });
  items.forEach((item: unknown, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw fault(`${at}: item ${i + 1} must be an object of field name → value (it is ${JSON.stringify(item)?.slice(0, 200)})`);
  });
  return items as readonly Answers[];
}

/** `[$EachItem]` references in a child, rewritten: the Repeater's own item reads the child's answer, the source's item the item resource. */
function rewrite(at: string, field: ScreenField, repeater: ScreenField, sourceRef: string | undefined): ScreenField {
  const own = `${repeater.name}.AllItems`.toLowerCase();
  const text = (value: string): string =>
    value.replace(EACH_ITEM, (whole, prefix: string, dot: string | undefined) => {
      const lower = prefix.toLowerCase();
      if (lower === own && dot) return '';
      if (sourceRef !== undefined && lower === sourceRef.toLowerCase()) return `${ITEM}${dot ?? ''}`;
      throw unsupported(`${at}: field ${field.name} reads {!${whole.replace(/\.$/, '')}}; only the Repeater's items ({!${repeater.name}.AllItems[$EachItem].Field}) and its source collection's${sourceRef ? ` ({!${sourceRef}[$EachItem]})` : ' (it has none)'} are simulated`, { kind: 'Repeater' });
    });
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return value.includes('$') ? text(value) : value;
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(field) as ScreenField;
}

/**
 * Takes the Repeater's items and stores `{!Repeater.AllItems}`, `PrepopulatedItems` and `AddedItems`.
 * Gives the children hidden in an item, and the answers they did not take, named by item
 * (`Tasks[item 2].Subject`, numbered from 1 as messages number items) for the screen's step.
 */
export function runRepeater(frame: Frame, on: RepeaterOnScreen, take: TakeFields): HiddenReport {
  const { screen, repeater, children } = on;
  const at = `screen ${screen}, Repeater ${repeater.name}`;
  if (on.hidden) {
    frame.storeOutput(repeater.name, { type: 'Unknown', value: {} });
    return {};
  }
  const source = sourceOf(frame, at, repeater);
  const items = givenItems(at, on.answers, repeater);
  const shown = source ? source.items.length : 1;
  if (items) checkItemCount(frame, at, repeater, items.length, shown);
  const count = items?.length ?? shown;
  const fields = children.map((child) => rewrite(at, child, repeater, source?.ref));
  const previous = frame.slot(ITEM);
  const taken: Record<string, unknown>[] = [];
  const hidden: string[] = [];
  const answersNotTaken: string[] = [];
  try {
    for (let i = 0; i < count; i++) {
      if (source) declareItem(frame, source, i);
      try {
        const { values, report } = take(frame, `${screen}, Repeater ${repeater.name} item ${i + 1}`, fields, items?.[i] ?? {});
        const named = (field: string): string => `${repeater.name}[item ${i + 1}].${field}`;
        hidden.push(...(report.hidden ?? []).map(named));
        answersNotTaken.push(...(report.answersNotTaken ?? []).map(named));
        taken.push({ ...uniqueField(source, i), ...Object.fromEntries([...values].map(([field, value]) => [field.name, value.value])) });
      } catch (caught) {
        // a message names the source's item as the flow writes it, not the resource that holds it
        if (caught instanceof FlowStop && source?.ref) throw new FlowStop(caught.kind, caught.message.split(ITEM).join(`${source.ref}[$EachItem]`), caught.detail);
        throw caught;
      }
    }
  } finally {
    if (previous) frame.declare(previous);
    else frame.slots.delete(ITEM.toLowerCase());
  }
  const prefilled = Math.min(source?.items.length ?? 0, taken.length);
  const outputs = { AllItems: taken, PrepopulatedItems: taken.slice(0, prefilled), AddedItems: taken.slice(prefilled) };
  frame.storeOutput(repeater.name, { type: 'Unknown', value: outputs as unknown as FlowValue['value'] });
  return { ...(hidden.length > 0 ? { hidden } : {}), ...(answersNotTaken.length > 0 ? { answersNotTaken } : {}) };
}

/**
 * A user cannot add items to a Repeater whose `canAddItem` is false, nor remove the items it shows
 * (its source collection's, else one) when `canRemoveItem` is false: an answer that does is refused
 * (*chosen*: read from the inputs' names; Salesforce Help does not describe them). An input left out allows it.
 */
function checkItemCount(frame: Frame, at: string, repeater: ScreenField, given: number, shown: number): void {
  const allowed = (name: string): boolean => {
    const input = (repeater.inputParameters ?? []).find((p) => p.name.toLowerCase() === name.toLowerCase());
    return input?.value === undefined || frame.valueOf(input.value).value !== false;
  };
  if (given > shown && !allowed('canAddItem')) throw fault(`${at}: ${given} items were given, but it shows ${shown} and its canAddItem is false (a user cannot add items)`);
  if (given < shown && !allowed('canRemoveItem')) throw fault(`${at}: ${given} items were given, but it shows ${shown} and its canRemoveItem is false (a user cannot remove items)`);
}

/**
 * A prefilled item names the source record it came from: `UniqueField__Id`, the record's Id, as real
 * flows read it to update or delete that record (`{!Loop.UniqueField__Id}`, SFDC-Assets/PSA-Stakeholder-
 * Management-Quick-Start). Salesforce Help does not document it (*chosen* from that use: only `Id`).
 */
function uniqueField(source: ReturnType<typeof sourceOf>, i: number): Record<string, unknown> {
  const item = source && i < source.items.length ? source.items[i] : undefined;
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return {};
  const key = Object.keys(item).find((k) => k.toLowerCase() === 'id');
  return key === undefined ? {} : { UniqueField__Id: (item as Record<string, unknown>)[key] };
}

/** The source's item `i` in the item resource; an added item (past the source's end) has none: an empty record, or null. */
function declareItem(frame: Frame, source: NonNullable<ReturnType<typeof sourceOf>>, i: number): void {
  const item = i < source.items.length ? source.items[i] : source.records ? {} : null;
  const type = source.records && source.objectType ? 'Record' : 'Unknown';
  frame.declare({ name: ITEM, type, collection: false, ...(type === 'Record' ? { objectType: source.objectType! } : {}), value: { type, value: (item ?? null) as FlowValue['value'] } });
}

