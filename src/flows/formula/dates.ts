/**
 * Calendar arithmetic for formulas, all in UTC (a run's virtual clock is UTC). A Date is handled
 * as a day number (days since 1970-01-01), a DateTime as epoch milliseconds, a Time as
 * milliseconds since midnight.
 */

export const MS_PER_DAY = 86_400_000;

/** Salesforce accepts years 1700 to 4000 in dates. */
export const MIN_YEAR = 1700;
export const MAX_YEAR = 4000;

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_TEXT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(:(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const TIME_TEXT = /^(\d{2}):(\d{2})(:(\d{2})(\.(\d{1,3}))?)?Z?$/;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil: integer arithmetic, no Date objects). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The day number of a valid calendar date, else null (Feb 30 is not a date). */
export function dayFromParts(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Number of days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

/** Year, month (1-12) and day of a day number (H. Hinnant's civil_from_days). */
export function partsOfDay(dayNumber: number): { year: number; month: number; day: number } {
  const z = Math.floor(dayNumber) + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Recently parsed dates: a flow reads the same few dates over and over (bounded, so memory stays flat). */
const parsedDates = new Map<string, number | null>();
const PARSED_DATES_LIMIT = 1024;

/** The day number of `YYYY-MM-DD`, or null when the text is not a valid date. */
export function parseDate(text: string): number | null {
  const cached = parsedDates.get(text);
  if (cached !== undefined) return cached;
  const m = DATE_TEXT.exec(text);
  const day = m ? dayFromParts(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  if (parsedDates.size >= PARSED_DATES_LIMIT) parsedDates.clear();
  parsedDates.set(text, day);
  return day;
}

/** `YYYY-MM-DD` of a day number. */
export function formatDate(dayNumber: number): string {
  const { year, month, day } = partsOfDay(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** True when the day number lies in the years Salesforce accepts. */
export function isDayInRange(dayNumber: number): boolean {
  const { year } = partsOfDay(dayNumber);
  return Number.isFinite(dayNumber) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/**
 * Epoch ms of an ISO 8601 date-time (`2025-01-06T09:00:00Z`, also with a space instead of `T`, as
 * `DATETIMEVALUE("2025-01-06 09:00:00")` takes it; no zone means UTC), or null when invalid.
 */
export function parseDateTime(text: string): number | null {
  const m = DATE_TIME_TEXT.exec(text);
  if (!m) return null;
  const day = dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  const hours = Number(m[4]), minutes = Number(m[5]), seconds = Number(m[7] ?? 0);
  if (day === null || hours > 23 || minutes > 59 || seconds > 59) return null;
  const fraction = m[8] ? Math.round(Number(m[8]) * 1000) : 0;
  let offsetMs = 0;
  const zone = m[9];
  if (zone && zone !== 'Z') {
    const digits = zone.replace(':', '');
    const sign = digits[0] === '-' ? -1 : 1;
    offsetMs = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * 60_000;
  }
  return day * MS_PER_DAY + ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction - offsetMs;
}

/**
 * UTC ms of a value a flow or a record gives as a date (`YYYY-MM-DD`, midnight UTC) or an ISO
 * date-time, or null for anything else. The one strict reading of dates from values: JavaScript's
 * Date.parse takes "1" as 2001-01-01, rolls 2024-02-30 over to March 1 and reads a date-time
 * without a zone in the machine's time zone, where Salesforce refuses the first two and a run's
 * clock is UTC.
 */
export function instantOf(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const day = parseDate(value);
  if (day !== null) return day * MS_PER_DAY;
  return parseDateTime(value);
}

/** ISO 8601 UTC of epoch ms, milliseconds dropped when zero (as the virtual clock writes it). */
export function formatDateTime(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** Milliseconds since midnight of `HH:MM:SS.sssZ` (seconds and fraction optional), or null. */
export function parseTime(text: string): number | null {
  const m = TIME_TEXT.exec(text);
  if (!m) return null;
  const hours = Number(m[1]), minutes = Number(m[2]), seconds = Number(m[4] ?? 0);
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const ms = m[6] ? Number(m[6].padEnd(3, '0')) : 0;
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms;
}

/** `HH:MM:SS.sssZ` of milliseconds since midnight (wrapped into one day, as Salesforce Time does). */
export function formatTime(ms: number): string {
  const inDay = ((Math.round(ms) % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
  return new Date(inDay).toISOString().slice(11);
}

/**
 * ADDMONTHS as Salesforce documents it: the same day of the month `months` later; when the start is
 * the last day of its month, or the target month is shorter, the last day of the target month.
 */
export function addMonthsToDay(dayNumber: number, months: number): number {
  const { year, month, day } = partsOfDay(dayNumber);
  const total = year * 12 + (month - 1) + Math.trunc(months);
  const targetYear = Math.floor(total / 12);
  const targetMonth = (total % 12) + 1;
  const lastDay = daysInMonth(targetYear, targetMonth);
  const isLastDay = day === daysInMonth(year, month);
  return daysFromCivil(targetYear, targetMonth, isLastDay ? lastDay : Math.min(day, lastDay));
}

/**
 * Epoch ms moved by `months` as ADDMONTHS moves a date (`addMonthsToDay`: Jan 31 + 1 month is
 * Feb 28 or 29, the last day of a month stays the last day), keeping the time of day. One rule for
 * the formula and for a wait's or scheduled path's offset in Months, where JavaScript's setUTCMonth
 * would roll Jan 31 + 1 month over to March 3.
 */
export function addMonthsToInstant(ms: number, months: number): number {
  const day = Math.floor(ms / MS_PER_DAY);
  return addMonthsToDay(day, months) * MS_PER_DAY + (ms - day * MS_PER_DAY);
}
