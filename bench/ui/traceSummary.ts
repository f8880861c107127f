/** For the probes: a Chromium trace of some work, summarised as the renderer main thread's time by event. */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { rendererMainThread } from './rendererMainThread';

interface TraceEvent { name: string; ph: string; dur?: number; pid: number; tid: number; args?: { name?: string } }

/**
 * Runs `work` under a Chromium trace written to `path` and prints the renderer main thread's time by
 * event name (ms, top 15; an event's time includes the events nested in it).
 */
export async function traced(browser: Browser, page: Page, path: string, work: () => Promise<unknown>, label = 'main thread by event (ms):'): Promise<void> {
  await browser.startTracing(page, { path, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await work();
  await browser.stopTracing();
  const events = (JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = rendererMainThread(events);
  const by = new Map<string, number>();
  for (const e of events) if (`${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur) by.set(e.name, (by.get(e.name) ?? 0) + e.dur / 1000);
  console.log(label, [...by].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '));
}
