/**
 * Investigation helper, not a benchmark: `node --import tsx bench/ui/probe.ts 10000` opens a generated
 * design of that many steps in the designer built by `npm run bench:ui` (or PROBE_DIST), prints the load
 * time with a CPU profile summary (self and inclusive time per function; build with `--minify false`
 * for readable names), the DOM by node kind as opened and after Fit view, and the same for the bare
 * page at that view. PROBE_ZOOM1=1 / PROBE_FIT=1 profile a pan-and-zoom at the opening view / at
 * fit-all, PROBE_FIT_PROFILE=1 the Fit view itself (PROBE_FIT_LOG=1 logs its frames and long tasks); PROBE_NO_BARE=1 skips the bare page, PROBE_SAVE=file.json keeps the opening's CPU profile
 * (open it in DevTools' Performance panel), PROBE_TRACE=file.json a Chrome trace of the opening; PROBE_IMPORT=1 opens
 * the design with Import's file picker instead of the test hook.
 * PROBE_PAN_TRACE=1 also traces the PROBE_ZOOM1 pan (Chromium devtools.timeline) and prints the main
 * thread's time by event (script, layout, pre-paint, paint, commit, GC); PROBE_STYLE='<css>' adds a style
 * sheet first, PROBE_HIDE='<css selector>'
 * hides part of the designer page first (e.g. `.react-flow__minimap`), to see what it costs.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { barePayload } from './flowPayload';
import { generateDesign } from './generateDesign';
import { panAndZoom, readViewport, timeImport, timeLoad } from './measure';
import { launchChromium, newBenchPage, openBare, openEmptyDesigner, servePreview } from './preview';
import { summarise, type CpuProfile } from './profileSummary';
import { traced as tracedAt } from './traceSummary';

/** `traced` with this probe's trace file. */
const traced = (browser: Browser, page: Page, work: () => Promise<unknown>) => tracedAt(browser, page, join(tmpdir(), `stageflow-probe-trace-${PORT}.json`), work);

const PORT = Number(process.env.BENCH_UI_PORT ?? 4330);
const OUT_DIR = process.env.PROBE_DIST ?? join(tmpdir(), `stageflow-bench-dist-${PORT}`);
const BASE = `http://127.0.0.1:${PORT}`;
const steps = Number(process.argv[2] ?? 10000);

async function counts(page: Page) {
  return page.evaluate(() => {
    const by: Record<string, number> = {};
    for (const n of document.querySelectorAll('.react-flow__nodes > .react-flow__node')) {
      const k = [...n.classList].find((c) => c.startsWith('react-flow__node-')) ?? '?';
      by[k] = (by[k] ?? 0) + 1;
    }
    return { by, edges: document.querySelectorAll('.react-flow__edge').length, minimap: document.querySelectorAll('.react-flow__minimap-node').length, all: document.querySelectorAll('*').length };
  });
}

async function main() {
  const server = await servePreview(PORT, OUT_DIR);
  const browser = await launchChromium();
  try {
    const doc = generateDesign(steps / 20, 20);
    const app = await newBenchPage(browser);
    await openEmptyDesigner(app, BASE);
    const paneBox = (await app.locator('.react-flow').boundingBox())!;
    const pane = { width: Math.round(paneBox.width), height: Math.round(paneBox.height) };
    await app.evaluate(() => { (window as unknown as { __o: (t: string) => void }).__o = (t) => { window.stageflow.loadDocument(t); }; });
    if (process.env.PROBE_STYLE_EARLY) await app.addStyleTag({ content: process.env.PROBE_STYLE_EARLY });
    const cdp = await app.context().newCDPSession(app);
    await cdp.send('Profiler.enable');
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.start');
    if (process.env.PROBE_TRACE) await browser.startTracing(app, { path: process.env.PROBE_TRACE, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', ...(process.env.PROBE_TRACE_CATS ?? '').split(',').filter(Boolean)] });
    const load = process.env.PROBE_IMPORT ? await timeImport(app, `${doc.name}.json`, JSON.stringify(doc), doc.stages[0]!.name) : await timeLoad(app, '__o', JSON.stringify(doc));
    if (process.env.PROBE_TRACE) await browser.stopTracing();
    console.log('app load', load);
    await app.waitForTimeout(1000);
    const openProfile = ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile;
    if (process.env.PROBE_SAVE) writeFileSync(process.env.PROBE_SAVE, JSON.stringify(openProfile));
    console.log(summarise(openProfile, 30));
    if (process.env.PROBE_STYLE) await app.addStyleTag({ content: process.env.PROBE_STYLE });
    if (process.env.PROBE_HIDE) await app.addStyleTag({ content: `${process.env.PROBE_HIDE} { display: none !important; }` });
    if (process.env.PROBE_ZOOM1) {
      await cdp.send('Profiler.start');
      console.log('pan at opening', await panAndZoom(app, cdp));
      console.log(summarise(((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile, 30));
      if (process.env.PROBE_PAN_TRACE) await traced(browser, app, async () => console.log('pan at opening, traced', await panAndZoom(app, cdp)));
    }
    await app.waitForTimeout(1000);
    console.log('opened', await readViewport(app), await counts(app));
    await app.evaluate(() => {
      const w = window as unknown as { __fitLongest: number; __fitLog: string[] };
      w.__fitLongest = 0;
      w.__fitLog = [];
      const t0 = performance.now();
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          w.__fitLongest = Math.max(w.__fitLongest, e.duration);
          w.__fitLog.push(`long task at ${Math.round(e.startTime - t0)} ms: ${Math.round(e.duration)} ms`);
        }
      }).observe({ type: 'longtask' });
      // what the canvas holds frame by frame while the view moves
      let frames = 0;
      const tick = () => {
        const m = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
        w.__fitLog.push(`frame at ${Math.round(performance.now() - t0)} ms: zoom ${m.a.toFixed(3)}, ${document.querySelectorAll('.react-flow__node-stage').length} stages, ${document.querySelectorAll('.react-flow__node-step').length} steps`);
        if (++frames < 40) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    if (process.env.PROBE_FIT_PROFILE) await cdp.send('Profiler.start');
    const t0 = Date.now();
    await app.getByRole('button', { name: 'Fit view', exact: true }).click();
    console.log('fit click took', Date.now() - t0);
    for (const wait of [600, 2000, 5000]) {
      await app.waitForTimeout(wait);
      console.log(`fit +${wait}`, await readViewport(app), await counts(app));
    }
    if (process.env.PROBE_FIT_PROFILE) console.log(summarise(((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile, 40));
    console.log('longest task while fitting', await app.evaluate(() => (window as unknown as { __fitLongest: number }).__fitLongest));
    if (process.env.PROBE_FIT_LOG) console.log((await app.evaluate(() => (window as unknown as { __fitLog: string[] }).__fitLog)).join('\n'));
    if (process.env.PROBE_FIT_JS) console.log('after fit:', await app.evaluate(process.env.PROBE_FIT_JS));
    if (process.env.PROBE_FIT) {
      await cdp.send('Profiler.start');
      console.log('pan at fit', await panAndZoom(app, cdp));
      console.log(summarise(((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile, 30));
      if (process.env.PROBE_PAN_TRACE) await traced(browser, app, async () => console.log('pan at fit, traced', await panAndZoom(app, cdp)));
    }
    if (process.env.PROBE_NO_BARE) return;
    const vp = await readViewport(app);
    // opened as the bench opens it (preview.ts), at the designer's view
    const { page: bare, load: bareLoad } = await openBare(browser, BASE, barePayload(doc, pane, vp));
    console.log('bare load', bareLoad);
    console.log('bare', await readViewport(bare), await counts(bare));
    if (process.env.PROBE_FIT && process.env.PROBE_PAN_TRACE) {
      const bareCdp = await bare.context().newCDPSession(bare);
      await bareCdp.send('Performance.enable');
      await bareCdp.send('Profiler.enable');
      await bareCdp.send('Profiler.start');
      console.log('bare pan', await panAndZoom(bare, bareCdp));
      console.log(summarise(((await bareCdp.send('Profiler.stop')) as { profile: CpuProfile }).profile, 30));
      await traced(browser, bare, async () => console.log('bare pan, traced', await panAndZoom(bare, bareCdp)));
    }
  } finally {
    await browser.close();
    server.kill('SIGKILL');
  }
}
main().catch((e: unknown) => { console.error(e); process.exit(1); });
