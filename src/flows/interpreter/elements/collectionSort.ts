/**
 * The Collection Sort element's order (a `collectionProcessors` of subtype SortCollectionProcessor).
 * Salesforce Help, "Collection Sort Element": items whose Sort By value is an empty string or null go
 * to the start of the collection when "Put empty string and null values first" is selected, and
 * "otherwise, they're placed at the end" — whichever the sort order. So it is not Get Records' rule
 * (SOQL's nulls first ascending, last descending, records.ts's sortRecords), which put the empty
 * values of an ascending sort first. Up to three sort options, by priority; ties keep the
 * collection's order. A collection of plain values (text, numbers) is sorted by the values
 * themselves, under the option without a field.
 */
import type { ElementOf } from '../../definition';
import type { FieldValue } from '../../org/simulatedOrg';
import { readField } from '../../org/simulatedOrg';
import type { FlowValue } from '../../values';

type SortOption = ElementOf<'collectionProcessor'>['sortOptions'][number];
type Item = FlowValue['value'];

/** The value an item is sorted by under `option`: a record's field, or a plain value itself. */
function keyOf(item: Item, option: SortOption): FieldValue {
  if (option.field === undefined) return (item ?? null) as FieldValue;
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return null;
  return readField({ object: '', fields: item as Record<string, FieldValue> }, option.field);
}

const isEmpty = (value: FieldValue): boolean => value === null || value === undefined || value === '';

/** Orders two values that are not empty: numbers as numbers, anything else as text. */
function compareValues(a: FieldValue, b: FieldValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** `items` in the order of the sort options (first option first), then cut to `limit`. */
export function sortCollection(items: readonly Item[], options: readonly SortOption[], limit: number | undefined): Item[] {
  const sorted = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      for (const option of options) {
        const x = keyOf(a.item, option);
        const y = keyOf(b.item, option);
        if (isEmpty(x) || isEmpty(y)) {
          if (isEmpty(x) && isEmpty(y)) continue;
          return (isEmpty(x) ? -1 : 1) * (option.emptyFirst === true ? 1 : -1);
        }
        const diff = compareValues(x, y) * (option.order === 'Desc' ? -1 : 1);
        if (diff !== 0) return diff;
      }
      return a.index - b.index;
    })
    .map((entry) => entry.item);
  return limit === undefined ? sorted : sorted.slice(0, limit);
}
