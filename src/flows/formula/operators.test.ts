import { describe, expect, it } from 'vitest';
import { booleanValue, dateTimeValue, dateValue, NULL_FLOW_VALUE, nullOf, numberValue, textValue } from '../values';
import { contextOf, fails, run } from './testing/formulaHarness';

const ctx = contextOf({
  n: numberValue(null),
  t: textValue(null),
  d: dateValue(null),
  b: booleanValue(null),
  price: { type: 'Currency', value: 10 },
  closeDate: dateValue('2025-03-01'),
  start: dateTimeValue('2025-01-06T09:00:00Z'),
  at: { type: 'Time', value: '09:30:00.000Z' },
  field: { type: 'Unknown', value: '2025-01-06' },
  missing: { type: 'Unknown', value: null },
});

const TRUE = booleanValue(true);
const FALSE = booleanValue(false);

describe('arithmetic operators', () => {
  it('+: adds numbers, joins two texts, keeps Currency', () => {
    expect(run('1 + 2.5')).toEqual(numberValue(3.5));
    expect(run('0.1 + 0.2')).toEqual(numberValue(0.3));
    expect(run('"a" + "b"')).toEqual(textValue('ab'));
    expect(run('{!price} + 1', ctx)).toEqual({ type: 'Currency', value: 11 });
  });

  it('-: subtracts numbers', () => {
    expect(run('10 - 2.5')).toEqual(numberValue(7.5));
    expect(run('1 - 3')).toEqual(numberValue(-2));
  });

  it('*: multiplies numbers', () => {
    expect(run('3 * 1.5')).toEqual(numberValue(4.5));
    expect(run('{!price} * 3', ctx)).toEqual({ type: 'Currency', value: 30 });
  });

  it('/: divides numbers; division by zero is an error at the operator', () => {
    expect(run('7 / 2')).toEqual(numberValue(3.5));
    expect(run('1 / 3')).toEqual(numberValue(0.333333333333333));
    expect(fails('1 / (2 - 2)')).toEqual({ message: 'position 3: division by zero', position: 3 });
  });

  it('^: raises to a power, left to right, a prefix minus binding first', () => {
    expect(run('2 ^ 10')).toEqual(numberValue(1024));
    expect(run('2 ^ 3 ^ 2')).toEqual(numberValue(64));
    expect(run('2 ^ -1')).toEqual(numberValue(0.5));
    expect(run('-2 ^ 2')).toEqual(numberValue(4));
    expect(run('2 * 2 ^ 3')).toEqual(numberValue(16));
    expect(fails('(-8) ^ 0.5').message).toBe('position 6: "^" cannot raise -8 to the power 0.5');
  });

  it('precedence: * and / before + and -, parentheses first', () => {
    expect(run('2 + 3 * 4')).toEqual(numberValue(14));
    expect(run('(2 + 3) * 4')).toEqual(numberValue(20));
    expect(run('10 - 4 - 3')).toEqual(numberValue(3));
    expect(run('12 / 2 * 3')).toEqual(numberValue(18));
  });

  it('arithmetic on a type that does not suit the operator is an error naming both types', () => {
    expect(fails('"a" * 2').message).toBe('position 5: "*" cannot be used on Text and Number');
    expect(fails('TRUE + 1').message).toBe('position 6: "+" cannot be used on Boolean and Number');
    expect(fails('"a" + 1').message).toBe('position 5: "+" cannot be used on Text and Number');
  });

  it('a number too large to represent is an error', () => {
    expect(fails('10 ^ 400').message).toBe('position 4: "^" gives a number too large to represent');
  });
});

describe('null semantics', () => {
  it('null + 1 is null (arithmetic on null gives a null of the result type)', () => {
    expect(run('NULL + 1')).toEqual(NULL_FLOW_VALUE); // NULL has no type, so neither has the sum (Number? Date?)
    expect(run('{!n} + 1', ctx)).toEqual(nullOf('Number'));
    expect(run('{!n} * 2', ctx)).toEqual(nullOf('Number'));
    expect(run('-{!n}', ctx)).toEqual(nullOf('Number'));
    expect(run('{!d} + 1', ctx)).toEqual(nullOf('Date'));
    expect(run('{!closeDate} - {!d}', ctx)).toEqual(nullOf('Number'));
  });

  it('+ and - on a null of no known type (a record field not given) give a null of no type, so = and > with a Date or a Number do not fault', () => {
    // given survey 6's similarweb scheduled flows, whose $Record lacks the date field the formula reads:
    // `{!$Record.fr_Next_Renewal_Date__c} - 70 = TODAY()` and `(TODAY() - {!$Record.BI_Data__r.Last_No_Touch_Pro_End_Date__c}) > 90`
    // when / then: the difference is null and neither comparison holds, as with an empty Date field in Salesforce
    expect(run('{!missing} - 70', ctx)).toEqual(NULL_FLOW_VALUE);
    expect(run('{!missing} - 70 = TODAY()', ctx)).toEqual(FALSE);
    expect(run('(TODAY() - {!missing}) > 90', ctx)).toEqual(FALSE);
    expect(run('{!missing} + 1 < {!start}', ctx)).toEqual(FALSE);
    // a typed null keeps its result type, and a rule with one result still gives it
    expect(run('{!d} - 70', ctx)).toEqual(nullOf('Date'));
    expect(run('{!closeDate} - {!missing}', ctx)).toEqual(NULL_FLOW_VALUE);
    expect(run('{!start} - {!missing}', ctx)).toEqual(NULL_FLOW_VALUE);
    expect(run('{!at} - {!missing}', ctx)).toEqual(NULL_FLOW_VALUE);
    expect(run('{!missing} * 2', ctx)).toEqual(nullOf('Number'));
  });

  it('& reads null as empty text', () => {
    expect(run('"a" & NULL & {!t} & "b"', ctx)).toEqual(textValue('ab'));
  });

  it('= holds for two nulls, and an empty text equals a null text', () => {
    expect(run('{!n} = NULL', ctx)).toEqual(TRUE);
    expect(run('{!n} = 0', ctx)).toEqual(FALSE);
    expect(run('{!n} <> 0', ctx)).toEqual(TRUE);
    expect(run('{!t} = ""', ctx)).toEqual(TRUE);
    expect(run('{!t} = "x"', ctx)).toEqual(FALSE);
  });

  it('ordering with a null is false either way', () => {
    expect(run('{!n} < 1', ctx)).toEqual(FALSE);
    expect(run('{!n} >= 1', ctx)).toEqual(FALSE);
  });

  it('a null Boolean reads as false in && || and !', () => {
    expect(run('{!b} || TRUE', ctx)).toEqual(TRUE);
    expect(run('{!b} && TRUE', ctx)).toEqual(FALSE);
    expect(run('!{!b}', ctx)).toEqual(TRUE);
  });
});

describe('date arithmetic', () => {
  it('Date + number of days, number + Date, Date - number', () => {
    expect(run('{!closeDate} + 30', ctx)).toEqual(dateValue('2025-03-31'));
    expect(run('1 + {!closeDate}', ctx)).toEqual(dateValue('2025-03-02'));
    expect(run('{!closeDate} - 1', ctx)).toEqual(dateValue('2025-02-28'));
    expect(run('{!closeDate} + 1.9', ctx)).toEqual(dateValue('2025-03-02'));
  });

  it('Date - Date = days between', () => {
    expect(run('{!closeDate} - DATE(2024, 12, 25)', ctx)).toEqual(numberValue(66));
    expect(run('DATE(2024, 3, 1) - DATE(2024, 2, 1)')).toEqual(numberValue(29));
  });

  it('DateTime ± days as fractions; DateTime - DateTime = days with a fraction', () => {
    expect(run('{!start} + 0.5', ctx)).toEqual(dateTimeValue('2025-01-06T21:00:00Z'));
    expect(run('{!start} - 1/24', ctx)).toEqual(dateTimeValue('2025-01-06T08:00:00Z'));
    expect(run('({!start} + 1.25) - {!start}', ctx)).toEqual(numberValue(1.25));
  });

  it('Time ± milliseconds; Time - Time = milliseconds', () => {
    expect(run('{!at} + 60000', ctx)).toEqual({ type: 'Time', value: '09:31:00.000Z' });
    expect(run('({!at} + 1000) - {!at}', ctx)).toEqual(numberValue(1000));
  });

  it('mixing dates and date-times, or leaving the years 1700-4000, is an error', () => {
    expect(fails('{!closeDate} - {!start}', ctx).message).toBe('position 14: "-" cannot be used on Date and Date/Time');
    expect(fails('DATE(4000, 12, 31) + 1').message).toBe('position 20: "+" gives a date outside the years 1700-4000');
  });

  it('an untyped field holding a date reads as a Date', () => {
    expect(run('{!field} + 1', ctx)).toEqual(dateValue('2025-01-07'));
  });
});

describe('text operator', () => {
  it('&: joins text', () => {
    expect(run('"Case " & "00123"')).toEqual(textValue('Case 00123'));
  });

  it('&: a non-text operand is an error suggesting TEXT()', () => {
    expect(fails('"Total: " & 5').message).toBe('position 11: "&" joins text, but one side is Number (convert it with TEXT())');
  });

  it('&: joining past the text limit is an error', () => {
    expect(fails('LPAD("", 1000000, "x") & LPAD("", 100000, "y")').message).toBe('position 24: "&" would build a text of 1,100,000 characters; the limit is 1,048,576');
  });

  it('&: an untyped field is read as text even when it looks like a date', () => {
    expect(run('"on " & {!field}', ctx)).toEqual(textValue('on 2025-01-06'));
  });
});

describe('comparison operators', () => {
  it('=: equal numbers, texts (case-sensitive), Booleans, dates', () => {
    expect(run('1 = 1.0')).toEqual(TRUE);
    expect(run('0.1 + 0.2 = 0.3')).toEqual(TRUE);
    expect(run('"abc" = "ABC"')).toEqual(FALSE);
    expect(run('"abc" = "abc"')).toEqual(TRUE);
    expect(run('TRUE = (1 < 2)')).toEqual(TRUE);
    expect(run('{!closeDate} = DATE(2025, 3, 1)', ctx)).toEqual(TRUE);
  });

  it('==: the same as =', () => {
    expect(run('2 == 2')).toEqual(TRUE);
    expect(run('"a" == "b"')).toEqual(FALSE);
  });

  it('!=: not equal', () => {
    expect(run('1 != 2')).toEqual(TRUE);
    expect(run('"a" != "a"')).toEqual(FALSE);
  });

  it('<>: not equal', () => {
    expect(run('1 <> 1')).toEqual(FALSE);
    expect(run('"a" <> "A"')).toEqual(TRUE);
  });

  it('<: less than, for numbers, dates and text', () => {
    expect(run('1 < 2')).toEqual(TRUE);
    expect(run('2 < 2')).toEqual(FALSE);
    expect(run('DATE(2025, 1, 1) < {!closeDate}', ctx)).toEqual(TRUE);
    expect(run('"apple" < "banana"')).toEqual(TRUE);
  });

  it('>: greater than', () => {
    expect(run('3 > 2')).toEqual(TRUE);
    expect(run('NOW() > {!start}', contextOf({ start: dateTimeValue('2025-01-06T08:00:00Z') }))).toEqual(TRUE);
  });

  it('<=: less than or equal', () => {
    expect(run('2 <= 2')).toEqual(TRUE);
    expect(run('0.3 <= 0.1 + 0.2')).toEqual(TRUE);
    expect(run('3 <= 2')).toEqual(FALSE);
  });

  it('>=: greater than or equal', () => {
    expect(run('2 >= 2')).toEqual(TRUE);
    expect(run('1 >= 2')).toEqual(FALSE);
  });

  it('comparing different types is an error naming both', () => {
    expect(fails('1 = "1"').message).toBe('position 3: "=" cannot be used on Number and Text');
    expect(fails('TRUE < FALSE').message).toBe('position 6: "<" cannot order Boolean values');
  });

  it('an untyped field that looks like a date compares as text beside text', () => {
    expect(run('{!field} = "2025-01-06"', ctx)).toEqual(TRUE);
    expect(run('{!field} = DATE(2025, 1, 6)', ctx)).toEqual(TRUE);
  });

  it('precedence: comparisons after arithmetic, = after <', () => {
    expect(run('1 + 1 = 2')).toEqual(TRUE);
    expect(run('1 < 2 = TRUE')).toEqual(TRUE);
  });
});

describe('logical operators', () => {
  it('&&: both true, and it short-circuits', () => {
    expect(run('TRUE && FALSE')).toEqual(FALSE);
    expect(run('TRUE && 1 < 2')).toEqual(TRUE);
    expect(run('FALSE && VALUE("x") > 1')).toEqual(FALSE);
  });

  it('||: either true, and it short-circuits', () => {
    expect(run('FALSE || TRUE')).toEqual(TRUE);
    expect(run('FALSE || FALSE')).toEqual(FALSE);
    expect(run('TRUE || 1 / 0 > 1')).toEqual(TRUE);
  });

  it('&& binds tighter than ||', () => {
    expect(run('TRUE || FALSE && FALSE')).toEqual(TRUE);
    expect(run('(TRUE || FALSE) && FALSE')).toEqual(FALSE);
  });

  it('a non-Boolean operand of && or || is an error', () => {
    expect(fails('1 && TRUE').message).toBe('position 3: "&&" needs a Boolean, not Number');
  });
});

describe('prefix operators', () => {
  it('unary -: negates a number', () => {
    expect(run('-5 + 2')).toEqual(numberValue(-3));
    expect(run('-(2 - 5)')).toEqual(numberValue(3));
    expect(run('--1')).toEqual(numberValue(1));
    expect(fails('-"a"').message).toBe('position 1: "-" needs a number, not Text');
  });

  it('unary +: keeps a number', () => {
    expect(run('+5')).toEqual(numberValue(5));
  });

  it('!: negates a Boolean', () => {
    expect(run('!TRUE')).toEqual(FALSE);
    expect(run('!(1 > 2)')).toEqual(TRUE);
    expect(fails('!1').message).toBe('position 1: "!" needs a Boolean, not Number');
  });

  it('NOT without parentheses: negates what follows', () => {
    expect(run('NOT TRUE')).toEqual(FALSE);
    expect(run('not FALSE && TRUE')).toEqual(TRUE);
  });
});
