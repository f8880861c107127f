/**
 * A/B of a style sheet on one designer page: opens a generated design, frames it (PROBE_VIEW=fit, the
 * default, or zoom1), then alternates pan-and-zoom interactions without and with the sheet PROBE_CSS
 * switched on, on the same page at the same view; prints each interaction's CPU and the medians.
 *
 *   npx vite build --outDir /tmp/probe-dist --emptyOutDir
 *   PROBE_DIST=/tmp/probe-dist PROBE_CSS='.react-flow__viewport { will-change: transform }' node --import tsx bench/ui/probeStyle.ts 2000 [rounds]
 *
 * It also prints the page's CPU over three idle 2 s windows (it should do nothing while idle).
 * PROBE_TRACE=1 traces one more interaction without and one with the sheet and prints the main thread's
 * time by event for each (style, layout, pre-paint, paint, commit, intersection observers…), and with
 * PROBE_WITH_BARE one more pan on each page.
 * PROBE_WITH_BARE=1 then opens the bare page beside it at the same view, as the bench does, and
 * alternates pans between the two for `rounds` rounds, printing each pair (PROBE_FRONT=1 brings each
 * page to the front before its pan); the two pages must render the same DOM nodes and edges, as in
 * the bench. Without PROBE_CSS the A/B and the idle windows are skipped, so the pairs start from the
 * designer's first pan, as in the bench.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { barePayload } from './flowPayload';
import { generateDesign } from './generateDesign';
import { domCounts, median, metrics, panAndZoom, readViewport, type InteractionCpu } from './measure';
import { openBare, openDesignerAt, withPreview } from './preview';
import { traced } from './traceSummary';

const PORT = Number(process.env.BENCH_UI_PORT ?? 4398);
const OUT_DIR = process.env.PROBE_DIST ?? join(tmpdir(), `stageflow-bench-dist-${PORT}`);
const BASE = `http://127.0.0.1:${PORT}`;
const steps = Number(process.argv[2] ?? 2000);
const rounds = Number(process.argv[3] ?? 5);
const css = process.env.PROBE_CSS ?? '';

const taskMs = (runs: readonly InteractionCpu[]) => median(runs).taskMs;

/** The page's main-thread CPU over three idle 2 s windows. */
async function idleCpu(page: Page, cdp: CDPSession): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const before = await metrics(cdp);
    await page.waitForTimeout(2000);
    const after = await metrics(cdp);
    console.log(`idle 2 s: task ${((after.TaskDuration! - before.TaskDuration!) * 1000).toFixed(1)} ms, script ${((after.ScriptDuration! - before.ScriptDuration!) * 1000).toFixed(1)} ms`);
  }
}

/** Pans without and with the sheet, alternating, on the same page at the same view. */
async function styleAB(page: Page, cdp: CDPSession): Promise<void> {
  await page.evaluate((text) => {
    const sheet = document.createElement('style');
    sheet.id = '__probe';
    sheet.textContent = text;
    sheet.disabled = true;
    document.head.append(sheet);
  }, css);
  const switchSheet = (on: boolean) => page.evaluate((enabled) => { (document.getElementById('__probe') as HTMLStyleElement).disabled = !enabled; }, on);
  await panAndZoom(page, cdp); // warm-up
  await idleCpu(page, cdp);
  const rows: { off: InteractionCpu[]; on: InteractionCpu[] } = { off: [], on: [] };
  for (let i = 0; i < rounds; i++) {
    for (const on of [false, true]) {
      await switchSheet(on);
      await page.waitForTimeout(300);
      const cpu = await panAndZoom(page, cdp);
      (on ? rows.on : rows.off).push(cpu);
      console.log(`${on ? 'on ' : 'off'} task ${cpu.taskMs.toFixed(0)} ms, thread ${cpu.threadMs.toFixed(0)}, long tasks ${cpu.longTasks}`);
    }
  }
  await switchSheet(false);
  if (process.env.PROBE_TRACE) {
    for (const on of [false, true]) {
      await switchSheet(on);
      await page.waitForTimeout(300);
      await traced(page.context().browser()!, page, join(tmpdir(), `stageflow-probe-style-${PORT}.json`), () => panAndZoom(page, cdp), `${on ? 'on ' : 'off'} main thread by event (ms):`);
    }
    await switchSheet(false);
  }
  console.log(`median off ${taskMs(rows.off).toFixed(0)} ms, on ${taskMs(rows.on).toFixed(0)} ms, on/off ${(taskMs(rows.on) / taskMs(rows.off)).toFixed(2)}`);
}

async function main() {
  await withPreview(PORT, OUT_DIR, async (browser) => {
    const doc = generateDesign(steps / 20, 20);
    const page = await openDesignerAt(browser, BASE, JSON.stringify(doc), process.env.PROBE_VIEW === 'zoom1' ? 'zoom1' : 'fit');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    if (css) await styleAB(page, cdp);
    const counts = await domCounts(page);
    console.log(`DOM ${JSON.stringify(counts)}`);
    if (!process.env.PROBE_WITH_BARE) return;
    // the bench's setting: the bare page opened beside the designer at its view, pans alternating between them
    const paneBox = (await page.locator('.react-flow').boundingBox())!;
    const pane = { width: Math.round(paneBox.width), height: Math.round(paneBox.height) };
    const { page: bare } = await openBare(browser, BASE, barePayload(doc, pane, await readViewport(page)));
    const bareCounts = await domCounts(bare);
    if (counts.nodes !== bareCounts.nodes || counts.edges !== bareCounts.edges) throw new Error(`the pages rendered different DOM (app ${JSON.stringify(counts)}, bare ${JSON.stringify(bareCounts)}): not like for like`);
    const bareCdp = await bare.context().newCDPSession(bare);
    await bareCdp.send('Performance.enable');
    const both: { app: InteractionCpu[]; bare: InteractionCpu[] } = { app: [], bare: [] };
    const front = !!process.env.PROBE_FRONT;
    for (let i = 0; i < rounds; i++) {
      if (front) await page.bringToFront();
      both.app.push(await panAndZoom(page, cdp));
      if (front) await bare.bringToFront();
      both.bare.push(await panAndZoom(bare, bareCdp));
      console.log(`with bare open${front ? ', each brought to front' : ''}: app ${both.app.at(-1)!.taskMs.toFixed(0)} ms, bare ${both.bare.at(-1)!.taskMs.toFixed(0)} ms`);
    }
    if (process.env.PROBE_TRACE) {
      await traced(browser, page, join(tmpdir(), `stageflow-probe-style-${PORT}.json`), () => panAndZoom(page, cdp), 'app  main thread by event (ms):');
      await traced(browser, bare, join(tmpdir(), `stageflow-probe-style-${PORT}.json`), () => panAndZoom(bare, bareCdp), 'bare main thread by event (ms):');
    }
    console.log(`with bare open (DOM ${counts.nodes} nodes / ${counts.edges} edges on both): median app ${taskMs(both.app).toFixed(0)}, bare ${taskMs(both.bare).toFixed(0)}, ratio ${(taskMs(both.app) / taskMs(both.bare)).toFixed(2)}`);
  });
}
main().catch((e: unknown) => { console.error(e); process.exit(1); });
