/** Which thread of a Chrome trace is the page's renderer main thread, for the probes that read traces. */

interface ThreadEvent { name: string; dur?: number; pid: number; tid: number; args?: { name?: string } }

/** A trace event's thread, as `pid:tid`. */
export const threadOf = (e: { pid: number; tid: number }): string => `${e.pid}:${e.tid}`;

/**
 * The busiest of the trace's CrRendererMain threads (by RunTask time): a trace can hold more than
 * one renderer, and the page's is the one doing the work measured.
 */
export function rendererMainThread(events: readonly ThreadEvent[]): string | undefined {
  const busy = new Map<string, number>();
  for (const e of events) if (e.name === 'RunTask') busy.set(threadOf(e), (busy.get(threadOf(e)) ?? 0) + (e.dur ?? 0));
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(threadOf);
  return mains.sort((a, b) => (busy.get(b) ?? 0) - (busy.get(a) ?? 0))[0];
}
