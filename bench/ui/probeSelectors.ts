/**
 * Which style rules the designer's 2,000-step opening spends its style recalculation on: Chromium's
 * selector statistics (trace category disabled-by-default-blink.debug) summed over the opening,
 * top rules by time, with match attempts and matches.
 *
 *   npx vite build --outDir /tmp/probe-dist --emptyOutDir
 *   PROBE_DIST=/tmp/probe-dist node --import tsx bench/ui/probeSelectors.ts 2000
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDesign } from './generateDesign';
import { timeLoad } from './measure';
import { launchChromium, newBenchPage, openEmptyDesigner, servePreview } from './preview';

const PORT = Number(process.env.BENCH_UI_PORT ?? 4398);
const OUT_DIR = process.env.PROBE_DIST ?? join(tmpdir(), `stageflow-bench-dist-${PORT}`);
const BASE = `http://127.0.0.1:${PORT}`;
const steps = Number(process.argv[2] ?? 2000);

interface SelectorStat { selector: string; elapsed: number; 'elapsed (us)'?: number; match_attempts: number; match_count: number; fast_reject_count: number }
interface TraceEvent { name: string; args?: { selector_stats?: { selector_timings?: SelectorStat[] } } }

async function main() {
  const server = await servePreview(PORT, OUT_DIR);
  const browser = await launchChromium();
  try {
    const text = JSON.stringify(generateDesign(steps / 20, 20));
    const page = await newBenchPage(browser);
    await openEmptyDesigner(page, BASE);
    await page.waitForTimeout(300);
    await page.evaluate(() => { (window as unknown as { __load: (t: string) => void }).__load = (t) => { window.stageflow.loadDocument(t); }; });
    const path = join(tmpdir(), `stageflow-selectors-${process.pid}.json`);
    await browser.startTracing(page, { path, categories: ['devtools.timeline', 'disabled-by-default-blink.debug'] });
    const load = await timeLoad(page, '__load', text);
    await browser.stopTracing();
    const events = (JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
    rmSync(path, { force: true });
    const by = new Map<string, SelectorStat>();
    for (const e of events) for (const s of e.args?.selector_stats?.selector_timings ?? []) {
      const row = by.get(s.selector) ?? { selector: s.selector, elapsed: 0, match_attempts: 0, match_count: 0, fast_reject_count: 0 };
      row.elapsed += s['elapsed (us)'] ?? s.elapsed; row.match_attempts += s.match_attempts; row.match_count += s.match_count; row.fast_reject_count += s.fast_reject_count;
      by.set(s.selector, row);
    }
    const rows = [...by.values()].sort((a, b) => b.elapsed - a.elapsed);
    const total = rows.reduce((sum, r) => sum + r.elapsed, 0);
    console.log(`designer: load ${Math.round(load.ms)} ms; selector matching ${(total / 1000).toFixed(1)} ms over ${rows.length} selectors`);
    for (const r of rows.slice(0, Number(process.env.PROBE_TOP ?? 25))) console.log(`${(r.elapsed / 1000).toFixed(2).padStart(7)} ms ${String(r.match_attempts).padStart(7)} tried ${String(r.match_count).padStart(6)} matched  ${r.selector.slice(0, 140)}`);
  } finally {
    await browser.close();
    server.kill();
  }
}

void main();
