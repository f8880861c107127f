/**
 * The Collection Sort element (collectionProcessors, SortCollectionProcessor) and its empty values.
 * Salesforce Help, "Collection Sort Element": with "Put empty string and null values first" the items
 * whose Sort By value is empty or null go to the start, "otherwise, they're placed at the end" —
 * whichever the order; and "it makes those changes directly in the selected collection variable".
 * Survey 10: lumonoy/lumonCode's flows sort 52 collections (65 sort options, 59 ascending, none with
 * the option) and then loop over the collection variable, never the element: the simulator left the
 * variable unsorted, and an ascending sort put the empty values first, as Get Records does.
 */
import { describe, expect, it } from 'vitest';
import type { FlowElement } from '../../definition';
import { chain, flowOf, run, variable } from '../testing/build';

const lines = [
  { Name: 'A', Delivery__c: '2025-03-10', Priority__c: 2 },
  { Name: 'B', Delivery__c: null, Priority__c: 1 },
  { Name: 'C', Delivery__c: '2025-01-05', Priority__c: null },
  { Name: 'D', Delivery__c: '', Priority__c: 10 },
  { Name: 'E', Delivery__c: '2025-01-05', Priority__c: 9 },
];
const vars = { variables: [variable('lines', 'SObject', { objectType: 'OrderItem', isCollection: true, io: 'in' }), variable('out', 'SObject', { objectType: 'OrderItem', isCollection: true, io: 'out' })] };
/** What real flows do after a sort: read the collection variable they sorted. */
const keep: FlowElement = { kind: 'assignment', name: 'Keep', items: [{ ref: 'out', operator: 'Assign', value: { ref: 'lines' } }] };
const sortBy = (sortOptions: { field?: string; order: 'Asc' | 'Desc'; emptyFirst?: boolean }[], limit?: number): FlowElement =>
  ({ kind: 'collectionProcessor', name: 'Sort_Lines', subtype: 'SortCollectionProcessor', collection: 'lines', sortOptions, ...(limit === undefined ? {} : { limit }), conditions: [] });

/** The names of the lines in the order the sort leaves the collection variable `lines`. */
function namesAfter(sort: FlowElement): string[] {
  const { run: result } = run(flowOf(chain(sort, keep), vars), { inputs: { lines } });
  expect(result.status).toBe('completed');
  return (result.outputs.out as { Name: string }[]).map((line) => line.Name);
}

describe('collectionProcessors: Collection Sort and empty values', () => {
  it('collectionProcessors: Sort sorts and cuts the collection variable itself, which a loop after it then walks in order', () => {
    // given: a loop over the sorted variable, as real flows write it; C's empty priority goes last, and the limit drops it
    const sort = sortBy([{ field: 'Priority__c', order: 'Desc' }], 4);
    const loop: FlowElement = { kind: 'loop', name: 'Each_Line', collection: 'lines', order: 'Asc', nextValue: 'Note_Line' };
    const note: FlowElement = { kind: 'assignment', name: 'Note_Line', items: [{ ref: 'visited', operator: 'Add', value: { ref: 'Each_Line.Name' } }], connector: 'Each_Line' };
    const flow = flowOf([{ ...sort, connector: 'Each_Line' }, loop, note], { variables: [...vars.variables, variable('visited', 'String', { io: 'out' })] });
    // when
    const { run: result } = run(flow, { inputs: { lines } });
    // then
    expect(result.status).toBe('completed');
    expect(result.outputs.visited).toBe('DEAB');
  });

  it('collectionProcessors: Sort puts empty strings and nulls at the end in either order unless doesPutEmptyStringAndNullFirst', () => {
    // when / then: B (null) and D ("") keep their relative order, at the end or the start
    expect(namesAfter(sortBy([{ field: 'Delivery__c', order: 'Asc' }]))).toEqual(['C', 'E', 'A', 'B', 'D']);
    expect(namesAfter(sortBy([{ field: 'Delivery__c', order: 'Asc', emptyFirst: false }]))).toEqual(['C', 'E', 'A', 'B', 'D']);
    expect(namesAfter(sortBy([{ field: 'Delivery__c', order: 'Desc' }]))).toEqual(['A', 'C', 'E', 'B', 'D']);
    expect(namesAfter(sortBy([{ field: 'Delivery__c', order: 'Asc', emptyFirst: true }]))).toEqual(['B', 'D', 'C', 'E', 'A']);
    expect(namesAfter(sortBy([{ field: 'Delivery__c', order: 'Desc', emptyFirst: true }]))).toEqual(['B', 'D', 'A', 'C', 'E']);
  });

  it('collectionProcessors: Sort by a second option breaks the first one\'s ties, numbers by value, then keeps a limit', () => {
    // when / then: C and E share a date; E's priority 9 comes before C's empty one; 10 after 2 as numbers
    expect(namesAfter(sortBy([{ field: 'Delivery__c', order: 'Asc' }, { field: 'Priority__c', order: 'Asc' }]))).toEqual(['E', 'C', 'A', 'B', 'D']);
    expect(namesAfter(sortBy([{ field: 'Priority__c', order: 'Asc' }], 3))).toEqual(['B', 'A', 'E']);
  });

  it('collectionProcessors: Sort of a collection of numbers orders them by value, empty values last', () => {
    // given
    const numbers = flowOf(chain({ kind: 'collectionProcessor', name: 'Sort_Numbers', subtype: 'SortCollectionProcessor', collection: 'amounts', sortOptions: [{ order: 'Asc' }], conditions: [] },
      { kind: 'assignment', name: 'Keep', items: [{ ref: 'sorted', operator: 'Assign', value: { ref: 'Sort_Numbers' } }] }),
    { variables: [variable('amounts', 'Number', { isCollection: true, io: 'in' }), variable('sorted', 'Number', { isCollection: true, io: 'out' })] });
    // when
    const { run: result } = run(numbers, { inputs: { amounts: [10, null, 9, 100] } });
    // then
    expect(result.outputs.sorted).toEqual([9, 10, 100, null]);
  });
});
