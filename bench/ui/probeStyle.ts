/**
 * A/B of a style sheet on one designer page: opens a generated design, frames it (PROBE_VIEW=fit, the
 * default, or zoom1), then alternates pan-and-zoom interactions without and with the sheet PROBE_CSS
 * switched on, on the same page at the same view; prints each interaction's CPU and the medians.
 *
 *   npx vite build --outDir /tmp/probe-dist --emptyOutDir
 *   PROBE_DIST=/tmp/probe-dist PROBE_CSS='.react-flow__viewport { will-change: transform }' node --import tsx bench/ui/probeStyle.ts 2000 [rounds]
 *
 * It also prints the page's CPU over three idle 2 s windows (it should do nothing while idle).
 * PROBE_WITH_BARE=1 then opens the bare page beside it at the same view, as the bench does, and
 * alternates pans between the two for `rounds` rounds, printing each pair (PROBE_FRONT=1 brings each
 * page to the front before its pan); PROBE_SKIP_AB=1 skips the A/B and the idle windows, so the
 * pairs start from the designer's first pan, as in the bench (PROBE_CSS may then be a no-op, `.x{}`).
 */
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import config from '../../playwright.config';
import { generateDesign } from './generateDesign';
import { domCounts, panAndZoom, settled, timeLoad } from './measure';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[(values.length - 1) >> 1]!;

const PORT = Number(process.env.BENCH_UI_PORT ?? 4398);
const OUT_DIR = process.env.PROBE_DIST ?? join(tmpdir(), `stageflow-bench-dist-${PORT}`);
const BASE = `http://127.0.0.1:${PORT}`;
const steps = Number(process.argv[2] ?? 2000);
const rounds = Number(process.argv[3] ?? 5);
const css = process.env.PROBE_CSS ?? '';

async function main() {
  if (!css) throw new Error('PROBE_CSS is empty');
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', OUT_DIR], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 2500));
  const launch = config.use?.launchOptions ?? {};
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: launch.args ?? [] });
  try {
    const doc = generateDesign(steps / 20, 20);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // tsx names functions through __name, which the page does not have
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await page.goto(`${BASE}/?new`);
    await page.waitForFunction(() => !!window.stageflow);
    await page.getByRole('button', { name: 'Add stage' }).waitFor();
    await page.evaluate(() => { (window as unknown as { __o: (t: string) => void }).__o = (t) => { window.stageflow.loadDocument(t); }; });
    await timeLoad(page, '__o', JSON.stringify(doc));
    await settled(page);
    if ((process.env.PROBE_VIEW ?? 'fit') === 'fit') await page.getByRole('button', { name: 'Fit view', exact: true }).click();
    else await page.getByRole('button', { name: /^Zoom level/ }).click();
    await settled(page);
    await page.evaluate((text) => {
      const sheet = document.createElement('style');
      sheet.id = '__probe';
      sheet.textContent = text;
      sheet.disabled = true;
      document.head.append(sheet);
    }, css);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    if (!process.env.PROBE_SKIP_AB) await panAndZoom(page, cdp); // warm-up
    for (let i = 0; i < (process.env.PROBE_SKIP_AB ? 0 : 3); i++) {
      const get = async () => Object.fromEntries(((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.map((m) => [m.name, m.value]));
      const before = await get();
      await page.waitForTimeout(2000);
      const after = await get();
      console.log(`idle 2 s: task ${((after.TaskDuration! - before.TaskDuration!) * 1000).toFixed(1)} ms, script ${((after.ScriptDuration! - before.ScriptDuration!) * 1000).toFixed(1)} ms`);
    }
    const rows: { off: number[]; on: number[] } = { off: [], on: [] };
    for (let i = 0; i < (process.env.PROBE_SKIP_AB ? 0 : rounds); i++) {
      for (const on of [false, true]) {
        await page.evaluate((enabled) => { (document.getElementById('__probe') as HTMLStyleElement).disabled = !enabled; }, on);
        await page.waitForTimeout(300);
        const cpu = await panAndZoom(page, cdp);
        (on ? rows.on : rows.off).push(cpu.taskMs);
        console.log(`${on ? 'on ' : 'off'} task ${cpu.taskMs.toFixed(0)} ms, thread ${cpu.threadMs.toFixed(0)}, long tasks ${cpu.longTasks}`);
      }
    }
    console.log(`DOM ${JSON.stringify(await domCounts(page))}`);
    if (process.env.PROBE_WITH_BARE) {
      // the bench's setting: a bare page open beside the designer, pans alternating between them
      const { barePayload } = await import('./flowPayload');
      const { readViewport } = await import('./measure');
      const paneBox = (await page.locator('.react-flow').boundingBox())!;
      const bare = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await bare.addInitScript({ content: 'globalThis.__name = (f) => f;' });
      await bare.goto(`${BASE}/?bench=bare`);
      await bare.waitForFunction(() => !!window.benchLoad);
      await timeLoad(bare, 'benchLoad', barePayload(doc, { width: Math.round(paneBox.width), height: Math.round(paneBox.height) }, await readViewport(page)));
      await settled(bare);
      const bareCdp = await bare.context().newCDPSession(bare);
      await bareCdp.send('Performance.enable');
      await page.evaluate(() => { (document.getElementById('__probe') as HTMLStyleElement).disabled = true; });
      const both: { app: number[]; bare: number[] } = { app: [], bare: [] };
      const front = !!process.env.PROBE_FRONT;
      for (let i = 0; i < rounds; i++) {
        if (front) await page.bringToFront();
        both.app.push((await panAndZoom(page, cdp)).taskMs);
        if (front) await bare.bringToFront();
        both.bare.push((await panAndZoom(bare, bareCdp)).taskMs);
        console.log(`with bare open${front ? ', each brought to front' : ''}: app ${both.app.at(-1)!.toFixed(0)} ms, bare ${both.bare.at(-1)!.toFixed(0)} ms`);
      }
      console.log(`with bare open: median app ${median(both.app).toFixed(0)}, bare ${median(both.bare).toFixed(0)}, ratio ${(median(both.app) / median(both.bare)).toFixed(2)}`);
    }
    if (!process.env.PROBE_SKIP_AB) console.log(`median off ${median(rows.off).toFixed(0)} ms, on ${median(rows.on).toFixed(0)} ms, on/off ${(median(rows.on) / median(rows.off)).toFixed(2)}`);
  } finally {
    await browser.close();
    server.kill('SIGKILL');
  }
}
main().catch((e: unknown) => { console.error(e); process.exit(1); });
