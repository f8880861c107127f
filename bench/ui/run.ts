/**
 * UI benchmark (`npm run bench:ui`): builds the app (unless --no-build), serves it with
 * `vite preview`, and drives Chromium (playwright-core, the flags of playwright.config.ts) through
 * generated designs of 200, 1,000 and 2,000 steps — opened with window.stageflow.loadDocument —
 * and through a bare React Flow page with the same nodes. Records load time and p95 frame time
 * while panning and zooming; writes bench/ui-results.json and the UI section of docs/performance.md.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import config from '../../playwright.config';
import { generateDesign } from './generateDesign';
import { panAndZoom, timeLoad, type PageFigures } from './measure';
import { writeReport } from './report';
import { measureRunPlayback } from './runPlayback';

const PORT = Number(process.env.BENCH_UI_PORT ?? 4330);
/** Outside the repository, so lint and git never see the bench build. */
const OUT_DIR = join(tmpdir(), 'stageflow-bench-dist');
const BASE = `http://127.0.0.1:${PORT}`;
const SIZES = [
  { steps: 200, stages: 10 },
  { steps: 1000, stages: 50 },
  { steps: 2000, stages: 100 },
];

async function serve(): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', OUT_DIR], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`vite preview did not start on ${BASE}`);
}

async function measure(browser: Browser, kind: 'app' | 'bare', stages: number, steps: number): Promise<PageFigures> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // tsx keeps function names with a `__name` helper that does not exist inside the page.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  try {
    if (kind === 'app') {
      await page.goto(`${BASE}/?new`);
      await page.waitForFunction(() => !!window.stageflow);
      await page.waitForTimeout(300);
      const text = JSON.stringify(generateDesign(stages, steps / stages));
      const loadMs = await timeLoad(page, { page: 'app', text });
      await page.waitForTimeout(500);
      const frames = await panAndZoom(page);
      return { loadMs, ...frames, renderedNodes: await page.locator('.react-flow__node').count() };
    }
    await page.goto(`${BASE}/?bench=bare`);
    await page.waitForFunction(() => !!window.benchLoad);
    const loadMs = await timeLoad(page, { page: 'bare', stages, steps: steps / stages });
    await page.waitForTimeout(500);
    const frames = await panAndZoom(page);
    return { loadMs, ...frames, renderedNodes: await page.locator('.react-flow__node').count() };
  } finally {
    await page.close();
  }
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', OUT_DIR, '--emptyOutDir'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('build failed');
  }
  const loadBefore = loadavg()[0]!;
  const server = await serve();
  const launch = config.use?.launchOptions ?? {};
  const browser = await chromium.launch({ executablePath: launch.executablePath ?? '/usr/bin/chromium', args: launch.args ?? [] });
  try {
    const rows = [];
    for (const size of SIZES) {
      const app = await measure(browser, 'app', size.stages, size.steps);
      const bare = await measure(browser, 'bare', size.stages, size.steps);
      const row = {
        ...size,
        app,
        bare,
        loadRatio: app.loadMs / bare.loadMs,
        p95Ratio: app.p95FrameMs / bare.p95FrameMs,
      };
      console.log(`${size.steps} steps: app load ${app.loadMs.toFixed(0)} ms, p95 ${app.p95FrameMs.toFixed(1)} ms | bare load ${bare.loadMs.toFixed(0)} ms, p95 ${bare.p95FrameMs.toFixed(1)} ms | ratios load ${row.loadRatio.toFixed(2)}, p95 ${row.p95Ratio.toFixed(2)}`);
      rows.push(row);
    }
    const playback = await measureRunPlayback(browser, BASE, 100, 2000);
    console.log(`run playback, 2000 steps at 100x: ready in ${playback.readyMs} ms, p95 frame ${playback.p95FrameMs.toFixed(1)} ms over ${playback.frames} frames, ${playback.eventsShown} events shown`);
    const results = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, chromium: browser.version(), flags: launch.args ?? [], loadAverage: [loadBefore, loadavg()[0]!] },
      targets: { loadMs: 2000, p95FrameMs: 16.7, ratio: 1.3, playbackP95FrameMs: 33 },
      rows,
      playback,
    };
    writeFileSync('bench/ui-results.json', `${JSON.stringify(results, null, 2)}\n`);
    writeReport(results);
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
