import { describe, expect, it } from 'vitest';
import { formulaOnOneLine, ONE_LINE_MAX } from './oneLine';

describe('formulaOnOneLine', () => {
  it('formulaOnOneLine: whitespace between tokens becomes one space; a text literal keeps its spaces, and its line breaks and tabs are escaped', () => {
    // given a formula as Flow Builder saves it, over several lines, with a literal holding two spaces, a line break and a tab
    const formula = 'AND(\n  ISPICKVAL({!$Record.Status}, "Closed  Won"),\n\t{!$Record.Note__c} = \'line one\nline\ttwo\'\n)';
    // when / then
    expect(formulaOnOneLine(formula)).toBe('AND( ISPICKVAL({!$Record.Status}, "Closed  Won"), {!$Record.Note__c} = \'line one\\nline\\ttwo\' )');
  });

  it('formulaOnOneLine: an escaped quote does not end the literal, so the spaces after it are kept', () => {
    expect(formulaOnOneLine('"say \\"hi   there\\""   &   "x"')).toBe('"say \\"hi   there\\"" & "x"');
  });

  it('formulaOnOneLine: a formula longer than the cap is cut to it, ending in an ellipsis; a shorter one is whole', () => {
    // given
    const long = `OR(${Array.from({ length: 40 }, (_, i) => `{!$Record.Field_${i}__c} = ${i}`).join(', ')})`;
    // when
    const quoted = formulaOnOneLine(long);
    // then
    expect(quoted).toHaveLength(ONE_LINE_MAX);
    expect(quoted.endsWith('…')).toBe(true);
    expect(long.startsWith(quoted.slice(0, -1))).toBe(true);
    expect(formulaOnOneLine('ISNEW()')).toBe('ISNEW()');
    // a cut never splits a character written with two UTF-16 units
    expect(formulaOnOneLine(`"${'😀'.repeat(10)}"`, 5)).toBe('"😀…');
  });
});
