/**
 * `collectionProcessors`: Sort (by field and order, optional limit) and Filter (conditions on each
 * item in its item variable, or a Boolean formula over it: logic `formula_evaluates_to_true`) store
 * the resulting collection under the element's name. A formula that gives null keeps no item, as a
 * condition that does not hold. Other processors (Recast, …) stop the run, named.
 */
import type { ElementOf } from '../../definition';
import type { FlowValue } from '../../values';
import type { ElementBehavior } from '../behavior';
import { conditionsHold } from '../conditions';
import { sortRecords } from '../records';
import { fault, unsupported } from '../stop';

/** The filter's formula when the filter is written as one (Flow Builder's "Formula Evaluates to True"). */
function filterFormula(element: ElementOf<'collectionProcessor'>): string | undefined {
  if (element.formula === undefined) return undefined;
  const logic = (element.conditionLogic ?? '').trim().toLowerCase();
  return logic === 'formula_evaluates_to_true' || element.conditions.length === 0 ? element.formula : undefined;
}

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
    const variable = element.itemVariable;
    if (!variable) throw fault(`${element.name}: the filter has no item variable`);
    const formula = filterFormula(element);
    items = items.filter((item) => {
      frame.storeOutput(variable, { type: source.type, value: item }, objectType);
      if (formula === undefined) return conditionsHold(frame, element.conditions, element.conditionLogic, element.name);
      return frame.evaluateExpression(`filter:${element.name.toLowerCase()}`, formula, 'Boolean', `${element.name}'s formula`).value === true;
    });
  } else {
    throw unsupported(`${element.name}: the collection processor ${element.subtype} is not simulated`, { kind: element.subtype });
  }
  frame.storeOutput(element.name, { type: source.type, value: items, collection: true }, objectType);
  return { next: element.connector };
};

