import { describe, expect, it } from 'vitest';
import { dateTimeValue, dateValue, numberValue, textValue } from '../../values';
import { contextOf, fails, run } from '../testing/formulaHarness';

const HOUR = 3_600_000;
const ctx = contextOf({
  closed: dateTimeValue('2025-03-31T23:30:00Z'),
  day: dateValue('2025-01-31'),
  nd: dateValue(null),
  ndt: dateTimeValue(null),
  t: textValue(null),
});

describe('date functions', () => {
  it('TODAY: the run\'s virtual date, never the machine clock', () => {
    expect(run('TODAY()')).toEqual(dateValue('2025-01-06'));
    expect(run('TODAY()', contextOf({}, 15 * HOUR))).toEqual(dateValue('2025-01-07'));
    expect(run('TODAY()', contextOf({}, 0, '2030-06-15T12:00:00Z'))).toEqual(dateValue('2030-06-15'));
  });

  it('NOW: the run\'s virtual date-time', () => {
    expect(run('NOW()')).toEqual(dateTimeValue('2025-01-06T09:00:00Z'));
    expect(run('NOW()', contextOf({}, 1500))).toEqual(dateTimeValue('2025-01-06T09:00:01.500Z'));
  });

  it('DATEVALUE: the GMT date of a date-time, or a date from text', () => {
    expect(run('DATEVALUE({!closed})', ctx)).toEqual(dateValue('2025-03-31'));
    expect(run('DATEVALUE("2025-02-28")')).toEqual(dateValue('2025-02-28'));
    expect(run('DATEVALUE("2025-02-28 23:00:00")')).toEqual(dateValue('2025-02-28'));
    expect(run('DATEVALUE({!t})', ctx)).toEqual(dateValue(null));
    expect(run('DATEVALUE(NOW())')).toEqual(dateValue('2025-01-06'));
  });

  it('DATEVALUE: text that is not a date is an error', () => {
    expect(fails('DATEVALUE("2025-02-30")')).toEqual({ message: 'position 11: DATEVALUE argument 1: "2025-02-30" is not a valid date', position: 11, function: 'DATEVALUE' });
  });

  it('DATETIMEVALUE: a date-time from text (GMT) or from a date (midnight GMT)', () => {
    expect(run('DATETIMEVALUE("2025-01-06 14:30:00")')).toEqual(dateTimeValue('2025-01-06T14:30:00Z'));
    expect(run('DATETIMEVALUE("2025-01-06T14:30:00+02:00")')).toEqual(dateTimeValue('2025-01-06T12:30:00Z'));
    expect(run('DATETIMEVALUE({!day})', ctx)).toEqual(dateTimeValue('2025-01-31T00:00:00Z'));
    expect(run('DATETIMEVALUE({!nd})', ctx)).toEqual(dateTimeValue(null));
    expect(fails('DATETIMEVALUE("soon")').message).toBe('position 15: DATETIMEVALUE argument 1: "soon" is not a valid date-time');
  });

  it('DATE: a date from year, month and day; an impossible date is an error', () => {
    expect(run('DATE(2024, 2, 29)')).toEqual(dateValue('2024-02-29'));
    expect(fails('DATE(2025, 2, 29)')).toEqual({ message: 'position 1: DATE: 2025-2-29 is not a valid date (years 1700-4000)', position: 1, function: 'DATE', invalidValue: true });
    expect(fails('DATE(1600, 1, 1)').message).toMatch(/not a valid date/);
  });

  it('YEAR: the year of a date', () => {
    expect(run('YEAR({!day})', ctx)).toEqual(numberValue(2025));
    expect(run('YEAR({!nd})', ctx)).toEqual(numberValue(null));
  });

  it('MONTH: the month of a date (1-12)', () => {
    expect(run('MONTH({!day})', ctx)).toEqual(numberValue(1));
    expect(run('MONTH(TODAY() + 30)')).toEqual(numberValue(2));
  });

  it('DAY: the day of the month of a date', () => {
    expect(run('DAY({!day})', ctx)).toEqual(numberValue(31));
  });

  it('YEAR, MONTH, DAY of a date-time are errors suggesting DATEVALUE', () => {
    expect(fails('YEAR(NOW())').message).toBe('position 6: YEAR argument 1: must be a Date, not a Date/Time (use DATEVALUE() first)');
  });

  it('ADDMONTHS: the same day of the month later or earlier', () => {
    expect(run('ADDMONTHS(DATE(2017, 9, 20), 5)')).toEqual(dateValue('2018-02-20'));
    expect(run('ADDMONTHS(DATE(2025, 3, 15), -3)')).toEqual(dateValue('2024-12-15'));
    expect(run('ADDMONTHS(DATE(2025, 3, 15), 1.9)')).toEqual(dateValue('2025-04-15'));
  });

  it('ADDMONTHS: end of month clamps (Jan 31 + 1 → Feb 28/29)', () => {
    expect(run('ADDMONTHS(DATE(2025, 1, 31), 1)')).toEqual(dateValue('2025-02-28'));
    expect(run('ADDMONTHS(DATE(2024, 1, 31), 1)')).toEqual(dateValue('2024-02-29'));
    expect(run('ADDMONTHS(DATE(2017, 9, 30), 5)')).toEqual(dateValue('2018-02-28'));
  });

  it('ADDMONTHS: the last day of a month gives the last day of the target month', () => {
    expect(run('ADDMONTHS(DATE(2023, 2, 28), 1)')).toEqual(dateValue('2023-03-31'));
    expect(run('ADDMONTHS(DATE(2024, 4, 30), 1)')).toEqual(dateValue('2024-05-31'));
  });

  it('ADDMONTHS: a date-time keeps its time of day; null gives null', () => {
    expect(run('ADDMONTHS({!closed}, 1)', ctx)).toEqual(dateTimeValue('2025-04-30T23:30:00Z'));
    expect(run('ADDMONTHS({!ndt}, 1)', ctx)).toEqual(dateTimeValue(null));
    expect(fails('ADDMONTHS("2025-01-01x", 1)').message).toBe('position 11: ADDMONTHS argument 1 must be a Date or Date/Time, not Text');
  });

  it('WEEKDAY: 1 for Sunday to 7 for Saturday', () => {
    expect(run('WEEKDAY(TODAY())')).toEqual(numberValue(2));
    expect(run('WEEKDAY(DATE(2025, 1, 4))')).toEqual(numberValue(7));
    expect(run('WEEKDAY(DATE(2025, 1, 5))')).toEqual(numberValue(1));
  });

  it('DAYOFYEAR: 1 for January 1st', () => {
    expect(run('DAYOFYEAR(DATE(2025, 1, 1))')).toEqual(numberValue(1));
    expect(run('DAYOFYEAR(DATE(2024, 12, 31))')).toEqual(numberValue(366));
  });

  it('ISOWEEK: the ISO 8601 week (week 1 holds the first Thursday)', () => {
    expect(run('ISOWEEK(DATE(2025, 1, 6))')).toEqual(numberValue(2));
    expect(run('ISOWEEK(DATE(2024, 12, 30))')).toEqual(numberValue(1));
    expect(run('ISOWEEK(DATE(2021, 1, 3))')).toEqual(numberValue(53));
  });

  it('ISOYEAR: the ISO 8601 week-numbering year', () => {
    expect(run('ISOYEAR(DATE(2024, 12, 30))')).toEqual(numberValue(2025));
    expect(run('ISOYEAR(DATE(2021, 1, 3))')).toEqual(numberValue(2020));
  });
});
