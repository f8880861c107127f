/**
 * Opening a design on the designer (test hook) and on the bare page, several times, alternating:
 * median elapsed ms and main-thread CPU split (DevTools Performance.getMetrics deltas: task, script,
 * style, layout). For finding where the designer's opening time goes without a profiler's overhead.
 *
 *   npx vite build --outDir /tmp/probe-dist --emptyOutDir
 *   PROBE_DIST=/tmp/probe-dist node --import tsx bench/ui/probeLoad.ts 2000 [runs]
 *
 * The last line weighs the batch: the ratio of the medians, the median of the pairs' ratios, the CPU
 * ratio and the load average before → after (docs/performance.md, thirty-second round).
 *
 * PROBE_PROFILE=N prints each designer opening's CPU profile (top N functions, self and inclusive);
 * PROBE_SAVE=prefix also writes each as prefix.<run>.cpuprofile (DevTools' Performance panel opens it), and the
 * bare page's openings, profiled the same way, as prefix.bare.<run>.cpuprofile.
 * PROBE_TRACE=prefix writes a Chrome trace of each opening, designer and bare page (timeline and V8's
 * garbage collections): prefix.<run>.json and prefix.bare.<run>.json; each opening then also gets
 * `paintCpu`, the main thread's CPU from the opening task to the first Commit after it, and the verdict
 * line their ratio (traceToPaint.ts: the load of other processes barely moves it).
 * PROBE_ALLOC=N samples what each opening allocates, designer and bare page (DevTools' sampling heap
 * profiler, every 4 KB; objects collected since count too) and prints the total and the top N
 * functions by bytes allocated; PROBE_ALLOC_CALLERS=next,set also lists who called those functions
 * (two frames up), by bytes.
 * PROBE_JSON=path writes every opening's figures, designer and bare page, as JSON (to pool batches).
 * PROBE_INIT is a script run in the designer's page before it loads (switches an experimental build reads).
 * PROBE_STYLE_EARLY adds a style sheet to the designer's page before it opens the design.
 * PROBE_WARM=N: before the timed opening, the designer's page opens a generated design of N steps and
 * undoes it, so that the opening runs warm code (what the first opening of a page pays for running its
 * code the first time). The bare page opens and closes the same design first, unless
 * PROBE_WARM_DESIGNER_ONLY is set.
 */
import { writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { barePayload } from './flowPayload';
import { generateDesign } from './generateDesign';
import { summarise, type CpuProfile } from './profileSummary';
import { toFirstPaint } from './traceToPaint';
import { metrics, readViewport, settled, timeLoad } from './measure';
import { launchChromium, newBenchPage, openEmptyDesigner, servePreview } from './preview';

const PORT = Number(process.env.BENCH_UI_PORT ?? 4397);
const OUT_DIR = process.env.PROBE_DIST ?? join(tmpdir(), `stageflow-bench-dist-${PORT}`);
const BASE = `http://127.0.0.1:${PORT}`;
const steps = Number(process.argv[2] ?? 2000);
const runs = Number(process.argv[3] ?? 5);
// ThreadTime is the main thread's own CPU time, steadier than the wall clock on a busy machine;
// the counts say how many style recalculations and layouts the opening took, whatever their speed.
const KEYS = ['TaskDuration', 'ThreadTime', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'] as const;
const COUNTS = ['LayoutCount', 'RecalcStyleCount'] as const;

async function measured(page: Page, open: () => Promise<{ ms: number; maxLongTaskMs: number }>) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await metrics(cdp);
  const load = await open();
  const after = await metrics(cdp);
  const cpu = Object.fromEntries(KEYS.map((k) => [k, ((after[k] ?? 0) - (before[k] ?? 0)) * 1000]));
  const counts = Object.fromEntries(COUNTS.map((k) => [k, (after[k] ?? 0) - (before[k] ?? 0)]));
  return { ms: load.ms, longest: load.maxLongTaskMs, ...cpu, ...counts } as Record<string, number>;
}

interface SamplingNode { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: SamplingNode[] }

/** Starts the sampling heap profiler on `page`, keeping objects already collected; the function returned prints what was allocated. */
async function startAllocationSampling(page: Page, label: string): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  return async () => {
    const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as { profile: { head: SamplingNode } };
    const bySelf = new Map<string, number>();
    let total = 0;
    // PROBE_ALLOC_CALLERS=next,set: also who called those, by bytes (two frames up)
    const wanted = new Set((process.env.PROBE_ALLOC_CALLERS ?? '').split(',').filter(Boolean));
    const callers = new Map<string, number>();
    const name = (n: SamplingNode) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    const walk = (n: SamplingNode, up: SamplingNode[]) => {
      const key = name(n);
      bySelf.set(key, (bySelf.get(key) ?? 0) + n.selfSize);
      total += n.selfSize;
      if (n.selfSize > 0 && wanted.has(n.callFrame.functionName)) {
        const chain = `${n.callFrame.functionName} ← ${up.slice(-2).reverse().map(name).join(' ← ')}`;
        callers.set(chain, (callers.get(chain) ?? 0) + n.selfSize);
      }
      for (const c of n.children) walk(c, [...up, n]);
    };
    walk(profile.head, []);
    if (wanted.size) console.log([...callers].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1e6).toFixed(2).padStart(7)} MB  ${k}`).join('\n'));
    const top = [...bySelf].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROBE_ALLOC) || 20);
    console.log(`-- ${label}: ${(total / 1e6).toFixed(1)} MB allocated\n${top.map(([k, v]) => `${(v / 1e6).toFixed(2).padStart(7)} MB  ${k}`).join('\n')}`);
    await cdp.detach();
  };
}

/** Starts V8's sampling profiler on `page` (every 200 µs); the function returned stops it and gives the profile. */
async function startProfiler(page: Page): Promise<() => Promise<CpuProfile>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile;
}

function med(rows: Record<string, number>[]) {
  const keys = Object.keys(rows[0]!);
  const mid = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return Object.fromEntries(keys.map((k) => [k, Math.round(mid(rows.map((r) => r[k]!)))]));
}

/**
 * The verdict line: wall-clock ratio of the medians (what the bench reports), the median of each pair's
 * ratio, the main thread's CPU ratio (ThreadTime: what the designer does more, which the machine's load
 * moves far less than the wall clock), and the load average at the batch's start and end, without which
 * a batch's figures cannot be weighed (another helper's build doubles the wall-clock spread).
 */
function ratios(app: Record<string, number>[], bare: Record<string, number>[], loadBefore: number): string {
  const mid = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const of = (rows: Record<string, number>[], key: string) => mid(rows.map((r) => r[key]!));
  const pairs = mid(app.map((r, i) => r.ms! / bare[i]!.ms!));
  const paint = app[0]!.paintCpu === undefined ? '' : `, CPU to first paint ${Math.round(of(app, 'paintCpu'))} / ${Math.round(of(bare, 'paintCpu'))} ms (${(of(app, 'paintCpu') / of(bare, 'paintCpu')).toFixed(2)})`;
  return `ratio ${(of(app, 'ms') / of(bare, 'ms')).toFixed(2)} (pairs ${pairs.toFixed(2)}), CPU ratio ${(of(app, 'ThreadTime') / of(bare, 'ThreadTime')).toFixed(2)}${paint}, hook ${Math.round(of(app, 'hook'))} ms, load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`;
}

async function main() {
  const loadBefore = loadavg()[0]!;
  const server = await servePreview(PORT, OUT_DIR);
  const browser = await launchChromium();
  try {
    const doc = generateDesign(steps / 20, 20);
    const text = JSON.stringify(doc);
    const app: Record<string, number>[] = [];
    const bare: Record<string, number>[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await newBenchPage(browser);
      if (process.env.PROBE_INIT) await page.addInitScript({ content: process.env.PROBE_INIT });
      await openEmptyDesigner(page, BASE);
      if (process.env.PROBE_WARM) {
        // The page has opened a design of PROBE_WARM steps and undone it (back to the empty design) before the timed opening.
        const small = JSON.stringify(generateDesign(Number(process.env.PROBE_WARM) / 20, 20));
        await page.evaluate((t) => { window.stageflow.loadDocument(t); }, small);
        await settled(page);
        await page.getByRole('button', { name: /^Undo/ }).first().click();
        await settled(page);
      }
      await page.waitForTimeout(300);
      if (process.env.PROBE_STYLE_EARLY) await page.addStyleTag({ content: process.env.PROBE_STYLE_EARLY });
      const box = (await page.locator('.react-flow').boundingBox())!;
      await page.evaluate(() => { (window as unknown as { __o: (t: string) => void }).__o = (t) => {
        const t0 = performance.now();
        window.stageflow.loadDocument(t);
        (window as unknown as { __hookMs: number }).__hookMs = performance.now() - t0;
      }; });
      if (process.env.PROBE_TRACE) await browser.startTracing(page, { path: `${process.env.PROBE_TRACE}.${i}.json`, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'disabled-by-default-v8.gc', 'disabled-by-default-v8.compile', 'v8.execute'] });
      const profiler = process.env.PROBE_PROFILE ? await startProfiler(page) : null;
      const allocations = process.env.PROBE_ALLOC ? await startAllocationSampling(page, `designer, run ${i}`) : null;
      app.push(await measured(page, () => timeLoad(page, '__o', text)));
      await allocations?.();
      if (profiler) {
        const profile = await profiler();
        console.log(`-- run ${i}\n${summarise(profile, Number(process.env.PROBE_PROFILE) || 25)}`);
        if (process.env.PROBE_SAVE) writeFileSync(`${process.env.PROBE_SAVE}.${i}.cpuprofile`, JSON.stringify(profile));
      }
      if (process.env.PROBE_TRACE) {
        await browser.stopTracing();
        app[app.length - 1]!.paintCpu = toFirstPaint(`${process.env.PROBE_TRACE}.${i}.json`)?.cpuMs ?? NaN;
      }
      app[app.length - 1]!.hook = await page.evaluate(() => (window as unknown as { __hookMs: number }).__hookMs);
      // Marks a build may carry for investigation (performance.mark in the code): gaps between them.
      const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as const));
      if (marks.length > 1) console.log('marks', marks.slice(1).map(([name, at], k) => `${name}+${(at - marks[k]![1]).toFixed(1)}`).join(' '));
      await settled(page);
      const viewport = await readViewport(page);
      await page.close();
      const b = await newBenchPage(browser);
      await b.goto(`${BASE}/?bench=bare`);
      await b.waitForFunction(() => !!window.benchLoad);
      await b.waitForTimeout(300);
      const pane = { width: Math.round(box.width), height: Math.round(box.height) };
      const payload = process.env.PROBE_BOXES ? barePayload(doc, pane, viewport) : { text, pane, viewport };
      if (process.env.PROBE_WARM && !process.env.PROBE_WARM_DESIGNER_ONLY) {
        // the same warm-up as the designer's: a design of PROBE_WARM steps opened and closed
        const small = JSON.stringify(generateDesign(Number(process.env.PROBE_WARM) / 20, 20));
        await b.evaluate(([t, p]) => { window.benchLoad!({ text: t, pane: p, viewport: { x: 0, y: 0, zoom: 1 } }); }, [small, pane] as const);
        await settled(b);
        await b.evaluate(() => window.benchClose!());
        await b.waitForFunction(() => !document.querySelector('.react-flow'));
        await b.waitForTimeout(300);
      }
      if (process.env.PROBE_TRACE) await browser.startTracing(b, { path: `${process.env.PROBE_TRACE}.bare.${i}.json`, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'disabled-by-default-v8.gc', 'disabled-by-default-v8.compile', 'v8.execute'] });
      const bareProfiler = process.env.PROBE_SAVE ? await startProfiler(b) : null;
      const bareAllocations = process.env.PROBE_ALLOC ? await startAllocationSampling(b, `bare page, run ${i}`) : null;
      bare.push(await measured(b, () => timeLoad(b, 'benchLoad', payload)));
      await bareAllocations?.();
      if (bareProfiler) writeFileSync(`${process.env.PROBE_SAVE}.bare.${i}.cpuprofile`, JSON.stringify(await bareProfiler()));
      if (process.env.PROBE_TRACE) {
        await browser.stopTracing();
        bare[bare.length - 1]!.paintCpu = toFirstPaint(`${process.env.PROBE_TRACE}.bare.${i}.json`)?.cpuMs ?? NaN;
      }
      await b.close();
    }
    console.log('app ', JSON.stringify(med(app)), app.map((r) => `${Math.round(r.ms!)}/${Math.round(r.hook!)}/${Math.round(r.TaskDuration!)}/${Math.round(r.longest!)}`).join(' '));
    console.log('bare', JSON.stringify(med(bare)), bare.map((r) => Math.round(r.ms!)).join(' '));
    console.log(ratios(app, bare, loadBefore));
    // every opening's figures, for pooling several batches (a build against another, alternating)
    if (process.env.PROBE_JSON) writeFileSync(process.env.PROBE_JSON, JSON.stringify({ app, bare, load: [loadBefore, loadavg()[0]] }));
  } finally {
    await browser.close();
    server.kill();
  }
}

void main();
