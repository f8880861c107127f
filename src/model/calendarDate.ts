/**
 * Dates that exist on the calendar. The schema checks the shape (`YYYY-MM-DD`, ISO 8601 in UTC);
 * this says when a well-shaped value names no day — `2025-02-30`, `2025-13-01`, `T25:00` — which
 * JavaScript's Date would silently roll over to another day (1 March, say) and Salesforce refuses.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Why `text` (`YYYY-MM-DD…`) is not a real day or time, or null when it is (or is not date-shaped at all). */
export function calendarProblem(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return `"${text}" is not a date: the month is ${match[2]}, and months are 01–12`;
  const last = daysIn(year, month);
  if (day < 1 || day > last) return `"${text}" is not a date: ${MONTHS[month - 1]} ${year} has ${last} days`;
  if (match[4] !== undefined && (Number(match[4]) > 23 || Number(match[5]) > 59 || Number(match[6] ?? 0) > 59)) {
    return `"${text}" is not a time of day: hours are 00–23, minutes and seconds 00–59`;
  }
  return null;
}
