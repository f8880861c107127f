/**
 * What the UI bench and its probes share to get a page: a `vite preview` of a build, Debian's
 * Chromium with the test suite's flags, a 1280×800 page, the designer opened on an empty design,
 * and the bare React Flow page opened on a design.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import config from '../../playwright.config';
import type { BenchPayload, BenchText } from '../../src/app/BareFlowBench';
import { settled, timeLoad } from './measure';

/** How long a page idles after it opens before a design is loaded into it (its own start-up work done). */
export const IDLE_BEFORE_LOAD_MS = 1000;

/** Serves the build in `outDir` on `port` and resolves once it answers (30 s at most). */
export async function servePreview(port: number, outDir: string): Promise<ChildProcess> {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir], { stdio: 'ignore' });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(base)).ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`vite preview did not start on ${base}`);
}

/**
 * Chromium as the e2e suite launches it (playwright.config.ts). For the probes, PROBE_CHROMIUM_ARG adds
 * one switch to both pages alike (e.g. `--js-flags=--initial-old-space-size=128`, the twentieth round).
 */
export function launchChromium(): Promise<Browser> {
  const launch = config.use?.launchOptions ?? {};
  const extra = process.env.PROBE_CHROMIUM_ARG ? [process.env.PROBE_CHROMIUM_ARG] : [];
  return chromium.launch({ executablePath: launch.executablePath ?? '/usr/bin/chromium', args: [...(launch.args ?? []), ...extra] });
}

/** A 1280×800 page. tsx keeps function names with a `__name` helper that the page lacks, so it gets one. */
export async function newBenchPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  return page;
}

/** Opens the designer on a new, empty design and waits until it can be edited. */
export async function openEmptyDesigner(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/?new`);
  await page.waitForFunction(() => !!window.stageflow);
  await page.getByRole('button', { name: 'Add stage' }).waitFor();
}

/** For the probes: serves `outDir`, launches Chromium, runs `work`, and closes both whatever happens. */
export async function withPreview(port: number, outDir: string, work: (browser: Browser) => Promise<void>): Promise<void> {
  const server = await servePreview(port, outDir);
  const browser = await launchChromium();
  try {
    await work(browser);
  } finally {
    await browser.close();
    server.kill('SIGKILL');
  }
}

/**
 * For the probes: a designer page with `text` opened through the test hook, then framed as
 * `view` says — everything fitted, or zoom 1 on the opening view — and settled.
 */
export async function openDesignerAt(browser: Browser, base: string, text: string, view: 'fit' | 'zoom1'): Promise<Page> {
  const page = await newBenchPage(browser);
  await openEmptyDesigner(page, base);
  await page.evaluate(() => { (window as unknown as { __o: (t: string) => void }).__o = (t) => { window.stageflow.loadDocument(t); }; });
  await timeLoad(page, '__o', text);
  await settled(page);
  if (view === 'fit') await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  else await page.getByRole('button', { name: /^Zoom level/ }).click();
  await settled(page);
  return page;
}

/** The bare React Flow page (`/?bench=bare`) given `payload`: its load, timed as the designer's is, then settled. */
export async function openBare(browser: Browser, base: string, payload: BenchPayload | BenchText): Promise<{ page: Page; load: { ms: number; maxLongTaskMs: number } }> {
  const page = await newBenchPage(browser);
  await page.goto(`${base}/?bench=bare`);
  await page.waitForFunction(() => !!window.benchLoad);
  await page.waitForTimeout(IDLE_BEFORE_LOAD_MS);
  const load = await timeLoad(page, 'benchLoad', payload);
  await settled(page);
  return { page, load };
}
