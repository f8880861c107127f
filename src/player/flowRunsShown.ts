/**
 * Which runs of project flows (trace `flowRuns`) the run view shows at the moment it shows: the run
 * panel lists them, and a step card marks a step whose flow took its stand-in. Here, below both.
 */
import type { Trace, TraceFlowRun } from '../model/types';

/** Which flow runs belong to the selected element: its own flow and the conditions it is checked by. */
export function flowRunsOf(runs: readonly TraceFlowRun[] | undefined, selected: string, shown: ShownMoment): TraceFlowRun[] {
  if (!runs) return [];
  return runs.filter((r) => reached(r, shown) && (r.step === selected || (r.step === undefined && r.stage === selected)));
}

/** The moment the run view shows: the index of the last event shown, its virtual time, and how many events the trace has. */
export interface ShownMoment {
  index: number;
  time: number;
  events: number;
}

/**
 * Whether the moment shown has passed a run: its time is behind the time shown, or the event
 * recorded right after it (`seq`) is shown — the last event, for a run after every event (the
 * evaluation that left a run stuck). Several events share a virtual time (a sync step starts and
 * completes at once), so the time alone would list a step's flow as run while the step still shows
 * Not started. A trace without `seq` (written by an earlier version) goes by time.
 */
function reached(run: TraceFlowRun, shown: ShownMoment): boolean {
  if (run.seq === undefined) return run.t <= shown.time;
  return run.t < shown.time || shown.index >= Math.min(run.seq, shown.events - 1);
}

const standIns = new WeakMap<Trace, ReadonlyMap<string, readonly TraceFlowRun[]>>();

/** The runs of a trace that took their stand-in, by the step (else stage) they belong to; worked out once per trace. */
function standInRunsOf(trace: Trace): ReadonlyMap<string, readonly TraceFlowRun[]> {
  let found = standIns.get(trace);
  if (!found) {
    const by = new Map<string, TraceFlowRun[]>();
    for (const r of trace.flowRuns ?? []) {
      if (!r.standIn) continue;
      const key = r.step ?? r.stage;
      by.set(key, [...(by.get(key) ?? []), r]);
    }
    standIns.set(trace, (found = by));
  }
  return found;
}

/** Whether, at the moment shown, a project flow of `element` (its own flow or a condition's) has taken its stand-in. */
export function standInShown(trace: Trace, element: string, shown: ShownMoment): boolean {
  return flowRunsOf(standInRunsOf(trace).get(element), element, shown).length > 0;
}
