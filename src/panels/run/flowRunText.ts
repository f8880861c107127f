/**
 * Plain-text pieces of a flow run for the run panel (FORMAT addition `flowRuns`): what it was for,
 * how it ended, values in one line. Pure, so the panel stays small and this is tested alone.
 */
import { decisionInShort } from './decisionInShort';
import type { TraceFlowRun } from '../../model/types';
import { calendarText } from '../../ui/calendarText';
import { formatVirtualTime } from './formatTime';

/** The latest run of each purpose (the step's flow, its start condition…), in purpose order. */
export function latestByPurpose(runs: readonly TraceFlowRun[]): TraceFlowRun[] {
  const latest = new Map<string, TraceFlowRun>();
  for (const r of runs) latest.set(r.purpose, r);
  return [...latest.values()];
}

const PURPOSE: Readonly<Record<TraceFlowRun['purpose'], string>> = {
  step: 'its flow',
  start: 'its start condition',
  exit: 'its exit condition',
  completion: 'its completion condition',
};

/** "Resolve_Case (its flow): completed" — with the evaluation's answer for conditions. */
export function flowRunTitle(run: TraceFlowRun): string {
  const answer = run.result === undefined ? '' : `, returned ${String(run.result)}`;
  const stand = run.standIn ? ', stand-in used' : '';
  return `${run.flow} (${PURPOSE[run.purpose]}): ${run.resumed ? 'resumed, ' : ''}${run.status}${answer}${stand}`;
}

/**
 * Why an evaluation flow returned false: the decision, the outcome it took, and what it compared —
 * the first outcomes only when there are many (decisionInShort.ts; the panel lists them all).
 */
export function decisionReason(run: TraceFlowRun): string | null {
  if (run.result !== false || !run.decision) return null;
  return `Returned false because ${decisionInShort(run.decision).text}.`;
}

/**
 * What a waiting run waits for, read from its trace entry: the element it is paused at, the time it
 * resumes (virtual and on the run's calendar, which starts at `startMs`) and the platform events that
 * resume it. The panel said only "waiting", so a step In progress for days gave no reason (the
 * DeactivateUser demo's Wait_3_Days).
 */
export function waitingReason(run: TraceFlowRun, startMs: number): string | null {
  const waiting = run.status === 'waiting' ? run.waiting : undefined;
  if (!waiting) return null;
  const at = waiting.element === 'start' ? 'its scheduled paths' : waiting.element;
  const until = waiting.until === undefined ? null : `until ${formatVirtualTime(waiting.until)} (${calendarText(startMs + waiting.until)})`;
  const events = waiting.events ?? [];
  const published = events.length === 0 ? null : `until ${events.length === 1 ? 'the platform event' : 'one of the platform events'} ${events.join(', ')} is published`;
  return `Paused at ${at} ${[until, published].filter((w) => w !== null).join(', or ') || 'until it is resumed'}.`;
}

/** A value on one line (records as `{Field: value, …}`, text quoted). */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** A record change: `update Case 500…: Status "New" → "Working"`. */
export function changeText(change: TraceFlowRun['recordChanges'][number]): string {
  const fields = Object.keys(change.after ?? change.before ?? {}).filter((f) => f !== 'Id');
  const parts = fields.map((f) => {
    const before = change.before?.[f];
    const after = change.after?.[f];
    if (change.operation === 'create') return `${f} ${valueText(after)}`;
    if (change.operation === 'delete') return `${f} ${valueText(before)}`;
    return `${f} ${valueText(before)} → ${valueText(after)}`;
  });
  return `${change.operation} ${change.object} ${change.id}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
}
