/**
 * `collectionProcessors`: Sort (by up to three fields and orders, empty values first or last, optional
 * limit: collectionSort.ts) and Filter (conditions on each item in its item variable, or a Boolean
 * formula over it: logic `formula_evaluates_to_true`) store the resulting collection under the
 * element's name; Sort also leaves it in the collection variable it sorted, as Salesforce does
 * (Salesforce Help, "Collection Sort Element": "it makes those changes directly in the selected
 * collection variable"). A formula that gives null keeps no item, as a
 * condition that does not hold. Other processors (Recast, …) stop the run, named.
 */
import type { ElementOf } from '../../definition';
import type { FlowValue } from '../../values';
import type { ElementBehavior } from '../behavior';
import { conditionsHold } from '../conditions';
import { fault, unsupported } from '../stop';
import { sortCollection } from './collectionSort';

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
    items = sortCollection(items, element.sortOptions, element.limit);
    // Salesforce sorts (and cuts) the collection variable itself; flows read it, not the element
    if (source.value !== null && !element.collection.includes('.')) frame.storeOutput(element.collection, { type: source.type, value: items, collection: true }, objectType);
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

