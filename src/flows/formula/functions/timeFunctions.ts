/**
 * Time-of-day and epoch functions: TIMEVALUE, TIMENOW (the virtual clock), HOUR, MINUTE, SECOND,
 * MILLISECOND, UNIXTIMESTAMP, FROMUNIXTIME. A Time is GMT, as Salesforce's TIMEVALUE of a
 * date-time is.
 */
import { runStartMs } from '../../virtualClock';
import { dateTimeValue, numberValue } from '../../values';
import type { FlowValue } from '../../values';
import { MS_PER_DAY, formatDateTime, formatTime, isDayInRange, parseDate, parseDateTime, parseTime } from '../dates';
import { familyOf } from '../typeOf';
import type { CallArgs } from './callArgs';
import type { FormulaFunction, FunctionTable } from './formulaFunction';

function timeValue(ms: number | null): FlowValue {
  return { type: 'Time', value: ms === null ? null : formatTime(ms) };
}

/** HOUR / MINUTE / SECOND / MILLISECOND of a Time. */
function timePart(divisor: number, modulo: number): FormulaFunction {
  return {
    minArgs: 1,
    maxArgs: 1,
    call: (args) => {
      const v = args.expect(0, ['time'], 'a Time');
      const ms = typeof v.value === 'string' ? parseTime(v.value) : null;
      return numberValue(ms === null ? null : Math.floor(ms / divisor) % modulo);
    },
  };
}

/** TIMEVALUE: the GMT time of a date-time, or a time from text `HH:MM:SS.MS`. */
function timeValueOf(args: CallArgs): FlowValue {
  const v = args.expect(0, ['dateTime', 'time', 'text'], 'a Date/Time or Text');
  if (v.value === null) return timeValue(null);
  const family = familyOf(v);
  if (family === 'dateTime') {
    const ms = parseDateTime(String(v.value))!;
    return timeValue(ms - Math.floor(ms / MS_PER_DAY) * MS_PER_DAY);
  }
  const text = String(v.value).trim();
  const ms = parseTime(text);
  return ms === null ? args.error(`"${text.slice(0, 40)}" is not a valid time (HH:MM:SS.MS)`, 0) : timeValue(ms);
}

export const TIME_FUNCTIONS: FunctionTable = {
  TIMEVALUE: { minArgs: 1, maxArgs: 1, call: timeValueOf },
  TIMENOW: {
    minArgs: 0,
    maxArgs: 0,
    call: (args) => {
      const ms = runStartMs(args.ctx.startAt) + args.ctx.now;
      return timeValue(ms - Math.floor(ms / MS_PER_DAY) * MS_PER_DAY);
    },
  },
  HOUR: timePart(3_600_000, 24),
  MINUTE: timePart(60_000, 60),
  SECOND: timePart(1000, 60),
  MILLISECOND: timePart(1, 1000),
  UNIXTIMESTAMP: {
    minArgs: 1,
    maxArgs: 1,
    call: (args) => {
      const v = args.expect(0, ['date', 'dateTime', 'time'], 'a Date, Date/Time or Time');
      if (v.value === null) return numberValue(null);
      const text = String(v.value);
      const family = familyOf(v);
      const ms = family === 'date' ? parseDate(text)! * MS_PER_DAY : family === 'dateTime' ? parseDateTime(text)! : parseTime(text)!;
      return numberValue(Math.floor(ms / 1000));
    },
  },
  FROMUNIXTIME: {
    minArgs: 1,
    maxArgs: 1,
    call: (args) => {
      const seconds = args.number(0);
      if (seconds === null) return dateTimeValue(null);
      const ms = Math.round(seconds * 1000);
      if (!isDayInRange(Math.floor(ms / MS_PER_DAY))) return args.invalid('gives a date outside the years 1700-4000', 0);
      return dateTimeValue(formatDateTime(ms));
    },
  },
};
