import { describe, expect, it } from 'vitest';
import { evaluateLogic, parseLogic, positionOfRowBeyond } from './logic';

describe('R64: condition logic parser', () => {
  it('parses custom logic and evaluates it', () => {
    const r = parseLogic('1 AND (2 OR NOT 3)', 3);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(evaluateLogic(r.ast, (n) => [true, false, false][n - 1]!)).toBe(true);
    expect(evaluateLogic(r.ast, (n) => [true, false, true][n - 1]!)).toBe(false);
  });
  it('refuses AND mixed with OR without parentheses, at the second operator', () => {
    const r = parseLogic('1 OR 2 AND 3', 3);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.position).toBe(8);
    expect(r.error.message).toMatch(/parentheses/);
  });
  it('R64: a syntax error after the second operator is reported as such, where it is, not as AND and OR mixed', () => {
    // the fault of "1 AND 2 AND 3 OR" is the missing row at its end (character 17), not the OR
    const trailing = parseLogic('1 AND 2 AND 3 OR', 3);
    expect(trailing.ok ? null : trailing.error).toEqual({ message: 'expected a row number, NOT or "(" at character 17, found the end of the logic', position: 17 });
    const stray = parseLogic('1 AND 2 OR )', 2);
    expect(stray.ok ? null : stray.error.position).toBe(12);
    // a well-formed mix is still refused at the second operator
    expect(parseLogic('1 AND 2 AND 3 OR 1', 3)).toMatchObject({ ok: false, error: { position: 15 } });
  });
  it('R64: a row, NOT or "(" right after a whole expression says the AND or OR it lacks, at its character', () => {
    expect(parseLogic('1 2', 2)).toMatchObject({ ok: false, error: { message: 'unexpected "2" at character 3: put AND or OR before it', position: 3 } });
    expect(parseLogic('1 AND 2 (1 OR 2)', 2)).toMatchObject({ ok: false, error: { message: 'unexpected "(" at character 9: put AND or OR before it', position: 9 } });
    expect(parseLogic('(1 OR 2) NOT 1', 2)).toMatchObject({ ok: false, error: { message: 'unexpected "NOT" at character 10: put AND or OR before it', position: 10 } });
    // a stray ")" is named as such, without the hint
    expect(parseLogic('1 AND 2)', 2)).toMatchObject({ ok: false, error: { message: 'unexpected ")" at character 8: no "(" before it is open' } });
  });
  it('R64: reads row 10 of ten rows, NOT before a group, and nested parentheses with any spacing', () => {
    const ten = parseLogic('1 AND 2 AND 3 AND 4 AND 5 AND 6 AND 7 AND 8 AND 9 AND 10', 10);
    expect(ten.ok && evaluateLogic(ten.ast, (n) => n !== 10)).toBe(false);
    const nested = parseLogic(' ( (1)or NOT(2 AND 3) )  AND\t4 ', 4);
    expect(nested.ok && evaluateLogic(nested.ast, (n) => n === 2 || n === 3 || n === 4)).toBe(false);
    expect(nested.ok && evaluateLogic(nested.ast, (n) => n === 2 || n === 4)).toBe(true);
  });
  it('R64: NOT right after NOT is refused at the second NOT (NOT applies to a row or a group), NOT before a group holding NOT is read', () => {
    // given / when / then
    const message = 'NOT (character 5) right after NOT (character 1): NOT applies to the row number or "(" group right after it; two NOTs cancel out, so leave both out';
    expect(parseLogic('NOT NOT 1', 1)).toEqual({ ok: false, error: { message, position: 5 } });
    expect(parseLogic('1 AND (not  NOT 2 OR 3)', 3)).toMatchObject({ ok: false, error: { position: 13 } });
    const grouped = parseLogic('NOT (NOT 1)', 1);
    expect(grouped.ok && evaluateLogic(grouped.ast, () => true)).toBe(true);
  });
  it('reads NOT NOT in a deployed flow file\'s logic as two negations (Salesforce accepted the file)', () => {
    const deployed = parseLogic('NOT NOT 1 AND 2', 2, { andBeforeOr: true, notAfterNot: true });
    expect(deployed.ok && evaluateLogic(deployed.ast, () => true)).toBe(true);
    expect(deployed.ok && evaluateLogic(deployed.ast, (n) => n === 2)).toBe(false);
  });
  it('gives the 1-based position of a row out of range', () => {
    const r = parseLogic('1 AND 4', 3);
    expect(r.ok ? null : r.error.position).toBe(7);
  });
  it('names an unused row', () => {
    const r = parseLogic('1 AND 2', 3);
    expect(r.ok ? null : r.error.message).toMatch(/row 3 is not used/);
  });
  it('is case-insensitive and treats and/or as all/any', () => {
    expect(parseLogic('1 and not 2', 2).ok).toBe(true);
    const any = parseLogic('OR', 2);
    expect(any.ok && evaluateLogic(any.ast, (n) => n === 2)).toBe(true);
  });
  it('reads AND, OR and NOT next to row numbers and parentheses without spaces, and a whole logic of AND or OR as and/or (docs/decisions.md, chosen)', () => {
    const tight = parseLogic('1AND(2OR NOT3)', 3);
    expect(tight.ok && evaluateLogic(tight.ast, (n) => n === 1 || n === 2)).toBe(true);
    expect(tight.ok && evaluateLogic(tight.ast, (n) => n === 1 || n === 3)).toBe(false);
    const all = parseLogic('AND', 2);
    expect(all.ok && evaluateLogic(all.ast, (n) => n === 1)).toBe(false);
    expect(all.ok && evaluateLogic(all.ast, () => true)).toBe(true);
    expect(parseLogic('1AND2', 2).ok).toBe(true);
    expect(parseLogic('1AND2OR3', 3)).toMatchObject({ ok: false, error: { position: 6 } });
  });
  it('reads an empty or blank logic as "and", like an absent one (docs/decisions.md)', () => {
    for (const logic of ['', '  ', undefined]) {
      const r = parseLogic(logic, 2);
      expect(r.ok && evaluateLogic(r.ast, (n) => n === 1)).toBe(false);
      expect(r.ok && evaluateLogic(r.ast, () => true)).toBe(true);
    }
  });
  it('names a long row number whole, not its first digits', () => {
    const r = parseLogic('1 AND 12345678901234567890', 2);
    expect(r.ok ? null : r.error.message).toBe('row 12345678901234567890 does not exist at character 7: rows are numbered 1 to 2');
  });
  it('gives a position in the message of logic over 1,000 characters too: the first character past the limit', () => {
    const r = parseLogic(`1 AND 2${' '.repeat(1000)}`, 2);
    expect(r.ok ? null : r.error).toEqual({ message: 'condition logic is longer than 1000 characters (character 1001)', position: 1001 });
  });
  it('places "more than 10 rows" at the first row number past 10, else at character 1', () => {
    expect(positionOfRowBeyond('1 AND 2 AND (10 OR 11)', 10)).toBe(20);
    expect(positionOfRowBeyond('and', 10)).toBe(1);
    expect(positionOfRowBeyond(undefined, 10)).toBe(1);
  });
  it('names the word to write for a formula\'s && and ||, and ! (docs/editor.md, chosen)', () => {
    // given logic typed as in a formula or code
    const error = (logic: string) => { const r = parseLogic(logic, 3); return r.ok ? null : r.error; };
    // then each says where and what to write instead
    expect(error('1 && 2')).toEqual({ message: '"&&" at character 3: write AND instead (custom logic joins rows with AND, OR and NOT)', position: 3 });
    expect(error('1 AND (2 || 3)')?.message).toBe('"||" at character 10: write OR instead (custom logic joins rows with AND, OR and NOT)');
    expect(error('1 AND !2')?.message).toMatch(/^"!" at character 7: write NOT instead/);
    expect(error('1 & 2')?.position).toBe(3);
    // another stray character keeps its message
    expect(error('1, 2')?.message).toBe('unexpected character "," at character 2');
  });
  it('reports an unclosed parenthesis where the logic ends', () => {
    const r = parseLogic('(1 AND 2', 2);
    expect(r.ok ? null : r.error.position).toBe(9);
  });
});

describe('R64 logic: AND and OR mixed without parentheses, the two bracketings of the logic as written', () => {
  it('suggests both ways to bracket the logic the admin wrote, not a generic example', () => {
    const message = (logic: string) => {
      const r = parseLogic(logic, 4);
      return r.ok ? 'ok' : r.error.message;
    };
    expect(message('1 OR 2 OR 3 AND 4')).toBe('OR (character 8) and AND (character 13) are mixed without parentheses: add parentheses to say which comes first, e.g. "(1 OR 2 OR 3) AND 4" or "1 OR 2 OR (3 AND 4)"');
    expect(message('(1 or 2) and 3 or 4')).toMatch(/e\.g\. "\(\(1 OR 2\) AND 3\) OR 4" or "\(1 OR 2\) AND \(3 OR 4\)"$/);
    expect(message('NOT 1 AND 2 OR 3')).toMatch(/e\.g\. "\(NOT 1 AND 2\) OR 3" or "NOT 1 AND \(2 OR 3\)"$/);
  });
});

describe('logic of a deployed flow file: AND before OR (andBeforeOr)', () => {
  const rows = (logic: string, count: number, truths: boolean[]) => {
    const parsed = parseLogic(logic, count, { andBeforeOr: true });
    if (!parsed.ok) throw new Error(parsed.error.message);
    return evaluateLogic(parsed.ast, (n) => truths[n - 1]!);
  };

  it('reads AND and OR mixed at one level as the AND runs joined by OR, where the user\'s own logic is refused', () => {
    // given the logic of a real Active flow: 9 and (1 or (2 and (3 and 5 and 6) or (4 and 7 and 8)))
    const real = '9 and (1 or (2 and (3 and 5 and 6) or (4 and 7 and 8)))';
    // then it parses only for a deployed file
    expect(parseLogic(real, 9).ok).toBe(false);
    expect(parseLogic(real, 9, { andBeforeOr: true }).ok).toBe(true);
    // and 1 AND 2 OR 3 is (1 AND 2) OR 3, 1 OR 2 AND 3 is 1 OR (2 AND 3)
    expect(rows('1 AND 2 OR 3', 3, [false, true, true])).toBe(true);
    expect(rows('1 AND 2 OR 3', 3, [false, true, false])).toBe(false);
    expect(rows('1 OR 2 AND 3', 3, [true, false, false])).toBe(true);
    expect(rows('1 OR 2 AND 3', 3, [false, true, false])).toBe(false);
    // and the real logic: row 9, with the run (4 and 7 and 8) holding while (2 and (3 and 5 and 6)) does not
    expect(rows(real, 9, [false, true, false, true, false, false, true, true, true])).toBe(true);
    expect(rows(real, 9, [false, true, false, true, false, false, true, false, true])).toBe(false);
  });
});
