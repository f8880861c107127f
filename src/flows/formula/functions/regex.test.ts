import { describe, expect, it } from 'vitest';
import { booleanValue, textValue } from '../../values';
import { contextOf, fails, run } from '../testing/formulaHarness';
import { regexRefusal, unboundedRepetitions } from './regex';

const TRUE = booleanValue(true);
const FALSE = booleanValue(false);
const ctx = contextOf({ email: textValue('ada@example.com'), bad: textValue('ada@example'), none: textValue(null) });

// In a formula's text literal a backslash escapes the next character, so "\\." is the pattern \.
const EMAIL = '"[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\\\.[a-zA-Z]{2,}"';

describe('REGEX', () => {
  it('REGEX: true when the whole text matches the pattern (Salesforce matches the entire string, not a part)', () => {
    expect(run(`REGEX({!email}, ${EMAIL})`, ctx)).toEqual(TRUE);
    expect(run(`REGEX({!bad}, ${EMAIL})`, ctx)).toEqual(FALSE);
    expect(run('REGEX("abc123", "[a-z]+")')).toEqual(FALSE);
    expect(run('REGEX("415-555-0100", "\\\\d{3}-\\\\d{3}-\\\\d{4}")')).toEqual(TRUE);
    expect(run('REGEX("a|b", "a\\\\|b")')).toEqual(TRUE);
  });

  it('REGEX: a blank text is matched as empty', () => {
    expect(run('REGEX({!none}, "[0-9]*")', ctx)).toEqual(TRUE);
    expect(run('REGEX({!none}, "[0-9]+")', ctx)).toEqual(FALSE);
  });

  it('REGEX: a repeated group that repeats itself (catastrophic backtracking) is not run: unsupported, naming why', () => {
    const error = fails('REGEX("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", "(a+)+")');
    expect(error.function).toBe('REGEX');
    expect(error.message).toContain('a repeated group in it repeats or has alternatives itself');
    expect(regexRefusal('(a|ab)*c')).not.toBeNull();
    expect(regexRefusal('([\\w-]+\\.)+[a-z]{2,}')).not.toBeNull();
    expect(regexRefusal('((ab)c+)+')).not.toBeNull();
  });

  it('REGEX: groups that repeat nothing inside, or are not repeated, run', () => {
    expect(regexRefusal('^([a-z0-9_.-]+)@([a-z0-9.-]+)\\.([a-z]{2,5})$')).toBeNull();
    expect(regexRefusal('(ab)+c')).toBeNull();
    expect(regexRefusal('(a+)?b')).toBeNull();
    expect(regexRefusal('(?:x|y)z')).toBeNull();
    expect(regexRefusal('[(a+)+]+')).toBeNull(); // a character class, not a group
  });

  it('REGEX: Java-only syntax is not run, since JavaScript would read it otherwise', () => {
    expect(regexRefusal('(?i)abc')).toContain('inline flags');
    expect(regexRefusal('a++b')).toContain('possessive');
    expect(regexRefusal('(?>a|ab)c')).toContain('atomic group');
    expect(regexRefusal('\\p{Alpha}+')).toContain('\\p{');
    expect(regexRefusal('\\Aabc\\z')).toContain('Java-only escape');
  });

  it('REGEX: a pattern the engine cannot read stops as unsupported, naming it', () => {
    const error = fails('REGEX("x", "[a-")');
    expect(error.function).toBe('REGEX');
    expect(error.message).toContain('is not a pattern the engine can read');
  });

  it('REGEX: a text too long for the pattern\'s repetitions to be matched in bounded time is not matched: unsupported', () => {
    expect(unboundedRepetitions('[a-z.]+@[a-z.]+\\.[a-z]{2,}')).toBe(3);
    expect(unboundedRepetitions('\\d{3}-\\d{3}-\\d{4}')).toBe(0);
    expect(unboundedRepetitions('(?:a*)b?c+')).toBe(2);
    const long = 'a'.repeat(500);
    const error = fails(`REGEX("${long}", ".*.*.*x")`);
    expect(error.function).toBe('REGEX');
    expect(error.message).toContain('the text is 500 characters long, too long for a pattern with 3 unbounded repetitions');
    expect(run(`REGEX("${long}", "a{500}")`)).toEqual(TRUE);
  });
});
