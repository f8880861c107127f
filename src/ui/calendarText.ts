/**
 * A UTC instant in an admin's words, the same in every browser locale (the run's calendar is UTC,
 * src/flows/virtualClock.ts): "Monday 6 January 2025, 09:00 UTC", or short, with seconds, for the
 * run view: "Mon 6 Jan 2025, 09:00:02 UTC".
 */
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function calendarText(utcMs: number, form: 'long' | 'short' = 'long'): string {
  const at = new Date(utcMs);
  const iso = at.toISOString();
  if (form === 'long') {
    return `${WEEKDAYS[at.getUTCDay()]} ${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()}, ${iso.slice(11, 16)} UTC`;
  }
  return `${WEEKDAYS[at.getUTCDay()]!.slice(0, 3)} ${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]!.slice(0, 3)} ${at.getUTCFullYear()}, ${iso.slice(11, 19)} UTC`;
}
