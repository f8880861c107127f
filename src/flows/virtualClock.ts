/**
 * The calendar behind the virtual clock. A run's times are virtual milliseconds since it started
 * (FORMAT §3); flows and formulas also need a calendar date (`$Flow.CurrentDateTime`, `NOW()`,
 * `TODAY()`). A scenario may say when the run starts (`startAt`); without it every run starts at
 * the same instant, so traces stay byte-identical (chosen: a Monday, 09:00 UTC, the start of a
 * working day).
 */
import { instantOf } from './formula/dates';

export const DEFAULT_RUN_START = '2025-01-06T09:00:00Z';

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

/**
 * UTC milliseconds of the run's start: the scenario's `startAt` when valid, else the default. Read
 * strictly (`instantOf`): a day that does not exist is not valid (Date.parse would roll it over; the
 * scenario's validation names it).
 */
export function runStartMs(startAt?: string): number {
  const given = startAt !== undefined && ISO_UTC.test(startAt) ? instantOf(startAt) : null;
  return given ?? instantOf(DEFAULT_RUN_START)!;
}

/** The date-time (ISO 8601 UTC, milliseconds dropped when zero) at virtual time `t`. */
export function dateTimeAt(t: number, startAt?: string): string {
  return new Date(runStartMs(startAt) + t).toISOString().replace('.000Z', 'Z');
}

/** The date (`YYYY-MM-DD`, UTC) at virtual time `t`. */
export function dateAt(t: number, startAt?: string): string {
  return dateTimeAt(t, startAt).slice(0, 10);
}
