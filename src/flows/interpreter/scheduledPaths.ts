/**
 * A record-triggered flow's scheduled paths (Salesforce Help, *Scheduled Paths*), run after its
 * immediate path: the "Run Asynchronously" path, then the timed paths as their times come. run.ts
 * hands over `follow`, which runs the elements from a connector.
 */
import { instantOf } from '../formula/dates';
import { runStartMs } from '../virtualClock';
import type { ArmedEvent } from './behavior';
import type { Frame } from './frame';
import type { Ending } from './run';
import { earliestDue, SAVE_TIME_FIELDS, shifted } from './scheduleTime';
import { FlowStop } from './stop';

/** Runs the elements from a connector to the end of the path (run.ts). */
export type Follow = (frame: Frame, from: string | undefined) => Ending;

/** The path step of a record-triggered flow's scheduled paths: they start from the start element. */
const START = 'start';

/**
 * After the immediate path of a record-triggered flow: its "Run Asynchronously" paths run, each in
 * its own transaction after the save's has committed (Salesforce Help: "Route Record-Triggered Flows
 * to Run Asynchronously"); its timed scheduled paths are armed as a wait on the start element, each
 * at its offset from the save or from a date field of `$Record` (a null field schedules nothing,
 * *chosen*), and run as their times come.
 */
export function runScheduledPaths(frame: Frame, ending: Ending, follow: Follow): Ending {
  if (ending.status !== 'completed') return ending;
  const { asyncPaths = [], timedPaths = [] } = frame.definition.start;
  for (const connector of asyncPaths) {
    frame.beginTransaction();
    frame.report.path.push({ element: START, kind: 'start', outcome: 'AsyncAfterCommit' });
    const async = follow(frame, connector);
    if (async.status !== 'completed') return async;
  }
  const armed: ArmedEvent[] = [];
  try {
    for (const path of timedPaths) {
      const where = `start.scheduledPaths.${path.name}`;
      let baseMs = frame.startedAt + runStartMs(frame.options.startAt);
      if (path.timeSource === 'RecordField' && path.recordField !== undefined) {
        const value = frame.resolve(`$Record.${path.recordField}`).value;
        const empty = value === null || value === '';
        // a record given without CreatedDate/LastModifiedDate was saved as the run started (the base stays the save)
        if (empty && !SAVE_TIME_FIELDS.has(path.recordField.toLowerCase())) continue;
        const fieldMs = empty ? baseMs : instantOf(value);
        if (fieldMs === null) throw new FlowStop('fault', `${where}: $Record.${path.recordField} holds ${JSON.stringify(value)}, not a date or date-time`);
        baseMs = fieldMs;
      }
      armed.push({ name: path.name, until: shifted(frame, baseMs, path.offsetNumber, path.offsetUnit, where), ...(path.connector ? { connector: path.connector } : {}) });
    }
  } catch (caught) {
    // no $Record to read the field of, a unit not simulated, a field that is not a date: named, never thrown
    return { status: 'stopped', stop: caught instanceof FlowStop ? caught : new FlowStop('fault', `internal error: ${String(caught)}`), element: START };
  }
  return armed.length === 0 ? ending : dueScheduledPaths(frame, armed, follow);
}

/** Runs the scheduled paths whose time has come, earliest first; waits on the start for the others. */
export function dueScheduledPaths(frame: Frame, pending: ArmedEvent[], follow: Follow): Ending {
  let rest = pending;
  for (let due = earliestDue(rest, frame.now); due; due = earliestDue(rest, frame.now)) {
    const chosen = due;
    rest = rest.filter((e) => e !== chosen);
    frame.beginTransaction();
    frame.report.path.push({ element: START, kind: 'start', outcome: chosen.name });
    const ran = follow(frame, chosen.connector);
    if (ran.status !== 'completed') return ran;
  }
  return rest.length === 0 ? { status: 'completed' } : { status: 'waiting', element: START, events: rest, scheduledPaths: true };
}
