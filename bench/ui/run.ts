/**
 * UI benchmark (`npm run bench:ui`): builds the app (unless --no-build), serves it with
 * `vite preview`, and drives Chromium (playwright-core, the flags of playwright.config.ts) through
 * generated designs of 200, 2,000 and 10,000 steps on the designer and on a bare React Flow page that
 * is given the same design as plain boxes (same ids, kinds, sizes, positions, handles, edges) and
 * hands React Flow the part the view needs by the designer's own rule on every frame, in a pane of
 * the same pixel size at the same viewport with the same React Flow settings. For each size: load
 * time (median of 5 openings against the bare page opening the same text, and given ready-made
 * boxes for reference); then for two views (everything fitted, zoom 100%) the CPU work of a pan-and-zoom interaction
 * (DevTools Performance metrics, 7 rounds of one on each page alternating, the median of the rounds' ratios) and its long tasks. Both pages report the DOM nodes
 * (mounted by React Flow, and the hidden stand-ins of the others, canvas/StandInLayer.tsx) and edges they rendered at each view and again after the interactions (which end where they began);
 * the benchmark fails when those differ (the comparison would not be like for like).
 * Writes bench/ui-results.json and the UI section of docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import config from '../../playwright.config';
import { barePayload } from './flowPayload';
import { generateDesign } from './generateDesign';
import { domCounts, median, medianOf, panAndZoom, readViewport, settled, timeImport, timeLoad, type DomCounts, type InteractionCpu } from './measure';

/** An opening: ms until painted, the longest task, and for the designer the test hook's own synchronous part. */
type Load = { ms: number; maxLongTaskMs: number; hookMs?: number };
import { writeReport, type UiResults, type ViewRow } from './report';
import { IDLE_BEFORE_LOAD_MS, launchChromium, newBenchPage, openBare, openEmptyDesigner, servePreview } from './preview';
import { measureRunPlayback } from './runPlayback';

const PORT = Number(process.env.BENCH_UI_PORT ?? 4330);
/** Outside the repository, so lint and git never see the bench build. */
const OUT_DIR = join(tmpdir(), `stageflow-bench-dist-${PORT}`);
const BASE = `http://127.0.0.1:${PORT}`;
const STEPS_PER_STAGE = 20;
const SIZES = (process.env.BENCH_UI_SIZES ?? '200,2000,10000').split(',').map(Number);
/**
 * Rounds of pan-and-zoom pairs after the warm-up. With three, one build's 10,000-step fit-all ratio
 * ran from 0.76 to 1.60 over six batches on a shared machine; with seven, judged by the median of the
 * rounds' own ratios, from 1.02 to 1.58, about the same centre (docs/performance.md, thirty-third round).
 */
const RUNS = 7;
const LOAD_RUNS = 5;
/** A step of the bench that has not finished in this long has hung (a run once sat idle for 25 minutes after its 10,000-step views). */
const STALL_MS = Number(process.env.BENCH_UI_STALL_MS ?? 5 * 60_000);
let stallTimer: NodeJS.Timeout | undefined;
/** Closes the browser and the preview server when a step hangs (set by main). */
let closeOnStall: () => Promise<unknown> = async () => undefined;
/** Names the step the bench is in; if the step outlasts STALL_MS, the bench stops and says which step hung, instead of waiting for ever. */
function step(name: string): void {
  clearTimeout(stallTimer);
  stallTimer = setTimeout(() => {
    console.error(`bench:ui: no progress for ${Math.round(STALL_MS / 1000)} s while ${name}; stopped`);
    void Promise.race([closeOnStall(), new Promise((resolve) => setTimeout(resolve, 5000))]).finally(() => process.exit(1));
  }, STALL_MS);
  stallTimer.unref();
}
const VIEWS = ['fit-all', 'zoom 1'] as const;



/**
 * CPU of pan-and-zoom interactions on the designer and on the bare page, alternating between them
 * (a warm-up each, then RUNS rounds of one on each), so that both meet the same load of the shared
 * machine: medians of the rounds for each page, and the median of the rounds' ratios, which a
 * round slowed for both pages alike by the machine does not move.
 */
async function interleaved(app: Page, bare: Page): Promise<{ app: InteractionCpu; bare: InteractionCpu; ratio: number; rounds: number[]; threadRatio: number }> {
  const sessions = await Promise.all([app, bare].map(async (page) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    return cdp;
  }));
  await panAndZoom(app, sessions[0]!);
  await panAndZoom(bare, sessions[1]!);
  const runs: { app: InteractionCpu[]; bare: InteractionCpu[] } = { app: [], bare: [] };
  for (let i = 0; i < RUNS; i++) {
    runs.app.push(await panAndZoom(app, sessions[0]!));
    runs.bare.push(await panAndZoom(bare, sessions[1]!));
  }
  await Promise.all(sessions.map((cdp) => cdp.detach()));
  const rounds = runs.app.map((a, i) => a.taskMs / Math.max(runs.bare[i]!.taskMs, 0.001));
  const threadRatio = medianOf(runs.app.map((a, i) => a.threadMs / Math.max(runs.bare[i]!.threadMs, 0.001)));
  return { app: median(runs.app), bare: median(runs.bare), ratio: medianOf(rounds), rounds, threadRatio };
}

const same = (a: DomCounts, b: DomCounts) => a.nodes === b.nodes && a.standIns === b.standIns && a.edges === b.edges;


/** The designer on a new design, with the size of its pane. */
async function openDesigner(browser: Browser): Promise<{ page: Page; pane: { width: number; height: number } }> {
  const page = await newBenchPage(browser);
  await openEmptyDesigner(page, BASE);
  await page.waitForTimeout(IDLE_BEFORE_LOAD_MS);
  const paneBox = (await page.locator('.react-flow').boundingBox())!;
  await page.evaluate(() => {
    (window as unknown as { __benchOpen: (t: string) => void }).__benchOpen = (t) => {
      const t0 = performance.now();
      const result = window.stageflow.loadDocument(t);
      (window as unknown as { __benchHookMs: number }).__benchHookMs = performance.now() - t0;
      if (!result.ok) throw new Error(`design refused: ${JSON.stringify(result.problems.slice(0, 3))}`);
    };
  });
  return { page, pane: { width: Math.round(paneBox.width), height: Math.round(paneBox.height) } };
}

/** The median time of `loads` (and of the hook's part, where measured), and the longest task of any of them. */
function medianLoad(loads: readonly Load[]): Load {
  const mid = (values: number[]) => [...values].sort((a, b) => a - b)[(values.length - 1) >> 1]!;
  const hooks = loads.flatMap((l) => (l.hookMs === undefined ? [] : [l.hookMs]));
  return { ms: mid(loads.map((l) => l.ms)), maxLongTaskMs: Math.max(...loads.map((l) => l.maxLongTaskMs)), ...(hooks.length ? { hookMs: mid(hooks) } : {}) };
}

async function measureSize(browser: Browser, steps: number) {
  const doc = generateDesign(steps / STEPS_PER_STAGE, STEPS_PER_STAGE);
  const text = JSON.stringify(doc);
  // The designer opens the design, then the bare page opens it from the same text and from
  // ready-made boxes, at the view the designer opened at; three rounds, medians.
  const loads: { app: Load[]; bare: Load[]; boxes: Load[] } = { app: [], bare: [], boxes: [] };
  let app: Page | null = null;
  let pane = { width: 0, height: 0 };
  let opened = { x: 0, y: 0, zoom: 1 };
  let openedCounts: DomCounts | null = null;
  for (let round = 0; round < LOAD_RUNS; round++) {
    step(`opening ${steps} steps, round ${round + 1}`);
    await app?.close();
    ({ page: app, pane } = await openDesigner(browser));
    const timed = await timeLoad(app, '__benchOpen', text);
    loads.app.push({ ...timed, hookMs: await app.evaluate(() => (window as unknown as { __benchHookMs: number }).__benchHookMs) });
    await settled(app);
    opened = await readViewport(app);
    openedCounts = await domCounts(app);
    for (const [kind, payload] of [['bare', { text, pane, viewport: opened }], ['boxes', barePayload(doc, pane, opened)]] as const) {
      const bare = await openBare(browser, BASE, payload);
      loads[kind].push(bare.load);
      const bareCounts = await domCounts(bare.page);
      await bare.page.close();
      if (!same(openedCounts, bareCounts)) throw new Error(`${steps} steps, as opened (${kind}): the pages rendered different DOM (app ${JSON.stringify(openedCounts)}, bare ${JSON.stringify(bareCounts)}) — not like for like`);
    }
  }
  if (!app || !openedCounts) throw new Error('no load rounds');
  const appLoad = medianLoad(loads.app);
  const bareLoad = medianLoad(loads.bare);
  const boxesLoad = medianLoad(loads.boxes);
  const views: ViewRow[] = [];
  for (const view of VIEWS) {
    step(`${steps} steps, ${view}`);
    if (view === 'fit-all') await app.getByRole('button', { name: 'Fit view', exact: true }).click();
    else await app.getByRole('button', { name: /^Zoom level/ }).click();
    await settled(app);
    const viewport = await readViewport(app);
    const appCounts = await domCounts(app);
    const bare = await openBare(browser, BASE, barePayload(doc, pane, viewport));
    const bareCounts = await domCounts(bare.page);
    if (!same(appCounts, bareCounts)) throw new Error(`${steps} steps, ${view}: the pages rendered different DOM (app ${JSON.stringify(appCounts)}, bare ${JSON.stringify(bareCounts)}) — not like for like`);
    const cpu = await interleaved(app, bare.page);
    // Each interaction ends at the view it began at, and both pages applied the same rule all along.
    await settled(app);
    await settled(bare.page);
    const [appAfter, bareAfter] = [await domCounts(app), await domCounts(bare.page)];
    if (!same(appAfter, bareAfter)) throw new Error(`${steps} steps, ${view}, after panning and zooming: the pages rendered different DOM (app ${JSON.stringify(appAfter)} at ${JSON.stringify(await readViewport(app))}, bare ${JSON.stringify(bareAfter)} at ${JSON.stringify(await readViewport(bare.page))}) — not like for like`);
    await bare.page.close();
    const { ratio, rounds, threadRatio } = cpu;
    views.push({ view, zoom: viewport.zoom, app: { counts: appCounts, cpu: cpu.app }, bare: { counts: bareCounts, cpu: cpu.bare }, ratio, rounds, threadRatio });
    console.log(`${steps} steps, ${view} (zoom ${viewport.zoom.toFixed(2)}): CPU app ${cpu.app.taskMs.toFixed(0)} ms (thread ${cpu.app.threadMs.toFixed(0)}), bare ${cpu.bare.taskMs.toFixed(0)} ms (thread ${cpu.bare.threadMs.toFixed(0)}), ratio ${ratio.toFixed(2)} (rounds ${rounds.map((x) => x.toFixed(2)).join(' ')}; of the medians ${(cpu.app.taskMs / Math.max(cpu.bare.taskMs, 0.001)).toFixed(2)}; main-thread CPU ${threadRatio.toFixed(2)}); DOM ${appCounts.nodes} nodes / ${appCounts.edges} edges, after the interactions ${appAfter.nodes} / ${appAfter.edges} (elements app ${appCounts.elements}, bare ${bareCounts.elements}); longest task app ${cpu.app.maxLongTaskMs.toFixed(0)} ms`);
  }
  step(`closing the ${steps}-step designer page`);
  await app.close();
  // the same design opened as a user opens a file: Import's file picker
  step(`opening ${steps} steps with Import`);
  const user = await newBenchPage(browser);
  await openEmptyDesigner(user, BASE);
  await user.waitForTimeout(300);
  const imported = await timeImport(user, `${doc.name}.json`, text, doc.stages[0]!.name);
  await user.close();
  console.log(`${steps} steps opened with Import: ${imported.ms.toFixed(0)} ms, longest task ${imported.maxLongTaskMs.toFixed(0)} ms`);
  const ratio = appLoad.ms / bareLoad.ms;
  console.log(`${steps} steps: load app ${appLoad.ms.toFixed(0)} ms (longest task ${appLoad.maxLongTaskMs.toFixed(0)} ms; ${loads.app.map((l) => l.ms.toFixed(0)).join(', ')}), bare from the text ${bareLoad.ms.toFixed(0)} ms (${loads.bare.map((l) => l.ms.toFixed(0)).join(', ')}), ratio ${ratio.toFixed(2)}; bare given boxes ${boxesLoad.ms.toFixed(0)} ms (${loads.boxes.map((l) => l.ms.toFixed(0)).join(', ')}), ratio ${(appLoad.ms / boxesLoad.ms).toFixed(2)}`);
  return { steps, stages: steps / STEPS_PER_STAGE, pane, load: { app: appLoad, bare: bareLoad, boxes: boxesLoad, ratio, counts: openedCounts }, imported, views };
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', OUT_DIR, '--emptyOutDir'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('build failed');
  }
  const loadBefore = loadavg()[0]!;
  const server = await servePreview(PORT, OUT_DIR);
  const browser = await launchChromium();
  closeOnStall = () => {
    server.kill();
    return browser.close();
  };
  try {
    const sizes = [];
    for (const steps of SIZES) sizes.push(await measureSize(browser, steps));
    step('measuring run playback');
    const playback = process.env.BENCH_UI_NO_PLAYBACK ? undefined : await measureRunPlayback(browser, BASE, 100, 2000);
    if (playback) console.log(`run playback, 2000 steps at 100x: ready in ${playback.readyMs} ms, p95 frame ${playback.p95FrameMs.toFixed(1)} ms over ${playback.frames} frames, ${playback.eventsShown} events shown`);
    const results: UiResults = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, chromium: browser.version(), flags: config.use?.launchOptions?.args ?? [], loadAverage: [loadBefore, loadavg()[0]!] },
      targets: { cpuRatio: 1.3, loadRatio: 1.3, loadMs: 1000, longTaskMs: 200, playbackP95FrameMs: 33 },
      sizes,
      ...(playback ? { playback } : {}),
    };
    clearTimeout(stallTimer);
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
