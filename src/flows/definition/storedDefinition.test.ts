import { describe, expect, it } from 'vitest';
import { flowOf } from '../interpreter/testing/build';
import { definedElements, storedFlowDefinition } from './storedDefinition';

describe('reading a stored flow definition', () => {
  it('checks a stored object once: the same object gives the same reading, a broken one null', () => {
    const stored = JSON.parse(JSON.stringify(flowOf([{ kind: 'assignment', name: 'Set', items: [] }]))) as unknown;
    const first = storedFlowDefinition(stored);
    expect(first?.elements.Set?.kind).toBe('assignment');
    expect(storedFlowDefinition(stored)).toBe(first);
    // an equal copy is another stored object: read on its own
    expect(storedFlowDefinition(JSON.parse(JSON.stringify(stored)))).not.toBe(first);
    expect(storedFlowDefinition({ elements: 'not a definition' })).toBeNull();
    expect(storedFlowDefinition(undefined)).toBeNull();
  });

  it('lists the elements of the flows whose definition checks, with the flow, in catalog order', () => {
    const flows = [
      { name: 'A', definition: flowOf([{ kind: 'assignment', name: 'Set', items: [] }]) },
      { name: 'Stand_in' },
      { name: 'Broken', definition: { elements: 3 } },
      { name: 'B', definition: flowOf([{ kind: 'assignment', name: 'Other', items: [] }]) },
    ];
    expect([...definedElements(flows)].map(({ flow, element }) => `${flow}.${element.name}`)).toEqual(['A.Set', 'B.Other']);
  });

  it('reads a definition stored before dynamic choice sets were read (names only) as sets that offer nothing to store', () => {
    // given: an earlier version's stored definition, whose dynamicChoiceSets are names
    const stored = { ...JSON.parse(JSON.stringify(flowOf([]))) as object, dynamicChoiceSets: ['Open_Cases'] };
    // when / then
    expect(storedFlowDefinition(stored)?.dynamicChoiceSets).toEqual([{ name: 'Open_Cases', filters: [], outputAssignments: [] }]);
  });
});

