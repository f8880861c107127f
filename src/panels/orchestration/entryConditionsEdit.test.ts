import { describe, expect, it } from 'vitest';
import { addFilter, entryModeOf, removeFilter, setEntryMode, withOperator, type RecordTrigger } from './entryConditionsEdit';

const onCase: RecordTrigger = { type: 'recordTriggered', object: 'Case', when: 'update' };
const twoRows: RecordTrigger = {
  ...onCase,
  entryConditions: { logic: '1 OR 2', filters: [{ field: 'Status', operator: 'EqualTo', value: { string: 'New' } }, { field: 'Priority', operator: 'IsChanged', value: { boolean: true } }] },
};

describe('entry conditions edits', () => {
  it('reads the mode: a formula wins, no rows is None, else the logic kind', () => {
    expect(entryModeOf(onCase)).toBe('none');
    expect(entryModeOf({ ...onCase, entryConditions: { filters: [], logic: 'or' } })).toBe('none');
    expect(entryModeOf(twoRows)).toBe('custom');
    expect(entryModeOf({ ...twoRows, entryConditions: { ...twoRows.entryConditions!, logic: 'or' } })).toBe('or');
    expect(entryModeOf({ ...onCase, entryFormula: '' })).toBe('formula');
  });

  it('changing the mode keeps rows across AND / OR / custom, starts a blank row, and drops them for None or Formula', () => {
    // when
    const all = setEntryMode(onCase, 'and');
    const anyOfTwo = setEntryMode(twoRows, 'or');
    const custom = setEntryMode({ ...twoRows, entryConditions: { ...twoRows.entryConditions!, logic: 'or' } }, 'custom');
    // then
    expect(all.entryConditions).toEqual({ filters: [{ field: '', operator: 'EqualTo', value: { string: '' } }], logic: 'and' });
    expect(anyOfTwo.entryConditions!.filters).toHaveLength(2);
    expect(anyOfTwo.entryConditions!.logic).toBe('or');
    expect(custom.entryConditions!.logic).toBe('1 OR 2');
    expect(setEntryMode(twoRows, 'none')).toEqual(onCase);
    expect(setEntryMode(twoRows, 'formula')).toEqual({ ...onCase, entryFormula: '' });
  });

  it('adding a row extends custom logic; removing one renumbers it; removing the last means None', () => {
    expect(addFilter(twoRows).entryConditions!.logic).toBe('(1 OR 2) AND 3');
    expect(removeFilter(twoRows, 0).entryConditions).toEqual({ logic: '1', filters: [twoRows.entryConditions!.filters[1]] });
    expect(removeFilter(removeFilter(twoRows, 0), 0)).toEqual(onCase);
  });

  it('a presence operator (Is Null, Is Changed) takes true; leaving one starts a blank text value', () => {
    const row = { field: 'Status', operator: 'EqualTo' as const, value: { string: 'New' } };
    const changed = withOperator(row, 'IsChanged');
    expect(changed).toEqual({ field: 'Status', operator: 'IsChanged', value: { boolean: true } });
    expect(withOperator(changed, 'StartsWith')).toEqual({ field: 'Status', operator: 'StartsWith', value: { string: '' } });
    expect(withOperator(row, 'NotEqualTo')).toEqual({ ...row, operator: 'NotEqualTo' });
  });
});
