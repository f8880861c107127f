import { describe, expect, it } from 'vitest';
import { booleanValue, numberValue, textValue } from '../../values';
import { contextOf, fails, run } from '../testing/formulaHarness';
import { caseSafeId } from './characters';

const ctx = contextOf({ t: textValue(null) });

describe('more text functions', () => {
  it('LPAD: pads on the left to a length (a space by default), or truncates', () => {
    expect(run('LPAD("42", 5, "0")')).toEqual(textValue('00042'));
    expect(run('LPAD("ab", 4)')).toEqual(textValue('  ab'));
    expect(run('LPAD("abcdef", 3, "x")')).toEqual(textValue('abc'));
    expect(run('LPAD("a", 6, "xy")')).toEqual(textValue('xyxyxa'));
    expect(fails('LPAD("a", 2000000)')).toEqual({
      message: 'position 11: LPAD would build a text of 2,000,000 characters; the limit is 1,048,576', position: 11, function: 'LPAD',
    });
  });

  it('RPAD: pads on the right', () => {
    expect(run('RPAD("ab", 4, "-")')).toEqual(textValue('ab--'));
    expect(run('RPAD({!t}, 4)', ctx)).toEqual(textValue(null));
  });

  it('INITCAP: the first letter of each word in upper case, the rest in lower case', () => {
    expect(run('INITCAP("jANE van DOE")')).toEqual(textValue('Jane Van Doe'));
  });

  it('REVERSE: the characters in reverse order', () => {
    expect(run('REVERSE("abc😀")')).toEqual(textValue('😀cba'));
  });

  it('BR: a line break', () => {
    expect(run('"a" & BR() & "b"')).toEqual(textValue('a\nb'));
  });

  it('ISNUMBER: text that VALUE can read', () => {
    expect(run('ISNUMBER("12.5")')).toEqual(booleanValue(true));
    expect(run('ISNUMBER("1,000")')).toEqual(booleanValue(false));
    expect(run('ISNUMBER({!t})', ctx)).toEqual(booleanValue(false));
  });

  it('ASCII: the code of the first character', () => {
    expect(run('ASCII("A")')).toEqual(numberValue(65));
    expect(run('ASCII("")')).toEqual(numberValue(null));
  });

  it('CHR: the character of a code', () => {
    expect(run('CHR(66)')).toEqual(textValue('B'));
    expect(fails('CHR(0)').message).toBe('position 5: CHR argument 1: 0 is not a character code');
  });

  it('CASESAFEID: the 18-character form of a 15-character Id', () => {
    expect(run('CASESAFEID("001A0000006Vm9r")')).toEqual(textValue('001A0000006Vm9rIAC'));
    expect(run('CASESAFEID("500SIM000000000001")')).toEqual(textValue('500SIM000000000001'));
    expect(caseSafeId('bad id')).toBeUndefined();
    expect(fails('CASESAFEID("nope")').message).toBe('position 12: CASESAFEID argument 1: "nope" is not a 15- or 18-character record Id');
  });
});
