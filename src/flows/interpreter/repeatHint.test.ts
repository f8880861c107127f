import { describe, expect, it } from 'vitest';
import { repeatHint } from './repeatHint';
import type { FlowRun } from './types';

const path = (names: string[]): FlowRun['path'] => names.map((element) => ({ element, kind: 'assignment' }));

describe('repeatHint: the elements the element limit says kept repeating', () => {
  it('leaves out an element run once before the cycle, even when a low limit stopped the cycle at its second pass', () => {
    // given a scenario's limits.maxFlowElements of 5: Get_Lead once, then B and C twice
    const hint = repeatHint(path(['Get_Lead', 'B', 'C', 'B', 'C']));
    // then: it said "Get_Lead, B and C ran 2 times each"
    expect(hint).toBe(': B and C ran 2 times each');
  });

  it('names five elements of a longer cycle and counts the rest', () => {
    // given a cycle of seven elements, run twice
    const cycle = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
    // when
    const hint = repeatHint(path([...cycle, ...cycle]));
    // then
    expect(hint).toBe(': A, B, C, D and E (and 2 more) ran 2 times each');
  });

  it('says nothing when no element ran twice', () => {
    expect(repeatHint(path(['A', 'B']))).toBe('');
  });
});
