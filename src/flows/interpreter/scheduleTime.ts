/**
 * Times a flow schedules: a Pause's alarms (elements/wait.ts) and a record-triggered flow's timed
 * scheduled paths (run.ts) are a base date or date-time moved by an offset. Both read the base from
 * values a scenario or an org gives, so the text must be a real ISO date (read by `instantOf`, never
 * Date.parse, which would take "1" as 2001-01-01), and an offset must leave the time among the dates Salesforce holds
 * (years 1700 to 4000), else a run would wait forever on a time that never comes.
 */
import { addMonthsToInstant, formatDateTime, MAX_YEAR, MIN_YEAR } from '../formula/dates';
import { runStartMs } from '../virtualClock';
import type { ArmedEvent } from './behavior';
import type { Frame } from './frame';
import { fault, unsupported } from './stop';

const UNIT_MS: Readonly<Record<string, number>> = { Minutes: 60_000, Hours: 3_600_000, Days: 86_400_000, Weeks: 604_800_000 };

/** Fields Salesforce sets on every saved record: a record given without them was saved as the run started. */
export const SAVE_TIME_FIELDS: ReadonlySet<string> = new Set(['createddate', 'lastmodifieddate', 'systemmodstamp']);

/**
 * Virtual ms of `baseMs` (UTC ms) moved by `offset` `unit`s. A unit not simulated stops as
 * unsupported; a time outside the years Salesforce holds is a fault naming `where`.
 */
export function shifted(frame: Frame, baseMs: number, offset: number, unit: string, where: string): number {
  let ms = baseMs;
  if (unit === 'Months') {
    // as ADDMONTHS moves a date: Jan 31 + 1 month is Feb 28, not March 3 (chosen: Salesforce Help does not say)
    ms = addMonthsToInstant(baseMs, offset);
  } else {
    const size = UNIT_MS[unit];
    if (size === undefined) throw unsupported(`${where}: the time unit "${unit}" is not simulated`, { kind: unit });
    ms += offset * size;
  }
  const year = Number.isFinite(ms) ? new Date(ms).getUTCFullYear() : NaN;
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) throw fault(`${where}: ${offset} ${unit} from ${formatDateTime(baseMs)} is outside the dates Salesforce holds (years ${MIN_YEAR} to ${MAX_YEAR})`);
  return ms - runStartMs(frame.options.startAt);
}

/** The first armed time that has come by `now` (earliest first; ties in declared order). */
export function earliestDue(events: readonly ArmedEvent[], now: number): ArmedEvent | undefined {
  let due: ArmedEvent | undefined;
  for (const e of events) if (e.until !== undefined && e.until <= now && (!due || e.until < due.until!)) due = e;
  return due;
}
