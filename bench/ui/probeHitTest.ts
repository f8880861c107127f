/**
 * Where the pointer's hit tests go during one pan-and-zoom, designer against the bare page, at a
 * view (fit-all by default, PROBE_VIEW=zoom1): fresh page sessions, each the designer and the bare
 * page of the same build at the same view (DOM counts checked), a warm-up each, then one traced
 * interaction on each page. Per page it prints the main thread's HitTest events — how many, their
 * thread time, and what ran them (the innermost enclosing event: a mouse or wheel dispatch, a
 * frame's hover update) — beside the main thread's CPU, and the per-session medians at the end, with
 * the load average. PROBE_STYLE='<css>' adds a style sheet to the designer once the view is set, so
 * a lever can be weighed on the same page build (docs/performance.md, thirty-seventh round).
 *
 *   PROBE_DIST=/tmp/probe-dist BENCH_UI_PORT=4391 PROBE_SESSIONS=7 node --import tsx bench/ui/probeHitTest.ts 10000
 */
import { readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { barePayload } from './flowPayload';
import { generateDesign } from './generateDesign';
import { domCounts, medianOf, panAndZoom, readViewport } from './measure';
import { launchChromium, openBare, openDesignerAt, servePreview } from './preview';
import { rendererMainThread } from './rendererMainThread';

const PORT = Number(process.env.BENCH_UI_PORT ?? 4391);
const DIST = process.env.PROBE_DIST ?? join(tmpdir(), `stageflow-bench-dist-${PORT}`);
const steps = Number(process.argv[2] ?? 10000);
const sessions = Number(process.env.PROBE_SESSIONS ?? 3);
const view = process.env.PROBE_VIEW === 'zoom1' ? 'zoom1' : 'fit';

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { name?: string; data?: { type?: string } } }
interface HitSummary { threadMs: number; hitN: number; hitMs: number; by: Map<string, { n: number; ms: number }> }

/** The main thread's HitTest events of one traced interaction, grouped by what ran them. */
async function tracedHits(browser: Browser, page: Page, path: string): Promise<HitSummary> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await panAndZoom(page, cdp);
  await browser.startTracing(page, { path, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const cpu = await panAndZoom(page, cdp);
  await browser.stopTracing();
  const events = (JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = rendererMainThread(events);
  const mine = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const by = new Map<string, { n: number; ms: number }>();
  let hitN = 0;
  let hitMs = 0;
  const open: TraceEvent[] = [];
  for (const e of mine) {
    while (open.length && open[open.length - 1]!.ts + (open[open.length - 1]!.dur ?? 0) <= e.ts) open.pop();
    if (e.name === 'HitTest') {
      const ms = (e.tdur ?? e.dur ?? 0) / 1000;
      hitN++;
      hitMs += ms;
      const parent = [...open].reverse().find((p) => p.name !== 'HitTest');
      const key = parent ? `${parent.name}${parent.args?.data?.type ? `:${parent.args.data.type}` : ''}` : '(top)';
      const entry = by.get(key) ?? { n: 0, ms: 0 };
      entry.n++;
      entry.ms += ms;
      by.set(key, entry);
    }
    open.push(e);
  }
  return { threadMs: cpu.threadMs, hitN, hitMs, by };
}

const line = (who: string, h: HitSummary) =>
  `  ${who}: thread ${h.threadMs.toFixed(0)} ms; ${h.hitN} hit tests, ${h.hitMs.toFixed(0)} ms — ${[...h.by].sort((a, b) => b[1].ms - a[1].ms).map(([k, v]) => `${k} ${v.n}× ${v.ms.toFixed(0)}`).join(', ')}`;

async function main() {
  const server = await servePreview(PORT, DIST);
  const browser = await launchChromium();
  const rows: { app: HitSummary; bare: HitSummary }[] = [];
  try {
    const doc = generateDesign(steps / 20, 20);
    const text = JSON.stringify(doc);
    const base = `http://127.0.0.1:${PORT}`;
    for (let s = 0; s < sessions; s++) {
      const app = await openDesignerAt(browser, base, text, view);
      if (process.env.PROBE_STYLE) await app.addStyleTag({ content: process.env.PROBE_STYLE });
      const pane = (await app.locator('.react-flow').boundingBox())!;
      const { page: bare } = await openBare(browser, base, barePayload(doc, { width: Math.round(pane.width), height: Math.round(pane.height) }, await readViewport(app)));
      const [a, b] = [await domCounts(app), await domCounts(bare)];
      if (a.nodes !== b.nodes || a.edges !== b.edges) throw new Error(`not like for like: app ${JSON.stringify(a)}, bare ${JSON.stringify(b)}`);
      const first = s % 2 === 0;
      const row = first
        ? { app: await tracedHits(browser, app, join(tmpdir(), `hit-app-${PORT}.json`)), bare: await tracedHits(browser, bare, join(tmpdir(), `hit-bare-${PORT}.json`)) }
        : { bare: await tracedHits(browser, bare, join(tmpdir(), `hit-bare-${PORT}.json`)), app: await tracedHits(browser, app, join(tmpdir(), `hit-app-${PORT}.json`)) };
      rows.push(row);
      console.log(`session ${s + 1} (DOM ${a.nodes}/${a.edges}, load ${loadavg()[0]!.toFixed(1)})\n${line('designer', row.app)}\n${line('bare', row.bare)}`);
      await app.close();
      await bare.close();
    }
    const med = (f: (h: HitSummary) => number, who: 'app' | 'bare') => medianOf(rows.map((r) => f(r[who]))).toFixed(0);
    console.log(`medians of ${rows.length} sessions: thread ${med((h) => h.threadMs, 'app')} / ${med((h) => h.threadMs, 'bare')} ms; hit tests ${med((h) => h.hitN, 'app')} / ${med((h) => h.hitN, 'bare')}, ${med((h) => h.hitMs, 'app')} / ${med((h) => h.hitMs, 'bare')} ms (designer / bare)`);
  } finally {
    await browser.close();
    server.kill('SIGKILL');
  }
}
main().catch((e: unknown) => { console.error(e); process.exit(1); });
