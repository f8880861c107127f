/**
 * `transforms` (Transform): builds a target value from source data and stores it under the
 * element's name (`{!Map_Accounts}`), or in its `outputReference`.
 *
 * As Salesforce Help describes the element: a mapping that reads `{!Source[$EachItem].Field}` reads
 * each item of the source collection, and a collection target gets one item per source item; a
 * fixed value (a text, a number, a reference without `[$EachItem]`) is the same in every item; a
 * formula is evaluated for each item. A single (non-collection) target is built once, from
 * references and formulas that read no collection item. A record target (`SObject`) gets a record
 * whose fields are the mappings' `outputFieldApiName`s; a primitive target (`String`, `Number`…)
 * takes the one mapping without a field. `Sum` adds the `aggregationField` of the
 * `aggregationValues` collection (or its numbers), skipping nulls; `Count` counts its items.
 *
 * Refused with a message naming the element and the mapping: mappings that read two different
 * source collections (fault), `[$EachItem]` with a single target or on something that is not a
 * collection (fault), a collection target that reads no collection (fault). Not simulated
 * (unsupported, named): nested collections (`A[$EachItem].B[$EachItem]`), transform types other
 * than Map, Sum and Count, Apex-defined targets, several `<transformValues>` groups.
 */
import type { ElementOf, FlowValueSpec, SingleValueSpec, TransformAction } from '../../definition';
import { readField, type FieldValue } from '../../org/simulatedOrg';
import { NULL_FLOW_VALUE, numberValue, type FlowValue } from '../../values';
import type { ElementBehavior } from '../behavior';
import { fitTo, flowTypeOf } from '../dataTypes';
import type { Frame } from '../frame';
import { FlowStop, fault, unsupported } from '../stop';

type Transform = ElementOf<'transform'>;

/** `[$EachItem]`, as Flow Builder writes it (spaces and case tolerated). */
const EACH_ITEM = /\[\s*\$EachItem\s*\]/i;
const MERGE_FIELD = /\{!([^}]*)\}/g;
/** The resource that holds the current source item while the mappings are evaluated for it. */
const ITEM = 'EachItem__Transform';
const TYPES = new Set(['map', 'sum', 'count']);

/** How a mapping is called in messages: by the field it sets, else by its position and type. */
function mappingName(action: TransformAction, index: number): string {
  return action.outputField !== undefined ? `the mapping to ${action.outputField}` : `mapping ${index + 1} (${action.type})`;
}

/** The references a value spec reads: a reference, or the merge fields of a text. */
function referencesOfSpec(spec: FlowValueSpec | undefined): string[] {
  if (spec === undefined) return [];
  if ('ref' in spec) return [spec.ref];
  if ('string' in spec) return [...spec.string.matchAll(MERGE_FIELD)].map((m) => m[1]!.trim());
  if ('list' in spec) return spec.list.flatMap(referencesOfSpec);
  return [];
}

/** Every reference a mapping reads. */
function referencesOf(action: TransformAction): string[] {
  return [
    ...referencesOfSpec(action.value),
    ...(action.formula ? [...action.formula.expression.matchAll(MERGE_FIELD)].map((m) => m[1]!.trim()) : []),
    ...action.inputParameters.flatMap((p) => referencesOfSpec(p.value)),
  ];
}

/** The source collection the element iterates (as written, before `[$EachItem]`), checked to be one. */
function sourceCollection(element: Transform): { ref: string; mapping: string } | undefined {
  let source: { ref: string; mapping: string } | undefined;
  element.actions.forEach((action, index) => {
    const mapping = mappingName(action, index);
    for (const reference of referencesOf(action)) {
      const parts = reference.split(EACH_ITEM);
      if (parts.length === 1) continue;
      if (parts.length > 2) throw unsupported(`${element.name}: ${mapping} reads {!${reference}}, an item of a collection nested in another; nested source collections are not simulated`, { kind: 'transforms' });
      const ref = parts[0]!.trim();
      if (source === undefined) source = { ref, mapping };
      else if (source.ref.toLowerCase() !== ref.toLowerCase()) {
        const where = source.mapping === mapping ? `${mapping} reads two source collections, {!${source.ref}} and {!${ref}}` : `${mapping} reads the source collection {!${ref}}, but ${source.mapping} reads {!${source.ref}}`;
        throw fault(`${element.name}: ${where}; a Transform makes one target item per item of one source collection`);
      }
    }
  });
  return source;
}

/** `Source[$EachItem].Field` → the current item's field (the item resource). */
function toItem(reference: string): string {
  return EACH_ITEM.test(reference) ? `${ITEM}${reference.trim().split(EACH_ITEM)[1]!}` : reference;
}

function rewriteText(text: string): string {
  return text.replace(MERGE_FIELD, (whole, reference: string) => (EACH_ITEM.test(reference) ? `{!${toItem(reference)}}` : whole));
}

function rewriteSpec(spec: FlowValueSpec | undefined): FlowValueSpec | undefined {
  if (spec === undefined) return undefined;
  if ('ref' in spec) return { ref: toItem(spec.ref) };
  if ('string' in spec) return { string: rewriteText(spec.string) };
  if ('list' in spec) return { list: spec.list.map((item) => rewriteSpec(item) as SingleValueSpec) };
  return spec;
}

/** A number for `Sum`, from a number or a numeric text; null is skipped. */
function addend(raw: unknown, element: Transform, mapping: string): number | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
  if (typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(Number(raw))) return Number(raw);
  throw fault(`${element.name}: ${mapping} sums ${JSON.stringify(raw)}, which is not a number`);
}

/** `Sum` / `Count` over `aggregationValues` (by `aggregationField`). */
function aggregate(element: Transform, frame: Frame, action: TransformAction, mapping: string): FlowValue {
  const parameter = (name: string) => action.inputParameters.find((p) => p.name.toLowerCase() === name.toLowerCase());
  const unknown = action.inputParameters.find((p) => !['aggregationvalues', 'aggregationfield'].includes(p.name.toLowerCase()));
  if (unknown) throw unsupported(`${element.name}: ${mapping} has the input parameter ${unknown.name}, which is not simulated`, { kind: 'transforms' });
  const values = parameter('aggregationValues');
  if (!values?.value) throw fault(`${element.name}: ${mapping} has no aggregationValues (the collection to ${action.type === 'Count' ? 'count' : 'add up'})`);
  const collection = frame.valueOf(rewriteSpec(values.value));
  if (collection.value !== null && !Array.isArray(collection.value)) throw fault(`${element.name}: ${mapping} aggregates {!${referencesOfSpec(values.value)[0] ?? ''}}, which is not a collection`);
  const items = (collection.value as readonly unknown[] | null) ?? [];
  if (action.type.toLowerCase() === 'count') return numberValue(items.length);
  const fieldSpec = parameter('aggregationField')?.value;
  const field = fieldSpec === undefined ? undefined : frame.valueOf(fieldSpec).value;
  let sum = 0;
  for (const item of items) {
    let raw: unknown = item;
    if (typeof field === 'string' && field !== '') {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) throw fault(`${element.name}: ${mapping} adds up the field ${field}, but an item is not a record`);
      raw = readField({ object: element.objectType ?? '', fields: item as Record<string, FieldValue> }, field);
    }
    sum += addend(raw, element, mapping) ?? 0;
  }
  return numberValue(sum);
}

/** What one mapping gives (for the current item, when there is one). */
function evaluate(element: Transform, frame: Frame, action: TransformAction, index: number): FlowValue {
  const mapping = mappingName(action, index);
  const type = action.type.toLowerCase();
  if (type === 'sum' || type === 'count') return aggregate(element, frame, action, mapping);
  if (action.formula) {
    return frame.evaluateExpression(`transform:${element.name.toLowerCase()}:${index}`, rewriteText(action.formula.expression), action.formula.dataType ?? 'String', `${element.name}: ${mapping}'s formula`);
  }
  return action.value === undefined ? NULL_FLOW_VALUE : frame.valueOf(rewriteSpec(action.value));
}

/** One target value: a record of the mapped fields, or the value of the mapping without a field. */
function build(element: Transform, frame: Frame): FlowValue['value'] {
  const type = flowTypeOf(element.dataType ?? (element.objectType ? 'SObject' : 'String'));
  let whole: FlowValue | undefined;
  const fields: Record<string, FieldValue> = {};
  element.actions.forEach((action, index) => {
    const value = evaluate(element, frame, action, index);
    if (action.outputField === undefined) {
      whole = value;
      return;
    }
    const mapping = mappingName(action, index);
    if (type !== 'Record') throw fault(`${element.name}: ${mapping} sets a field, but the target is a ${element.dataType ?? 'String'}, not a record`);
    if (value.value !== null && typeof value.value === 'object') throw fault(`${element.name}: ${mapping}: a record field holds one value, not a record or a list`);
    const existing = Object.keys(fields).find((k) => k.toLowerCase() === action.outputField!.toLowerCase()) ?? action.outputField;
    fields[existing] = value.value as FieldValue;
  });
  if (type !== 'Record') return fitTo(whole ?? NULL_FLOW_VALUE, type, false, element.name).value;
  if (whole !== undefined && whole.value !== null && (typeof whole.value !== 'object' || Array.isArray(whole.value))) throw fault(`${element.name}: the target is a record, but a mapping without a field gives ${JSON.stringify(whole.value)}`);
  return { ...((whole?.value as Record<string, FieldValue> | null | undefined) ?? {}), ...fields };
}

/** Runs `build` once per item of the source collection, the item held in the item resource. */
function buildEach(element: Transform, frame: Frame, source: { ref: string; mapping: string }): FlowValue['value'][] {
  const collection = frame.resolve(source.ref);
  if (collection.value !== null && !Array.isArray(collection.value)) throw fault(`${element.name}: ${source.mapping} reads {!${source.ref}[$EachItem]}, but {!${source.ref}} is not a collection`);
  const objectType = source.ref.includes('.') ? undefined : frame.slot(source.ref)?.objectType;
  const itemType = collection.type === 'Record' && objectType ? 'Record' : collection.type === 'Record' ? 'Unknown' : collection.type;
  const previous = frame.slot(ITEM);
  try {
    return ((collection.value as readonly FlowValue['value'][] | null) ?? []).map((item) => {
      frame.declare({ name: ITEM, type: itemType, collection: false, ...(itemType === 'Record' ? { objectType: objectType! } : {}), value: { type: itemType, value: item } });
      try {
        return build(element, frame);
      } catch (caught) {
        // a message names the item as the flow writes it, not the resource that holds it
        if (caught instanceof FlowStop) throw new FlowStop(caught.kind, caught.message.split(ITEM).join(`${source.ref}[$EachItem]`), caught.detail);
        throw caught;
      }
    });
  } finally {
    if (previous) frame.declare(previous);
    else frame.slots.delete(ITEM.toLowerCase());
  }
}

export const runTransform: ElementBehavior<'transform'> = (element, frame) => {
  // a transform type is named first: a join brings a second <transformValues> group (mapping Join1[$EachItem]) and, in real flows, an Apex target
  element.actions.forEach((action, index) => {
    if (!TYPES.has(action.type.toLowerCase())) {
      const why = action.type.toLowerCase() === 'innerjoin' ? '; Salesforce Help\'s Transform element page does not say how a join matches its keys, so none is guessed' : '';
      throw unsupported(`${element.name}: ${mappingName(action, index)} is of transform type ${action.type}, which the simulator does not run (it runs Map, Sum and Count${why})`, { kind: action.type });
    }
  });
  if (element.apexClass !== undefined || element.dataType?.toLowerCase() === 'apex') {
    throw unsupported(`${element.name}: a Transform to an Apex-defined target (${element.apexClass ?? 'Apex'}) is not simulated`, { kind: 'transforms' });
  }
  if (element.valueGroups !== undefined) throw unsupported(`${element.name}: a Transform with ${element.valueGroups} <transformValues> groups is not simulated`, { kind: 'transforms' });
  const source = sourceCollection(element);
  const type = flowTypeOf(element.dataType ?? (element.objectType ? 'SObject' : 'String'));
  let output: FlowValue;
  if (element.isCollection) {
    if (!source) throw fault(`${element.name}: the target is a collection, but no mapping reads the items of a source collection ({!Source[$EachItem].Field})`);
    output = { type, value: buildEach(element, frame, source), collection: true };
  } else {
    if (source) throw fault(`${element.name}: ${source.mapping} reads {!${source.ref}[$EachItem]}, the items of a collection, but the target is a single ${element.dataType ?? 'value'}, not a collection`);
    output = { type, value: build(element, frame) };
  }
  if (element.outputReference !== undefined && element.storeOutputAutomatically !== true) frame.write(element.outputReference, output, element.name);
  else frame.storeOutput(element.name, output, element.objectType);
  return { next: element.connector };
};
