/**
 * Date functions: TODAY, NOW (the run's virtual clock, never the machine's), DATEVALUE,
 * DATETIMEVALUE, DATE, YEAR, MONTH, DAY, ADDMONTHS, WEEKDAY, DAYOFYEAR, ISOWEEK, ISOYEAR. All in
 * UTC (GMT), as Salesforce computes DATEVALUE of a date-time.
 */
import { dateAt, dateTimeAt } from '../../virtualClock';
import type { FlowValue } from '../../values';
import { dateTimeValue, dateValue, numberValue } from '../../values';
import { MS_PER_DAY, addMonthsToInstant, dayFromParts, formatDate, formatDateTime, isDayInRange, parseDate, parseDateTime, partsOfDay } from '../dates';
import { familyOf } from '../typeOf';
import type { CallArgs } from './callArgs';
import type { FormulaFunction, FunctionTable } from './formulaFunction';

/** YEAR / MONTH / DAY of a Date (a Date/Time needs DATEVALUE first, as in Salesforce). */
function datePart(part: 'year' | 'month' | 'day'): FormulaFunction {
  return {
    minArgs: 1,
    maxArgs: 1,
    call: (args) => {
      if (familyOf(args.value(0)) === 'dateTime') args.error('must be a Date, not a Date/Time (use DATEVALUE() first)', 0);
      const day = args.date(0);
      return numberValue(day === null ? null : partsOfDay(day)[part]);
    },
  };
}

/** A one-Date function giving a number (WEEKDAY, DAYOFYEAR, ISOWEEK, ISOYEAR). */
function ofDate(compute: (dayNumber: number) => number): FormulaFunction {
  return {
    minArgs: 1,
    maxArgs: 1,
    call: (args) => {
      const day = args.date(0);
      return numberValue(day === null ? null : compute(day));
    },
  };
}

/** ISO 8601 week-numbering year and week of a day (weeks start on Monday; week 1 holds the year's first Thursday). */
function isoWeekOf(dayNumber: number): { year: number; week: number } {
  const weekday = ((((dayNumber + 3) % 7) + 7) % 7) + 1; // Monday 1 … Sunday 7 (day 0 was a Thursday)
  const thursday = dayNumber - weekday + 4;
  const year = partsOfDay(thursday).year;
  const firstOfYear = dayFromParts(year, 1, 1) ?? thursday;
  return { year, week: Math.floor((thursday - firstOfYear) / 7) + 1 };
}

/** A text argument that is not a valid date or date-time. */
function notADate(args: CallArgs, text: string, what: string): never {
  return args.error(`"${text.length > 40 ? `${text.slice(0, 40)}…` : text}" is not a valid ${what}`, 0);
}

/** DATEVALUE: a Date from a Date/Time (its GMT date), a Date, or text `YYYY-MM-DD`. */
function dateValueOf(args: CallArgs): FlowValue {
  const v = args.expect(0, ['date', 'dateTime', 'text'], 'a Date/Time or Text');
  if (v.value === null) return dateValue(null);
  const family = familyOf(v);
  if (family === 'date') return dateValue(String(v.value));
  const text = String(v.value).trim();
  if (text === '' && family === 'text') return dateValue(null);
  const day = parseDate(text) ?? (() => { const ms = parseDateTime(text); return ms === null ? null : Math.floor(ms / MS_PER_DAY); })();
  return day === null ? notADate(args, text, 'date') : dateValue(formatDate(day));
}

/** DATETIMEVALUE: a Date/Time from a Date (midnight GMT), a Date/Time, or text `YYYY-MM-DD HH:MM:SS` (GMT). */
function dateTimeValueOf(args: CallArgs): FlowValue {
  const v = args.expect(0, ['date', 'dateTime', 'text'], 'a Date or Text');
  if (v.value === null) return dateTimeValue(null);
  const text = String(v.value).trim();
  if (text === '' && familyOf(v) === 'text') return dateTimeValue(null);
  const day = parseDate(text);
  const ms = day !== null ? day * MS_PER_DAY : parseDateTime(text);
  return ms === null ? notADate(args, text, 'date-time') : dateTimeValue(formatDateTime(ms));
}

export const DATE_FUNCTIONS: FunctionTable = {
  WEEKDAY: ofDate((day) => ((((day + 4) % 7) + 7) % 7) + 1), // Sunday 1 … Saturday 7
  DAYOFYEAR: ofDate((day) => day - (dayFromParts(partsOfDay(day).year, 1, 1) ?? day) + 1),
  ISOWEEK: ofDate((day) => isoWeekOf(day).week),
  ISOYEAR: ofDate((day) => isoWeekOf(day).year),
  TODAY: { minArgs: 0, maxArgs: 0, call: (args) => dateValue(dateAt(args.ctx.now, args.ctx.startAt)) },
  NOW: { minArgs: 0, maxArgs: 0, call: (args) => dateTimeValue(dateTimeAt(args.ctx.now, args.ctx.startAt)) },
  DATEVALUE: { minArgs: 1, maxArgs: 1, call: dateValueOf },
  DATETIMEVALUE: { minArgs: 1, maxArgs: 1, call: dateTimeValueOf },
  DATE: {
    minArgs: 3,
    maxArgs: 3,
    call: (args) => {
      const year = args.number(0), month = args.number(1), day = args.number(2);
      if (year === null || month === null || day === null) return dateValue(null);
      const dayNumber = dayFromParts(year, month, day);
      if (dayNumber === null) return args.invalid(`${year}-${month}-${day} is not a valid date (years 1700-4000)`);
      return dateValue(formatDate(dayNumber));
    },
  },
  YEAR: datePart('year'),
  MONTH: datePart('month'),
  DAY: datePart('day'),
  ADDMONTHS: {
    minArgs: 2,
    maxArgs: 2,
    call: (args) => {
      const start = args.expect(0, ['date', 'dateTime'], 'a Date or Date/Time');
      const months = args.number(1);
      const isDateTime = familyOf(start) === 'dateTime';
      if (start.value === null || months === null) return isDateTime ? dateTimeValue(null) : dateValue(null);
      const ms = isDateTime ? args.dateTime(0)! : args.date(0)! * MS_PER_DAY;
      const moved = addMonthsToInstant(ms, months);
      const movedDay = Math.floor(moved / MS_PER_DAY);
      if (!isDayInRange(movedDay)) return args.invalid('gives a date outside the years 1700-4000');
      return isDateTime ? dateTimeValue(formatDateTime(moved)) : dateValue(formatDate(movedDay));
    },
  },
};
