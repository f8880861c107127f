import { describe, expect, it } from 'vitest';
import { numberValue, textValue } from '../values';
import { contextOf, fails, run } from './testing/formulaHarness';

describe('resolved values are checked against their type', () => {
  it('a value that does not fit its declared type is an error naming the reference', () => {
    // given
    const ctx = contextOf({
      due: { type: 'Date', value: 'next week' },
      flag: { type: 'Boolean', value: 'yes' },
      count: { type: 'Number', value: Number.NaN },
      items: { type: 'Text', value: 'a', collection: true },
    });
    // when / then
    expect(fails('{!due} + 1', ctx)).toEqual({ message: 'position 1: {!due} is Date but holds "next week"', position: 1 });
    expect(fails('NOT({!flag})', ctx).message).toBe('position 5: {!flag} is Boolean but holds "yes"');
    expect(fails('{!count} + 1', ctx).message).toBe('position 1: {!count} is Number but holds NaN');
    expect(fails('ISBLANK({!items})', ctx).message).toBe('position 9: {!items} is a collection of Text but holds "a"');
  });

  it('an untyped list (an array without the collection flag) is described, not looped over', () => {
    // given (found by the property test: describing its type recursed forever)
    const ctx = contextOf({ items: { type: 'Unknown', value: ['a'] } });
    // when / then
    expect(fails('NOT({!items})', ctx).message).toBe('position 5: NOT argument 1 must be a Boolean, not a list');
    expect(fails('{!items} + 1', ctx).message).toBe('position 10: "+" cannot be used on a list and Number');
  });

  it('harmless mismatches are repaired: numeric text in a Number, a number in a Text', () => {
    // given
    const ctx = contextOf({ qty: { type: 'Number', value: '12' }, code: { type: 'Text', value: 42 } });
    // when / then
    expect(run('{!qty} + 1', ctx)).toEqual(numberValue(13));
    expect(run('{!code} & "!"', ctx)).toEqual(textValue('42!'));
  });
});
