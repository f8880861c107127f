import { describe, expect, it } from 'vitest';
import type { FlowElement } from '../../definition';
import { chain, flowOf, run, variable } from '../testing/build';

const people = [{ Name: 'Cy', Age: 30 }, { Name: 'Al', Age: 50 }, { Name: 'Bo', Age: 40 }];
const vars = { variables: [variable('people', 'SObject', { objectType: 'Contact', isCollection: true, io: 'in' }), variable('out', 'SObject', { objectType: 'Contact', isCollection: true, io: 'out' })] };
const keep = (ref: string): FlowElement => ({ kind: 'assignment', name: 'Keep', items: [{ ref: 'out', operator: 'Assign', value: { ref } }] });

describe('collectionProcessors', () => {
  it('collectionProcessors: Sort orders records by a field and keeps a limit', () => {
    // given
    const sort: FlowElement = { kind: 'collectionProcessor', name: 'Oldest', subtype: 'SortCollectionProcessor', collection: 'people', sortOptions: [{ field: 'Age', order: 'Desc' }], limit: 2, conditions: [] };
    // when
    const { run: result } = run(flowOf(chain(sort, keep('Oldest')), vars), { inputs: { people } });
    // then
    expect((result.outputs.out as { Name: string }[]).map((p) => p.Name)).toEqual(['Al', 'Bo']);
  });

  it('collectionProcessors: Filter keeps the items whose conditions hold', () => {
    // given
    const filter: FlowElement = { kind: 'collectionProcessor', name: 'Young', subtype: 'FilterCollectionProcessor', collection: 'people', itemVariable: 'currentItem_Young', sortOptions: [],
      conditionLogic: 'and', conditions: [{ left: 'currentItem_Young.Age', operator: 'LessThan', right: { number: 45 } }] };
    // when
    const { run: result } = run(flowOf(chain(filter, keep('Young')), vars), { inputs: { people } });
    // then
    expect((result.outputs.out as { Name: string }[]).map((p) => p.Name)).toEqual(['Cy', 'Bo']);
  });

  it('collectionProcessors: Filter written as a formula keeps the items for which it is true', () => {
    // given: Flow Builder's "Formula Evaluates to True" (no condition rows)
    const filter: FlowElement = { kind: 'collectionProcessor', name: 'Named_Young', subtype: 'FilterCollectionProcessor', collection: 'people', itemVariable: 'currentItem_Named_Young', sortOptions: [],
      conditionLogic: 'formula_evaluates_to_true', conditions: [], formula: "AND({!currentItem_Named_Young.Age} < 45, BEGINS({!currentItem_Named_Young.Name}, 'C') || {!currentItem_Named_Young.Age} = 40)" };
    // when
    const { run: result } = run(flowOf(chain(filter, keep('Named_Young')), vars), { inputs: { people } });
    // then
    expect(result.status).toBe('completed');
    expect((result.outputs.out as { Name: string }[]).map((p) => p.Name)).toEqual(['Cy', 'Bo']);
  });

  it('collectionProcessors: a filter formula that gives null keeps no item', () => {
    // given: Age is missing on one item, so the comparison is null for it
    const filter: FlowElement = { kind: 'collectionProcessor', name: 'Old', subtype: 'FilterCollectionProcessor', collection: 'people', itemVariable: 'currentItem_Old', sortOptions: [],
      conditionLogic: 'formula_evaluates_to_true', conditions: [], formula: '{!currentItem_Old.Age} > 35' };
    // when
    const { run: result } = run(flowOf(chain(filter, keep('Old')), vars), { inputs: { people: [...people, { Name: 'Di' }] } });
    // then
    expect((result.outputs.out as { Name: string }[]).map((p) => p.Name)).toEqual(['Al', 'Bo']);
  });

  it('collectionProcessors: a filter formula the simulator cannot read stops the run, named', () => {
    // given
    const filter: FlowElement = { kind: 'collectionProcessor', name: 'Near', subtype: 'FilterCollectionProcessor', collection: 'people', itemVariable: 'currentItem_Near', sortOptions: [],
      conditionLogic: 'formula_evaluates_to_true', conditions: [], formula: 'DISTANCE({!currentItem_Near.Location__c}, GEOLOCATION(0, 0), "km") < 5' };
    // when
    const { run: result } = run(flowOf(chain(filter, keep('Near')), vars), { inputs: { people } });
    // then
    expect(result.status).toBe('unsupported');
    expect(result.unsupported).toMatchObject({ element: 'Near' });
    expect(result.unsupported?.message).toContain("Near's formula");
  });

  it('collectionProcessors: another processor stops the run, named', () => {
    // given
    const recast: FlowElement = { kind: 'collectionProcessor', name: 'Cast', subtype: 'RecastCollectionProcessor', collection: 'people', sortOptions: [], conditions: [] };
    // when / then
    expect(run(flowOf([recast], vars)).run.unsupported).toMatchObject({ element: 'Cast', kind: 'RecastCollectionProcessor' });
  });
});
