/** Checks of the run as a whole: its status and stall, a stage's status, a decision's outcome, event order. */
import type { TraceEvent } from '../../model/types';
import { describeEventRef } from './describe';
import type { ExpectationOf, RunView, Verdict } from './types';
import { own } from '../../model/ownKey';

/**
 * The steps still in Error at the end, each with its last failure's message, as the app's run banner
 * lists them ("Get_Usernames_Step failed: flow …"): a failed CI run says why, not only "it is Error".
 */
export function failuresOf(trace: RunView['trace']): string | null {
  const failures = new Map<string, string | undefined>();
  for (const ev of trace.events) if (ev.type === 'stepErrored' && ev.step) failures.set(ev.step, ev.message);
  const failed = [...failures].filter(([name]) => own(trace.steps, name)?.status === 'Error');
  return failed.length ? failed.map(([name, message]) => `step ${name} failed${message ? `: ${message}` : ''}`).join('; ') : null;
}

export function checkRunStatus(e: ExpectationOf<'runStatus'>, run: RunView): Verdict {
  // a save that did not launch the orchestration ran nothing (its trace says Completed at 0 ms, with no
  // event): no status holds, as the app's run view says "The orchestration did not launch.", not
  // "The run completed." — else "runStatus Completed" passed for a record the entry conditions refused
  const launch = run.trace.run.launch;
  if (launch && !launch.launched) return { pass: false, actual: 'it never launched', why: launch.reason };
  const { status, endedAt, stalled, stoppedBy } = run.trace.run;
  const inTime = e.byMs === undefined || (endedAt !== null && endedAt <= e.byMs);
  const why = stalled ? 'the run stalled: nothing left could wake it' : stoppedBy ? `the scenario's ${stoppedBy} limit stopped the run` : status === 'Error' && e.status !== 'Error' ? failuresOf(run.trace) : null;
  return { pass: status === e.status && inTime, actual: `it is ${status}${endedAt !== null ? ` at ${endedAt} ms` : ''}`, why };
}

export function checkNotStalled(_e: ExpectationOf<'notStalled'>, run: RunView): Verdict {
  return { pass: !run.trace.run.stalled, actual: run.trace.run.stalled ? 'it stalled' : 'it did not stall' };
}

export function checkStageStatus(e: ExpectationOf<'stageStatus'>, run: RunView): Verdict {
  const stage = own(run.trace.stages, e.stage);
  return { pass: stage?.status === e.status, actual: stage ? `it is ${stage.status}` : 'it never started' };
}

export function checkDecision(e: ExpectationOf<'decision'>, run: RunView): Verdict {
  const taken = run.trace.events.filter((ev) => ev.type === 'decisionTaken' && ev.decision === e.decision);
  const last = taken.at(-1);
  if (!last) return { pass: false, actual: 'the run never reached it' };
  const outcome = last.outcome ?? null;
  return { pass: outcome === e.outcome, actual: `it took ${outcome === null ? 'its default path' : `outcome ${outcome}`}${taken.length > 1 ? ` (the last of ${taken.length} times)` : ''}` };
}

type EventRef = ExpectationOf<'order'>['first'];

/** The element an event is about: its step, else its decision, stage or set target. */
export function elementOf(event: TraceEvent): string | undefined {
  return event.step ?? event.decision ?? event.stage ?? event.target;
}

function firstIndex(events: readonly TraceEvent[], ref: EventRef): number {
  return events.findIndex((ev) => ev.type === ref.type && (ref.element === undefined || elementOf(ev) === ref.element));
}

export function checkOrder(e: ExpectationOf<'order'>, run: RunView): Verdict {
  const events = run.trace.events;
  const first = firstIndex(events, e.first);
  const then = firstIndex(events, e.then);
  const at = (i: number) => `at ${events[i]!.t} ms (event #${events[i]!.seq})`;
  if (first < 0 || then < 0) {
    const never = [first < 0 ? describeEventRef(e.first) : null, then < 0 ? describeEventRef(e.then) : null].filter((x) => x !== null);
    return { pass: false, actual: `${never.join(' and ')} never happened` };
  }
  return { pass: first < then, actual: `${describeEventRef(e.first)} ${at(first)}, ${describeEventRef(e.then)} ${at(then)}` };
}
