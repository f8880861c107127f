/**
 * A flow run as the trace keeps it (FORMAT addition `flowRuns`): the interpreter's report made
 * compact — text values cut at 200 characters, lists inside values at 20 items, records at 30
 * fields, and each list of the entry at its own cap, with what was left out counted in `omitted`.
 * Deterministic: the same report always gives the same entry.
 */
import { capValue, type FlowRun } from '../../flows/interpreter';
import type { TraceFlowRun } from '../../model/types';

const MAX_PATH = 200;
const MAX_LIST = 100;
/** Record Ids of one read kept, as a value's list items (capValue). */
const MAX_IDS = 20;

function capFields(fields: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> | undefined {
  return fields === undefined ? undefined : (capValue(fields, 1) as Record<string, unknown>);
}

/** Where the entry's run came from and what it was for. */
export interface FlowRunPlace {
  readonly t: number;
  readonly stage: string;
  readonly step?: string;
  readonly purpose: TraceFlowRun['purpose'];
  /** Counts of the report's lists already recorded before a wait (a resumed run lists only what is new). */
  readonly since?: FlowRunCounts;
}

/** How long each list of a report was (to record only what a resumed run added). */
export interface FlowRunCounts {
  readonly path: number;
  readonly assignments: number;
  readonly recordsRead: number;
  readonly recordChanges: number;
  readonly sideEffects: number;
}

/** The counts of a report's lists now. */
export function countsOf(run: FlowRun): FlowRunCounts {
  return {
    path: run.path.length, assignments: run.assignments.length, recordsRead: run.recordsRead.length,
    recordChanges: run.recordChanges.length, sideEffects: run.sideEffects.length,
  };
}

/** The stop message of a run, or undefined when it completed or waits. */
export function stopMessage(run: FlowRun): string | undefined {
  if (run.status === 'unsupported') return run.unsupported?.message ?? 'the flow uses something the simulator does not run';
  if (run.status === 'faulted') {
    const message = run.fault?.message ?? 'the flow failed';
    const element = run.fault?.element;
    return element && !message.startsWith(`${element}:`) ? `${element}: ${message}` : message;
  }
  return undefined;
}

/**
 * The last decision the run went through and the outcome it took, with the outcomes before it that
 * were not met (the interpreter's check, values capped), so the why can say what it compared.
 */
export function lastDecision(run: FlowRun): NonNullable<TraceFlowRun['decision']> | undefined {
  for (let i = run.path.length - 1; i >= 0; i--) {
    const p = run.path[i]!;
    if (p.kind !== 'decision' || p.outcome === undefined) continue;
    const check = run.lastDecision;
    // the check is of the same decision unless a wait's resumption started a new report since
    if (!check || check.element !== p.element || check.outcome !== p.outcome) return { element: p.element, outcome: p.outcome };
    const notMet = check.notMet.slice(0, MAX_LIST).map((n) => ({
      outcome: n.outcome,
      rows: n.rows.slice(0, MAX_LIST).map((r) => ({ left: r.left, operator: r.operator, ...(r.value !== undefined ? { value: capValue(r.value) } : {}), ...(r.expected !== undefined ? { expected: capValue(r.expected) } : {}) })),
      ...(n.heldBefore ? { heldBefore: true as const } : {}),
    }));
    return { element: p.element, outcome: p.outcome, ...(notMet.length > 0 ? { notMet } : {}) };
  }
  return undefined;
}

/** The trace entry of one flow run (or of the part a resumed run added). */
export function traceEntry(run: FlowRun, place: FlowRunPlace, extra: { standIn?: boolean; result?: boolean } = {}): TraceFlowRun {
  const since = place.since;
  const omitted: Record<string, number> = {};
  const take = <T, U>(name: string, list: readonly T[], from: number, cap: number, map: (item: T) => U): U[] => {
    const fresh = list.slice(from);
    if (fresh.length > cap) omitted[name] = fresh.length - cap;
    return fresh.slice(0, cap).map(map);
  };
  const entry: TraceFlowRun = {
    t: place.t,
    flow: run.flow,
    ...(run.file !== undefined ? { file: run.file } : {}),
    stage: place.stage,
    ...(place.step !== undefined ? { step: place.step } : {}),
    purpose: place.purpose,
    status: run.status,
    ...(since ? { resumed: true } : {}),
    path: take('path', run.path, since?.path ?? 0, MAX_PATH, (p) => ({
      element: p.element, kind: p.kind,
      ...(p.outcome !== undefined ? { outcome: p.outcome } : {}),
      ...(p.fault !== undefined ? { fault: capValue(p.fault) as string } : {}),
      ...(p.subflow ? { subflow: p.subflow.flow } : {}),
      // a screen's fields hidden by their visibility rules, and the answers given to them that were not taken
      ...(p.hidden ? { hidden: p.hidden.slice(0, MAX_LIST) } : {}),
      ...(p.answersNotTaken ? { answersNotTaken: p.answersNotTaken.slice(0, MAX_LIST) } : {}),
    })),
    assignments: take('assignments', run.assignments, since?.assignments ?? 0, MAX_LIST, (a) => ({
      element: a.element, variable: a.variable, ...(a.operator !== undefined ? { operator: a.operator } : {}), value: a.value /* cut by the interpreter's log (capValue) */,
    })),
    recordsRead: take('recordsRead', run.recordsRead, since?.recordsRead ?? 0, MAX_LIST, (r) => ({
      element: r.element, object: r.object, ids: r.ids.slice(0, MAX_IDS),
    })),
    recordChanges: take('recordChanges', run.recordChanges, since?.recordChanges ?? 0, MAX_LIST, (c) => {
      const before = capFields(c.before);
      const after = capFields(c.after);
      return { element: c.element, operation: c.operation, object: c.object, id: c.id, ...(before ? { before } : {}), ...(after ? { after } : {}) };
    }),
    sideEffects: take('sideEffects', run.sideEffects, since?.sideEffects ?? 0, MAX_LIST, (s) => ({
      element: s.element, description: capValue(s.description) as string, ...(s.fault !== undefined ? { fault: s.fault } : {}),
    })),
    outputs: capValue(run.outputs, 1) as Record<string, unknown>,
    elementsExecuted: run.elementsExecuted,
  };
  const message = stopMessage(run);
  if (message !== undefined) entry.message = capValue(message) as string;
  if (run.stoppedBy) entry.stoppedBy = run.stoppedBy;
  if (extra.standIn) entry.standIn = true;
  if (extra.result !== undefined) entry.result = extra.result;
  // what a waiting run waits for: its element, its time, its events (the Why panel says it)
  if (run.status === 'waiting' && run.waiting) {
    const { element, until, events } = run.waiting;
    entry.waiting = { element, ...(until !== undefined ? { until } : {}), ...(events?.length ? { events: events.slice(0, MAX_LIST) } : {}) };
  }
  const decision = place.purpose === 'step' ? undefined : lastDecision(run);
  if (decision) entry.decision = decision;
  if (Object.keys(omitted).length > 0) entry.omitted = omitted;
  return entry;
}
