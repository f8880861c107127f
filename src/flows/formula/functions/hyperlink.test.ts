import { describe, expect, it } from 'vitest';
import { numberValue, textValue } from '../../values';
import { contextOf, fails, run } from '../testing/formulaHarness';

const ctx = contextOf({ id: textValue('001000000000001AAA'), name: textValue('Acme'), none: textValue(null), n: numberValue(3) });

describe('HYPERLINK', () => {
  it('HYPERLINK: the link as HTML text, with the target attribute only when a target is given', () => {
    expect(run('HYPERLINK("https://example.com/a?b=1&c=2", "Open")')).toEqual(textValue('<a href="https://example.com/a?b=1&c=2">Open</a>'));
    expect(run('HYPERLINK("/" & {!id}, {!name}, "_self")', ctx)).toEqual(textValue('<a href="/001000000000001AAA" target="_self">Acme</a>'));
    expect(run('hyperlink("/x", "y", "_blank")')).toEqual(textValue('<a href="/x" target="_blank">y</a>'));
  });

  it('HYPERLINK: a blank url, name or target reads as empty (chosen); the result is Text, usable in text functions', () => {
    expect(run('HYPERLINK({!none}, {!none}, {!none})', ctx)).toEqual(textValue('<a href=""></a>'));
    expect(run('LEN(HYPERLINK("u", "n"))')).toEqual(numberValue(17));
    expect(run('HYPERLINK("u", "n")', undefined, 'Text')).toEqual(textValue('<a href="u">n</a>'));
  });

  it('HYPERLINK: a name that is not text is an error naming the argument, and the argument count is checked', () => {
    expect(fails('HYPERLINK("u", {!n})', ctx).message).toBe('position 16: HYPERLINK argument 2 must be Text, not Number');
    expect(fails('HYPERLINK("u")').message).toBe('position 1: HYPERLINK takes 2 to 3 arguments, not 1');
  });
});
