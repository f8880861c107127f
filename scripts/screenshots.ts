/**
 * Writes docs/screenshots/<sample>-<width>x<height>.png: each sample as it opens at 1280×800 and
 * 1440×900 in Chromium, both side columns open, and prints the on-screen font size of the smallest
 * step label and chip on each (computed size × canvas zoom). Run after `npx vite build`:
 *   node --import tsx scripts/screenshots.ts [port]   (default port 4188)
 * It starts `vite preview` on that port for the time it takes.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const WINDOWS = [{ width: 1280, height: 800 }, { width: 1440, height: 900 }];
const port = Number(process.argv[2] ?? 4188);
const base = `http://127.0.0.1:${port}`;
const samples = (JSON.parse(readFileSync('public/samples/index.json', 'utf8')) as { name: string }[]).map((s) => s.name);

/** The canvas zoom and the smallest step label and chip, in px on screen. */
const MEASURE = `(() => {
  const viewport = document.querySelector('.react-flow__viewport');
  const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
  const px = (selector) => Math.min(...[...document.querySelectorAll(selector)].map((e) => parseFloat(getComputedStyle(e).fontSize)));
  return { zoom, label: px('.react-flow__node-step .sf-label') * zoom, chip: px('.react-flow__node-step .sf-chip') * zoom };
})()`;

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no preview server on ${base}`);
}

// vite itself, not through npx: killing npx left its vite child serving after the script ended
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
try {
  await waitForServer();
  mkdirSync('docs/screenshots', { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  for (const window of WINDOWS) {
    for (const sample of samples) {
      const page = await browser.newPage({ viewport: window });
      await page.goto(`${base}/?sample=${sample}`);
      await page.locator('.react-flow__node-step').first().waitFor();
      await page.waitForTimeout(500); // the opening frame is set on the frame after the design renders
      // A string, not a function: tsx would wrap named functions in a helper the page does not have.
      const sizes = (await page.evaluate(MEASURE)) as { zoom: number; label: number; chip: number };
      const file = `docs/screenshots/${sample}-${window.width}x${window.height}.png`;
      await page.screenshot({ path: file });
      console.log(`${file}: zoom ${sizes.zoom.toFixed(2)}, label ${sizes.label.toFixed(1)} px, chip ${sizes.chip.toFixed(1)} px`);
      await page.close();
    }
  }
  await browser.close();
} finally {
  server.kill();
}
