/**
 * Investigation helper, not a benchmark: `node --import tsx bench/ui/probePlayback.ts` serves a build
 * (PROBE_DIST, default the one `npm run bench:ui` makes; build with `npx vite build --outDir <dir>
 * --minify false` for readable names) and measures the run-view playback of bench:ui (runPlayback.ts:
 * 2,000 steps at 100×) PROBE_RUNS times (default 2), printing the figures with the load average.
 * PROBE_NO_FOLLOW=1 turns "Follow the run" off first. PROBE_DOM=1 counts node mounts, unmounts and view moves and samples the DOM; PROBE_PROFILE=1 adds a CPU profile summary of the recording (profileSummary.ts; PROBE_SAVE=<file> keeps the profile); PROBE_TRACE=<file>
 * writes a DevTools trace of it instead (open it in the Performance panel).
 */
import { writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, servePreview } from './preview';
import { summarise, type CpuProfile } from './profileSummary';
import { measureRunPlayback, type PlaybackHooks } from './runPlayback';

const PORT = Number(process.env.BENCH_UI_PORT ?? 4330);
const OUT_DIR = process.env.PROBE_DIST ?? join(tmpdir(), `stageflow-bench-dist-${PORT}`);
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.PROBE_RUNS ?? 2);

function hooks(): PlaybackHooks {
  const noFollow = async (page: Page) => {
    if (process.env.PROBE_NO_FOLLOW) await page.getByRole('checkbox', { name: /follow/i }).uncheck();
    if (process.env.PROBE_DOM) {
      await page.evaluate(() => {
        const w = window as unknown as { __dom: { added: number; removed: number; viewMoves: number; samples: string[] } };
        w.__dom = { added: 0, removed: 0, viewMoves: 0, samples: [] };
        const isNode = (n: Node) => n instanceof HTMLElement && n.classList.contains('react-flow__node');
        new MutationObserver((records) => {
          for (const r of records) {
            if (r.type === 'attributes') { w.__dom.viewMoves++; continue; }
            r.addedNodes.forEach((n) => { if (isNode(n)) w.__dom.added++; });
            r.removedNodes.forEach((n) => { if (isNode(n)) w.__dom.removed++; });
          }
        }).observe(document.querySelector('.react-flow')!, { childList: true, subtree: true });
        new MutationObserver(() => { w.__dom.viewMoves++; }).observe(document.querySelector('.react-flow__viewport')!, { attributes: true, attributeFilter: ['style'] });
        const t0 = performance.now();
        const id = setInterval(() => {
          w.__dom.samples.push(`${Math.round(performance.now() - t0)} ms: ${document.querySelectorAll('.react-flow__node-step').length} steps, ${document.querySelectorAll('.react-flow__node-stage').length} stages, ${document.querySelectorAll('.react-flow__edge').length} edges`);
          if (performance.now() - t0 > 5000) clearInterval(id);
        }, 500);
      });
    }
  };
  const report = async (page: Page) => {
    if (process.env.PROBE_DOM) console.log(await page.evaluate(() => JSON.stringify((window as unknown as { __dom: unknown }).__dom, null, 1)));
    const deltas = await page.evaluate(() => (window as unknown as { __deltas: number[] }).__deltas);
    const sorted = [...deltas].sort((a, b) => a - b);
    console.log(`frame deltas: deciles ${[0.1, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99].map((q) => sorted[Math.floor(sorted.length * q)]?.toFixed(0)).join(' / ')} ms; over 33 ms: ${deltas.filter((d) => d > 33).length} of ${deltas.length}`);
    if (process.env.PROBE_COUNTERS) console.log(await page.evaluate(() => JSON.stringify(Object.fromEntries(Object.entries(globalThis).filter(([k]) => k.startsWith('__count_') || k === '__pick')))));
  };
  const profile = !!process.env.PROBE_PROFILE;
  const traceFile = process.env.PROBE_TRACE;
  let metricsBefore: Record<string, number> = {};
  const metrics = async (cdp: CDPSession) => Object.fromEntries(((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.map((m) => [m.name, m.value]));
  return {
    async beforePlay(cdp: CDPSession, page: Page) {
      await noFollow(page);
      await cdp.send('Performance.enable');
      metricsBefore = await metrics(cdp);
      if (traceFile) await page.context().browser()!.startTracing(page, { path: traceFile, screenshots: false });
      if (!profile) return;
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    },
    async afterRecording(cdp: CDPSession, page: Page) {
      if (traceFile) await page.context().browser()!.stopTracing();
      const after = await metrics(cdp);
      const d = (k: string) => ((after[k] ?? 0) - (metricsBefore[k] ?? 0)) * 1000;
      console.log(`main thread over the recording: task ${d('TaskDuration').toFixed(0)} ms (script ${d('ScriptDuration').toFixed(0)}, layout ${d('LayoutDuration').toFixed(0)}, style ${d('RecalcStyleDuration').toFixed(0)})`);
      await report(page);
      if (profile) {
        const recorded = ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile;
        if (process.env.PROBE_SAVE) writeFileSync(process.env.PROBE_SAVE, JSON.stringify(recorded));
        console.log(summarise(recorded, Number(process.env.PROBE_TOP ?? 40)));
      }
    },
  };
}

async function main() {
  const server = await servePreview(PORT, OUT_DIR);
  const browser = await launchChromium();
  try {
    for (let i = 0; i < RUNS; i++) {
      const before = loadavg()[0]!;
      const f = await measureRunPlayback(browser, BASE, 100, 2000, hooks());
      console.log(`run ${i + 1}: ready ${f.readyMs} ms; p95 frame ${f.p95FrameMs.toFixed(1)} ms, mean ${f.meanFrameMs.toFixed(1)} ms, ${f.frames} frames, ${f.eventsShown} events shown; load average ${before.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}`);
    }
  } finally {
    await browser.close();
    server.kill('SIGKILL');
  }
}
main().catch((e: unknown) => { console.error(e); process.exit(1); });
