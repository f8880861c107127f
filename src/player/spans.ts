/**
 * Time spans of stages and steps in a trace, for the Gantt chart: one span per start, from its
 * start event to the event that ended it (or the end of the run when it is still running).
 */
import type { Trace } from '../model/types';

export interface Span {
  element: string;
  kind: 'stage' | 'step';
  start: number;
  end: number;
  /** How the span ended; InProgress / Suspended when it had not ended. */
  status: string;
}

const ENDS: Record<string, string> = {
  stageCompleted: 'Completed', stageErrored: 'Error', stageDiscontinued: 'Discontinued', stageCanceled: 'Canceled',
  stepCompleted: 'Completed', stepErrored: 'Error', stepDiscontinued: 'Discontinued', stepCanceled: 'Canceled',
};

/** Spans in the order the elements first started; `upTo` limits them to events 0..upTo. */
export function spansOf(trace: Trace, upTo = trace.events.length - 1): Span[] {
  const open = new Map<string, Span>();
  const spans: Span[] = [];
  const events = trace.events;
  const now = upTo >= 0 ? (events[Math.min(upTo, events.length - 1)]?.t ?? 0) : 0;
  for (let i = 0; i <= upTo && i < events.length; i++) {
    const e = events[i]!;
    const isStage = e.type.startsWith('stage');
    const element = isStage ? e.stage : e.step;
    if (!element || !(isStage || e.type.startsWith('step'))) continue;
    if (e.type === 'stageStarted' || e.type === 'stepStarted') {
      const span: Span = { element, kind: isStage ? 'stage' : 'step', start: e.t, end: now, status: 'InProgress' };
      open.set(element, span);
      spans.push(span);
    } else if (ENDS[e.type]) {
      const span = open.get(element);
      if (span) {
        span.end = e.t;
        span.status = ENDS[e.type]!;
        open.delete(element);
      }
    }
  }
  for (const span of open.values()) span.end = now;
  return spans;
}
