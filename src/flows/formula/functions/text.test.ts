import { describe, expect, it } from 'vitest';
import { booleanValue, dateTimeValue, dateValue, numberValue, textValue } from '../../values';
import { contextOf, fails, run } from '../testing/formulaHarness';

const TRUE = booleanValue(true);
const FALSE = booleanValue(false);
const ctx = contextOf({
  t: textValue(null),
  n: numberValue(null),
  stage: { type: 'Picklist', value: 'Prospecting' },
  at: dateTimeValue('2025-01-06T09:05:03Z'),
  at2: dateTimeValue('2025-01-06T09:05:03.250Z'),
  day: dateValue('2025-02-03'),
  clock: { type: 'Time', value: '13:45:00.000Z' },
});

describe('text functions', () => {
  it('TEXT: numbers without exponent or trailing zeros', () => {
    expect(run('TEXT(12.50)')).toEqual(textValue('12.5'));
    expect(run('TEXT(-3)')).toEqual(textValue('-3'));
    expect(run('TEXT(10 ^ 21)')).toEqual(textValue('1000000000000000000000'));
    expect(run('TEXT(1 / 10000000)')).toEqual(textValue('0.0000001'));
  });

  it('TEXT: dates, date-times (as Salesforce writes them), times, picklists; null stays null', () => {
    expect(run('TEXT({!day})', ctx)).toEqual(textValue('2025-02-03'));
    expect(run('TEXT({!at})', ctx)).toEqual(textValue('2025-01-06 09:05:03Z'));
    expect(run('TEXT({!at2})', ctx)).toEqual(textValue('2025-01-06 09:05:03Z'));
    expect(run('TEXT({!clock})', ctx)).toEqual(textValue('13:45:00.000Z'));
    expect(run('TEXT({!stage})', ctx)).toEqual(textValue('Prospecting'));
    expect(run('TEXT({!n})', ctx)).toEqual(textValue(null));
  });

  it('TEXT: a Boolean is an error, as in Salesforce', () => {
    expect(fails('TEXT(TRUE)').message).toBe('position 6: TEXT argument 1 must be a Number, Date, Date/Time, Time or Picklist, not Boolean');
  });

  it('VALUE: text to number; blank is null; other text is an error', () => {
    expect(run('VALUE("12.5")')).toEqual(numberValue(12.5));
    expect(run('VALUE(" -4 ")')).toEqual(numberValue(-4));
    expect(run('VALUE({!t})', ctx)).toEqual(numberValue(null));
    expect(fails('VALUE("1,000")')).toEqual({ message: 'position 7: VALUE argument 1: "1,000" is not a number', position: 7, function: 'VALUE' });
  });

  it('CONTAINS: case-sensitive substring test', () => {
    expect(run('CONTAINS("Urgent: fix", "Urgent")')).toEqual(TRUE);
    expect(run('CONTAINS("Urgent: fix", "urgent")')).toEqual(FALSE);
    expect(run('CONTAINS({!t}, "a")', ctx)).toEqual(FALSE);
    expect(run('CONTAINS("abc", "")')).toEqual(TRUE);
  });

  it('BEGINS: case-sensitive prefix test', () => {
    expect(run('BEGINS("INC-0042", "INC-")')).toEqual(TRUE);
    expect(run('BEGINS("INC-0042", "inc-")')).toEqual(FALSE);
    expect(run('BEGINS({!stage}, "Pro")', ctx)).toEqual(TRUE);
  });

  it('LEN: characters, null is 0, an emoji is one character', () => {
    expect(run('LEN("hello")')).toEqual(numberValue(5));
    expect(run('LEN({!t})', ctx)).toEqual(numberValue(0));
    expect(run('LEN("a😀b")')).toEqual(numberValue(3));
  });

  it('LEFT: the first n characters; more than the length gives all; below zero gives none', () => {
    expect(run('LEFT("Salesforce", 5)')).toEqual(textValue('Sales'));
    expect(run('LEFT("abc", 50)')).toEqual(textValue('abc'));
    expect(run('LEFT("abc", -1)')).toEqual(textValue(''));
    expect(run('LEFT({!t}, 2)', ctx)).toEqual(textValue(null));
  });

  it('RIGHT: the last n characters', () => {
    expect(run('RIGHT("INC-0042", 4)')).toEqual(textValue('0042'));
    expect(run('RIGHT("ab", 5)')).toEqual(textValue('ab'));
    expect(run('RIGHT("ab", 0)')).toEqual(textValue(''));
  });

  it('MID: n characters from a 1-based start', () => {
    expect(run('MID("Salesforce", 6, 5)')).toEqual(textValue('force'));
    expect(run('MID("abc", 2, 10)')).toEqual(textValue('bc'));
    expect(run('MID("abc", 0, 2)')).toEqual(textValue('ab'));
  });

  it('UPPER: upper case (an optional locale is accepted)', () => {
    expect(run('UPPER("mixed Case")')).toEqual(textValue('MIXED CASE'));
    expect(run('UPPER("abc", "en_US")')).toEqual(textValue('ABC'));
  });

  it('LOWER: lower case', () => {
    expect(run('LOWER("MiXeD")')).toEqual(textValue('mixed'));
    expect(run('LOWER({!t})', ctx)).toEqual(textValue(null));
  });

  it('TRIM: removes leading and trailing spaces and tabs', () => {
    expect(run('TRIM("  padded\t ")')).toEqual(textValue('padded'));
    expect(run('TRIM("a  b")')).toEqual(textValue('a  b'));
  });

  it('SUBSTITUTE: replaces every occurrence, case-sensitively', () => {
    expect(run('SUBSTITUTE("a-b-c", "-", "/")')).toEqual(textValue('a/b/c'));
    expect(run('SUBSTITUTE("Aaa", "a", "b")')).toEqual(textValue('Abb'));
    expect(run('SUBSTITUTE("abc", "", "x")')).toEqual(textValue('abc'));
    expect(run('SUBSTITUTE("abc", "b", {!t})', ctx)).toEqual(textValue('ac'));
  });

  it('SUBSTITUTE: a text growing past the limit is an error, not an exhausted page', () => {
    // given: each substitution multiplies the length by 1,000
    const grow = 'SUBSTITUTE(SUBSTITUTE(LPAD("", 1000, "a"), "a", LPAD("", 1000, "b")), "b", LPAD("", 1000, "c"))';
    // when / then
    expect(fails(grow)).toEqual({
      message: 'position 1: SUBSTITUTE would build a text of 1,000,000,000 characters; the limit is 1,048,576', position: 1, function: 'SUBSTITUTE',
    });
  });

  it('FIND: 1-based position of the first match from an optional start, 0 when absent', () => {
    expect(run('FIND("l", "hello")')).toEqual(numberValue(3));
    expect(run('FIND("l", "hello", 4)')).toEqual(numberValue(4));
    expect(run('FIND("L", "hello")')).toEqual(numberValue(0));
    expect(run('FIND("", "hello")')).toEqual(numberValue(0));
    expect(run('FIND("b", "😀b")')).toEqual(numberValue(2));
    expect(run('FIND("l", "hello", 0)')).toEqual(numberValue(0));
  });

  it('a text function given a number is an error naming the function and argument', () => {
    expect(fails('UPPER(5)')).toEqual({ message: 'position 7: UPPER argument 1 must be Text, not Number', position: 7, function: 'UPPER' });
    expect(fails('LEFT("a", "b")').message).toBe('position 11: LEFT argument 2 must be a Number, not Text');
  });
});
