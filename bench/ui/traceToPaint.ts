/**
 * For the probes: from a Chromium trace of one opening (probeLoad.ts `PROBE_TRACE`), the renderer
 * main thread's own CPU (thread time) from the opening's first task to the end of the first Commit
 * after its longest — what the first paint of the opened design waited for on the main thread. The
 * opening's first task is the first of 5 ms of CPU or more: before it the page only idles (timeLoad
 * hands the text over and waits 100 ms), and the bare page parses in one task and renders in the next. Unlike the wall
 * clock, another process's load barely moves it, so two builds can be set side by side on a busy
 * machine (docs/performance.md, thirty-fifth round).
 */
import { readFileSync } from 'node:fs';
import { rendererMainThread, threadOf } from './rendererMainThread';

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { name?: string } }

export interface ToPaint {
  /** Main-thread CPU ms from the opening's first task to the end of the first Commit after its longest. */
  cpuMs: number;
  /** The same span's wall clock ms. */
  wallMs: number;
  /** The opening's longest task: its CPU ms. */
  openingCpuMs: number;
}

export function toFirstPaint(path: string): ToPaint | null {
  const events = (JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const thread = threadOf;
  const main = rendererMainThread(events);
  const tasks = events.filter((e) => thread(e) === main && e.ph === 'X' && e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const longest = tasks.reduce<TraceEvent | null>((m, t) => ((t.dur ?? 0) > (m?.dur ?? 0) ? t : m), null);
  const first = tasks.find((t) => (t.tdur ?? t.dur ?? 0) >= 5000);
  if (!longest || !first) return null;
  const commit = events.filter((e) => thread(e) === main && e.ph === 'X' && e.name === 'Commit' && e.ts >= longest.ts).sort((a, b) => a.ts - b.ts)[0];
  const end = commit ? commit.ts + (commit.dur ?? 0) : longest.ts + (longest.dur ?? 0);
  let cpu = 0;
  for (const t of tasks) if (t.ts >= first.ts && t.ts < end) cpu += t.tdur ?? t.dur ?? 0;
  return { cpuMs: cpu / 1000, wallMs: (end - first.ts) / 1000, openingCpuMs: (longest.tdur ?? 0) / 1000 };
}
