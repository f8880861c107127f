/**
 * `collectionProcessors`: Sort (by field and order, optional limit) and Filter (conditions on each
 * item in its item variable, or a formula) store the resulting collection under the element's name.
 * Other processors (Recast, …) stop the run, named.
 */
import type { FlowValue } from '../../values';
import type { ElementBehavior } from '../behavior';
import { conditionsHold } from '../conditions';
import { sortRecords } from '../records';
import { fault, unsupported } from '../stop';

export const runCollectionProcessor: ElementBehavior<'collectionProcessor'> = (element, frame) => {
  const source = frame.resolve(element.collection);
  if (source.value !== null && !Array.isArray(source.value)) throw fault(`${element.name}: {!${element.collection}} is not a collection`);
  let items = [...((source.value as readonly FlowValue['value'][] | null) ?? [])];
  const objectType = frame.slot(element.collection.split('.')[0]!)?.objectType;
  if (element.subtype === 'SortCollectionProcessor') {
    for (const option of [...element.sortOptions].reverse()) {
      if (!option.field) continue;
      const records = items.map((item) => ({ object: '', fields: (item ?? {}) as Record<string, never> }));
      items = sortRecords(records, option.field, option.order).map((r) => r.fields);
    }
    if (element.sortOptions.some((o) => !o.field)) {
      const order = element.sortOptions.find((o) => !o.field)!.order;
      items.sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0) * (order === 'Desc' ? -1 : 1));
    }
    if (element.limit !== undefined) items = items.slice(0, element.limit);
  } else if (element.subtype === 'FilterCollectionProcessor') {
    if (element.formula !== undefined && element.conditions.length === 0) throw unsupported(`${element.name}: a filter written as a formula is not simulated`, { kind: 'FilterCollectionProcessor' });
    const variable = element.itemVariable;
    if (!variable) throw fault(`${element.name}: the filter has no item variable`);
    items = items.filter((item) => {
      frame.storeOutput(variable, { type: source.type, value: item }, objectType);
      return conditionsHold(frame, element.conditions, element.conditionLogic, element.name);
    });
  } else {
    throw unsupported(`${element.name}: the collection processor ${element.subtype} is not simulated`, { kind: element.subtype });
  }
  frame.storeOutput(element.name, { type: source.type, value: items, collection: true }, objectType);
  return { next: element.connector };
};

