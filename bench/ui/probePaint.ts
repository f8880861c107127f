/**
 * What the designer paints during one pan-and-zoom at a view (fit-all by default, PROBE_VIEW=zoom1),
 * one interaction per fresh page: each session's Paint time on the main thread, and the paints
 * grouped by the element and layer they record, with their clip size, and by kind (a node reaching
 * beyond the pane or not, a connector SVG) — so a session that paints ten times what another does can
 * be set beside it. Before each it prints how many canvas elements reach beyond the pane at that view.
 * PROBE_SESSIONS (default 4) fresh pages; PROBE_STYLE='<css>' adds a style sheet once the view is set.
 *
 *   npx vite build --outDir /tmp/probe-dist --emptyOutDir
 *   PROBE_DIST=/tmp/probe-dist BENCH_UI_PORT=4391 node --import tsx bench/ui/probePaint.ts 10000
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { generateDesign } from './generateDesign';
import { panAndZoom } from './measure';
import { openDesignerAt, withPreview } from './preview';
import { rendererMainThread } from './rendererMainThread';

const PORT = Number(process.env.BENCH_UI_PORT ?? 4391);
const OUT_DIR = process.env.PROBE_DIST ?? join(tmpdir(), `stageflow-bench-dist-${PORT}`);
const BASE = `http://127.0.0.1:${PORT}`;
const steps = Number(process.argv[2] ?? 10000);
const sessions = Number(process.env.PROBE_SESSIONS ?? 4);

interface TraceEvent { name: string; ph: string; dur?: number; tdur?: number; pid: number; tid: number; args?: { name?: string; data?: { nodeId?: number; layerId?: number; clip?: number[] } } }

/** One line per element painted: how often, total ms, the clip's size, the element. */
async function paintsOf(browser: Browser, page: Page, path: string): Promise<{ paintMs: number; threadMs: number; lines: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('DOM.enable');
  await cdp.send('DOM.getDocument', { depth: -1 });
  await browser.startTracing(page, { path, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const cpu = await panAndZoom(page, cdp);
  await browser.stopTracing();
  const events = (JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = rendererMainThread(events);
  const by = new Map<string, { n: number; ms: number; clips: Set<string> }>();
  let paintMs = 0;
  for (const e of events) {
    if (`${e.pid}:${e.tid}` !== main || e.name !== 'Paint' || e.ph !== 'X') continue;
    const d = e.args?.data ?? {};
    const ms = (e.dur ?? 0) / 1000;
    paintMs += ms;
    const key = `${d.nodeId ?? '-'} layer ${d.layerId ?? '-'}`;
    const entry = by.get(key) ?? { n: 0, ms: 0, clips: new Set<string>() };
    entry.n++;
    entry.ms += ms;
    const c = d.clip ?? [];
    if (c.length === 8) entry.clips.add(`${Math.round(c[2]! - c[0]!)}×${Math.round(c[5]! - c[1]!)}`);
    by.set(key, entry);
  }
  const lines: string[] = [];
  // which elements painted, by kind, and whether they reach beyond the pane
  const kinds = new Map<string, number>();
  const outsideIds = new Set(await page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    return [...document.querySelectorAll('.react-flow__nodes > .react-flow__node')].filter((e) => { const r = e.getBoundingClientRect(); return r.left < pane.left || r.top < pane.top || r.right > pane.right || r.bottom > pane.bottom; }).map((e) => e.getAttribute('data-id'));
  }));
  for (const [key, v] of by) {
    const id = Number(key.split(' ')[0]);
    const d = id ? await cdp.send('DOM.describeNode', { backendNodeId: id }).catch(() => null) : null;
    const attrs = d?.node.attributes ?? [];
    const dataId = attrs[attrs.indexOf('data-id') + 1];
    const kind = `${d?.node.nodeName ?? '?'}${attrs.includes('data-id') ? (outsideIds.has(dataId!) ? ' node beyond the pane' : ' node inside') : ''}`;
    kinds.set(kind, (kinds.get(kind) ?? 0) + v.n);
  }
  lines.push(`  paints by kind: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}; nodes beyond the pane ${outsideIds.size}`);
  for (const [key, v] of [...by].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12)) {
    const id = Number(key.split(' ')[0]);
    let element = '?';
    if (id) {
      const described = await cdp.send('DOM.describeNode', { backendNodeId: id }).catch(() => null);
      if (described) element = `${described.node.nodeName} ${(described.node.attributes ?? []).join(' ').slice(0, 100)}`;
    }
    lines.push(`  ${v.n}× ${v.ms.toFixed(1)} ms clip ${[...v.clips].slice(0, 3).join(',')} node ${key}: ${element}`);
  }
  await cdp.detach();
  return { paintMs, threadMs: cpu.threadMs, lines };
}

/** The elements of the canvas's viewport drawn beyond the pane at this view (how many, and a few). */
async function outside(page: Page): Promise<string> {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const out: string[] = [];
    for (const e of document.querySelectorAll('.react-flow__viewport *')) {
      const r = e.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < pane.left || r.top < pane.top || r.right > pane.right || r.bottom > pane.bottom) out.push(`${e.tagName} ${e.getAttribute('class') ?? ''} ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return `${out.length} (pane ${Math.round(pane.left)},${Math.round(pane.top)} ${Math.round(pane.width)}×${Math.round(pane.height)}) ${out.slice(0, 4).join(' | ')}`;
  });
}

async function main() {
  await withPreview(PORT, OUT_DIR, async (browser) => {
    const text = JSON.stringify(generateDesign(steps / 20, 20));
    for (let i = 0; i < sessions; i++) {
      const page = await openDesignerAt(browser, BASE, text, process.env.PROBE_VIEW === 'zoom1' ? 'zoom1' : 'fit');
      if (process.env.PROBE_STYLE) await page.addStyleTag({ content: process.env.PROBE_STYLE });
      console.log('outside the pane:', await outside(page));
      const r = await paintsOf(browser, page, join(tmpdir(), `stageflow-probe-paint-${PORT}-${i}.json`));
      console.log(`session ${i}: Paint ${r.paintMs.toFixed(0)} ms, main-thread CPU ${r.threadMs.toFixed(0)} ms\n${r.lines.join('\n')}`);
      await page.close();
    }
  });
}
main().catch((e: unknown) => { console.error(e); process.exit(1); });
