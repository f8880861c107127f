import { describe, expect, it } from 'vitest';
import { booleanValue, numberValue, textValue } from '../../values';
import { contextOf, fails, run } from '../testing/formulaHarness';

const TRUE = booleanValue(true);
const FALSE = booleanValue(false);

const ctx = contextOf({
  status: { type: 'Picklist', value: 'Closed' },
  colors: { type: 'MultiPicklist', value: 'Red;Green; Blue' },
  noColors: { type: 'MultiPicklist', value: null },
  t: textValue(null),
  n: numberValue(null),
  b: booleanValue(null),
  list: { type: 'Text', value: [], collection: true },
  untyped: { type: 'Unknown', value: '2025-01-06' },
});

describe('logical functions', () => {
  it('IF: picks the second or third argument; a null condition is false', () => {
    expect(run('IF(1 > 0, "yes", "no")')).toEqual(textValue('yes'));
    expect(run('IF(FALSE, 1, 2)')).toEqual(numberValue(2));
    expect(run('IF({!b}, 1, 2)', ctx)).toEqual(numberValue(2));
  });

  it('IF: evaluates only the branch it takes', () => {
    expect(run('IF(TRUE, 1, 1 / 0)')).toEqual(numberValue(1));
    expect(run('IF(ISBLANK({!t}), 0, VALUE({!t}))', ctx)).toEqual(numberValue(0));
  });

  it('IF: a condition that is not a Boolean is an error naming IF and the argument', () => {
    expect(fails('IF("yes", 1, 2)')).toEqual({ message: 'position 4: IF argument 1 must be a Boolean, not Text', position: 4, function: 'IF' });
  });

  it('CASE: returns the result of the first matching value, else the default', () => {
    expect(run('CASE(2, 1, "one", 2, "two", "many")')).toEqual(textValue('two'));
    expect(run('CASE(9, 1, "one", 2, "two", "many")')).toEqual(textValue('many'));
    expect(run('CASE({!status}, "Open", 1, "Closed", 2, 0)', ctx)).toEqual(numberValue(2));
  });

  it('CASE: compares text case-sensitively and evaluates only the chosen result', () => {
    expect(run('CASE("high", "High", 1, 0)')).toEqual(numberValue(0));
    expect(run('CASE(1, 1, "ok", 1 / 0)')).toEqual(textValue('ok'));
  });

  it('CASE: a null subject matches NULL and blank text', () => {
    expect(run('CASE({!n}, 1, "one", "none")', ctx)).toEqual(textValue('none'));
    expect(run('CASE({!t}, "", "blank", "other")', ctx)).toEqual(textValue('blank'));
  });

  it('CASE: an untyped value is compared as text beside text', () => {
    expect(run('CASE({!untyped}, "2025-01-06", "match", "no")', ctx)).toEqual(textValue('match'));
  });

  it('CASE: a value of another type than the subject is an error naming the argument', () => {
    expect(fails('CASE(1, "1", "a", "b")').message).toBe('position 9: CASE argument 2 must be Number like the value CASE tests, not Text');
  });

  it('AND: true when every argument is true; stops at the first false', () => {
    expect(run('AND(TRUE, 1 < 2, "a" = "a")')).toEqual(TRUE);
    expect(run('AND(TRUE, FALSE)')).toEqual(FALSE);
    expect(run('AND(FALSE, 1 / 0 > 1)')).toEqual(FALSE);
    expect(run('AND({!b})', ctx)).toEqual(FALSE);
    expect(fails('AND(TRUE, 1)').message).toBe('position 11: AND argument 2 must be a Boolean, not Number');
  });

  it('OR: true when any argument is true; stops at the first true', () => {
    expect(run('OR(FALSE, 2 > 1)')).toEqual(TRUE);
    expect(run('OR(FALSE, FALSE, {!b})', ctx)).toEqual(FALSE);
    expect(run('OR(TRUE, 1 / 0 > 1)')).toEqual(TRUE);
  });

  it('NOT: negates a Boolean; NOT(null) is true', () => {
    expect(run('NOT(TRUE)')).toEqual(FALSE);
    expect(run('not(1 > 2)')).toEqual(TRUE);
    expect(run('NOT({!b})', ctx)).toEqual(TRUE);
    expect(fails('NOT("x")').message).toBe('position 5: NOT argument 1 must be a Boolean, not Text');
  });

  it('ISBLANK: null, empty text and an empty collection are blank; a space or a zero is not', () => {
    expect(run('ISBLANK("")')).toEqual(TRUE);
    expect(run('ISBLANK(NULL)')).toEqual(TRUE);
    expect(run('ISBLANK({!n})', ctx)).toEqual(TRUE);
    expect(run('ISBLANK({!list})', ctx)).toEqual(TRUE);
    expect(run('ISBLANK(" ")')).toEqual(FALSE);
    expect(run('ISBLANK(0)')).toEqual(FALSE);
  });

  it('ISNULL: only a null is null (an empty text is not)', () => {
    expect(run('ISNULL({!n})', ctx)).toEqual(TRUE);
    expect(run('ISNULL({!t})', ctx)).toEqual(TRUE);
    expect(run('ISNULL("")')).toEqual(FALSE);
    expect(run('ISNULL(0)')).toEqual(FALSE);
  });

  it('BLANKVALUE: the substitute when the expression is blank, else the expression', () => {
    expect(run('BLANKVALUE("", "none")')).toEqual(textValue('none'));
    expect(run('BLANKVALUE({!n}, 0) + 1', ctx)).toEqual(numberValue(1));
    expect(run('BLANKVALUE("x", 1 / 0)')).toEqual(textValue('x'));
  });

  it('NULLVALUE: the substitute when the expression is null, else the expression', () => {
    expect(run('NULLVALUE({!n}, 5)', ctx)).toEqual(numberValue(5));
    expect(run('NULLVALUE("", "x")')).toEqual(textValue(''));
    expect(run('NULLVALUE(3, 5)')).toEqual(numberValue(3));
  });

  it('ISPICKVAL: a picklist (or text) equals a value, case-sensitively', () => {
    expect(run('ISPICKVAL({!status}, "Closed")', ctx)).toEqual(TRUE);
    expect(run('ISPICKVAL({!status}, "closed")', ctx)).toEqual(FALSE);
    expect(run('ISPICKVAL({!t}, "")', ctx)).toEqual(TRUE);
    expect(fails('ISPICKVAL(1, "1")').message).toBe('position 11: ISPICKVAL argument 1 must be Text, not Number');
  });

  it('INCLUDES: a multi-select picklist holds a value', () => {
    expect(run('INCLUDES({!colors}, "Green")', ctx)).toEqual(TRUE);
    expect(run('INCLUDES({!colors}, "Blue")', ctx)).toEqual(TRUE);
    expect(run('INCLUDES({!colors}, "green")', ctx)).toEqual(FALSE);
    expect(run('INCLUDES({!colors}, "Re")', ctx)).toEqual(FALSE);
    expect(run('INCLUDES({!noColors}, "Red")', ctx)).toEqual(FALSE);
  });

  it('PICKLISTCOUNT: the number of values selected in a multi-select picklist (Salesforce\'s function), 0 when none', () => {
    expect(run('PICKLISTCOUNT({!colors})', ctx)).toEqual(numberValue(3));
    expect(run('PICKLISTCOUNT({!noColors})', ctx)).toEqual(numberValue(0));
    expect(run('PICKLISTCOUNT("")')).toEqual(numberValue(0));
    expect(run('PICKLISTCOUNT({!colors}) > 2', ctx)).toEqual(TRUE);
  });
});
