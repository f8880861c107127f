import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../model/types';
import { withEntry, withField } from './scenarioFields';

const base: Scenario = { format: 'stageflow.scenario', version: 1, name: 'S' };

describe('edits of a scenario\'s optional fields', () => {
  it('sets a field, and leaves it out when it has no value or is an empty map', () => {
    expect(withField(base, 'startAt', '2026-03-09T14:30:00Z')).toEqual({ ...base, startAt: '2026-03-09T14:30:00Z' });
    expect(withField({ ...base, startAt: 'x' }, 'startAt', undefined)).toEqual(base);
    expect(withField({ ...base, inputs: { a: 1 } }, 'inputs', {})).toEqual(base);
    expect(withField(base, 'inputs', { a: null })).toEqual({ ...base, inputs: { a: null } });
  });

  it('sets an entry in its place or last, removes it on undefined, and keeps a null value', () => {
    expect(Object.entries(withEntry({ a: 1, b: 2 }, 'a', 3))).toEqual([['a', 3], ['b', 2]]);
    expect(Object.entries(withEntry({ a: 1 }, 'c', 3))).toEqual([['a', 1], ['c', 3]]);
    expect(withEntry({ a: 1, b: 2 }, 'a', undefined)).toEqual({ b: 2 });
    expect(withEntry<number | null>({ a: 1 }, 'a', null)).toEqual({ a: null });
    const odd = withEntry({}, '__proto__', 1);
    expect(Object.getPrototypeOf(odd)).toBe(Object.prototype);
    expect(Object.keys(odd)).toEqual(['__proto__']);
  });
});
