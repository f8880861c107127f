import { describe, expect, it } from 'vitest';
import { dateTimeValue, dateValue, numberValue } from '../../values';
import { contextOf, fails, run } from '../testing/formulaHarness';

const ctx = contextOf({
  at: dateTimeValue('2025-01-06T14:05:09.250Z'),
  lunch: { type: 'Time', value: '12:30:15.500Z' },
  day: dateValue('2025-01-02'),
  none: { type: 'Time', value: null },
});

describe('time functions', () => {
  it('TIMEVALUE: the GMT time of a date-time, or a time from text', () => {
    expect(run('TIMEVALUE({!at})', ctx)).toEqual({ type: 'Time', value: '14:05:09.250Z' });
    expect(run('TIMEVALUE("08:15:00.000")')).toEqual({ type: 'Time', value: '08:15:00.000Z' });
    expect(fails('TIMEVALUE("25:00")').message).toBe('position 11: TIMEVALUE argument 1: "25:00" is not a valid time (HH:MM:SS.MS)');
  });

  it('TIMENOW: the run\'s virtual time of day (GMT)', () => {
    expect(run('TIMENOW()')).toEqual({ type: 'Time', value: '09:00:00.000Z' });
    expect(run('TIMENOW()', contextOf({}, 16 * 3_600_000))).toEqual({ type: 'Time', value: '01:00:00.000Z' });
  });

  it('HOUR: the hour of a Time', () => {
    expect(run('HOUR({!lunch})', ctx)).toEqual(numberValue(12));
    expect(run('HOUR(TIMEVALUE(NOW()))')).toEqual(numberValue(9));
    expect(run('HOUR({!none})', ctx)).toEqual(numberValue(null));
  });

  it('MINUTE: the minute of a Time', () => {
    expect(run('MINUTE({!lunch})', ctx)).toEqual(numberValue(30));
  });

  it('SECOND: the second of a Time', () => {
    expect(run('SECOND({!lunch})', ctx)).toEqual(numberValue(15));
  });

  it('MILLISECOND: the millisecond of a Time', () => {
    expect(run('MILLISECOND({!lunch})', ctx)).toEqual(numberValue(500));
    expect(fails('MILLISECOND(5)').message).toBe('position 13: MILLISECOND argument 1 must be a Time, not Number');
  });

  it('UNIXTIMESTAMP: seconds since 1970-01-01 GMT of a date or date-time, since midnight of a time', () => {
    expect(run('UNIXTIMESTAMP({!at})', ctx)).toEqual(numberValue(1736172309));
    expect(run('UNIXTIMESTAMP({!day})', ctx)).toEqual(numberValue(1735776000));
    expect(run('UNIXTIMESTAMP({!lunch})', ctx)).toEqual(numberValue(45015));
  });

  it('FROMUNIXTIME: the date-time of seconds since 1970-01-01 GMT', () => {
    expect(run('FROMUNIXTIME(1736172309)')).toEqual(dateTimeValue('2025-01-06T14:05:09Z'));
    expect(fails('FROMUNIXTIME(10 ^ 15)').message).toBe('position 14: FROMUNIXTIME argument 1: gives a date outside the years 1700-4000');
  });
});
