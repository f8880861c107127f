/**
 * Reading a trace (FORMAT.md §4) the way an outside suite does: the ways it differs from what
 * the spec predicted (outsideContractDesigns.ts), and the status every stage and step has at a
 * virtual time, replayed from the trace's own events.
 */
import type { Prediction } from './outsideContractDesigns';

interface TraceEvent { seq: number; t: number; type: string; stage?: string; step?: string; decision?: string; outcome?: string | null; next?: string }
export interface Trace {
  run: { status: string; stalled: boolean; endedAt: number | null };
  stages: Record<string, Record<string, unknown>>;
  steps: Record<string, Record<string, unknown> & { why?: string | null }>;
  events: TraceEvent[];
}

/** Each way the trace differs from the prediction, in words; empty when it agrees. */
export function mismatches(trace: Trace, want: Prediction): string[] {
  const out: string[] = [];
  const same = (where: string, got: unknown, expected: unknown): void => {
    if (JSON.stringify(got) !== JSON.stringify(expected)) out.push(`${where}: got ${JSON.stringify(got)}, the spec says ${JSON.stringify(expected)}`);
  };
  same('run', { status: trace.run.status, stalled: trace.run.stalled, endedAt: trace.run.endedAt }, want.run);
  for (const [name, s] of Object.entries(want.stages)) {
    const got = trace.stages[name];
    if (!got) { out.push(`stage ${name}: not in the trace`); continue; }
    for (const [k, v] of Object.entries(s)) same(`stage ${name}.${k}`, got[k], v);
  }
  for (const name of want.notEntered ?? []) if (name in trace.stages) out.push(`stage ${name}: in the trace, but the run never enters it`);
  for (const [name, s] of Object.entries(want.steps)) {
    const got = trace.steps[name];
    if (!got) { out.push(`step ${name}: not in the trace`); continue; }
    for (const [k, v] of Object.entries(s)) {
      if (k !== 'why') { same(`step ${name}.${k}`, got[k], v); continue; }
      for (const part of v as string[]) if (!String(got.why ?? '').includes(part)) out.push(`step ${name}.why: ${JSON.stringify(got.why)} does not say ${JSON.stringify(part)}`);
    }
    if (s.status !== 'NotStarted' && got.why !== null) out.push(`step ${name}.why: ${JSON.stringify(got.why)} on a step that started`);
  }
  const taken = trace.events.filter((e) => e.type === 'decisionTaken').map((e) => [e.decision, e.outcome ?? null, e.next]);
  if (want.decisions) same('decisions taken', taken, want.decisions);
  same('last event time', trace.events.at(-1)?.t, want.lastT);
  return out;
}

const STEP_EVENTS: Record<string, string> = { stepStarted: 'InProgress', stepCompleted: 'Completed', stepErrored: 'Error', stepDiscontinued: 'Discontinued', stepCanceled: 'Canceled' };
const STAGE_EVENTS: Record<string, string> = {
  stageStarted: 'InProgress', stageCompleted: 'Completed', stageErrored: 'Error', stageDiscontinued: 'Discontinued',
  stageSuspended: 'Suspended', stageCanceled: 'Canceled', runResumed: 'InProgress', runRetried: 'InProgress',
};

/**
 * The status of every stage and step once every event at or before `t` has happened: NotStarted
 * until its stage is entered, and again each time the stage is entered (R7). `stepsOf` is the
 * design's stage → steps.
 */
export function statusesAt(trace: Trace, stepsOf: Record<string, string[]>, t: number): Record<string, string> {
  const now: Record<string, string> = {};
  for (const [stage, steps] of Object.entries(stepsOf)) { now[stage] = 'NotStarted'; for (const s of steps) now[s] = 'NotStarted'; }
  for (const e of trace.events) {
    if (e.t > t) break;
    if (e.step && e.type in STEP_EVENTS) now[e.step] = STEP_EVENTS[e.type]!;
    else if (e.stage && e.type in STAGE_EVENTS) {
      now[e.stage] = STAGE_EVENTS[e.type]!;
      if (e.type === 'stageStarted') for (const s of stepsOf[e.stage] ?? []) now[s] = 'NotStarted';
    }
  }
  return now;
}

/** The distinct times of the trace's events, in order. */
export const eventTimes = (trace: Trace): number[] => [...new Set(trace.events.map((e) => e.t))];
