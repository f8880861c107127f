/**
 * In-page measurements for the UI benchmark: load until painted, the DOM the canvas rendered, and
 * the CPU work of one pan-and-zoom interaction from Chrome DevTools Protocol metrics (task, script,
 * layout and style time) with the long tasks it caused (PerformanceObserver).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';

/** The nodes React Flow mounted (the hidden stand-ins of the others are outside its node layer, canvas/StandInLayer.tsx). */
const MOUNTED = '.react-flow__nodes > .react-flow__node';

export interface DomCounts {
  /** Nodes React Flow mounted. */
  nodes: number;
  /** Hidden stand-ins of the stages, steps and decisions it did not (canvas/standIns.ts). */
  standIns: number;
  edges: number;
  /** Every element inside the canvas's viewport (nodes, their contents, edges). */
  elements: number;
  /** Elements of the mini map's drawing. */
  minimap: number;
}

export interface InteractionCpu {
  /** Main-thread task time (wall clock inside tasks, so it grows when the machine is busy). */
  taskMs: number;
  /** Main-thread CPU time (ThreadTime): what the thread itself spent, whatever else runs. */
  threadMs: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  longTasks: number;
  maxLongTaskMs: number;
}

/**
 * Runs `start` in the page and resolves once nodes are painted (two frames later): ms taken, and the
 * longest task meanwhile. The argument is handed to the page first, in a call of its own: Playwright
 * deserialises it inside the task that runs the page function (about 300 ms for the text of a
 * 10,000-step design), and that is the harness's work, not the page's.
 */
export async function timeLoad(page: Page, start: string, arg: unknown): Promise<{ ms: number; maxLongTaskMs: number }> {
  await page.evaluate((a) => { (window as unknown as { __benchArg: unknown }).__benchArg = a; }, arg);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
  return page.evaluate(async ([fn, mounted]) => {
    const a = (window as unknown as { __benchArg: unknown }).__benchArg;
    const longs: number[] = [];
    const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) longs.push(e.duration); });
    observer.observe({ type: 'longtask' });
    const t0 = performance.now();
    (window as unknown as Record<string, (x: unknown) => unknown>)[fn]!(a);
    await new Promise<void>((resolve) => {
      const check = () => (document.querySelectorAll(mounted).length > 0 ? resolve() : requestAnimationFrame(check));
      check();
    });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const ms = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    return { ms, maxLongTaskMs: Math.max(0, ...longs) };
  }, [start, MOUNTED] as const);
}

/**
 * Opens `text` the way a user does — the file chosen in Import's file picker — and resolves once
 * the node `firstNode` is painted (two frames later): ms taken, and the longest task meanwhile.
 */
export async function timeImport(page: Page, fileName: string, text: string, firstNode: string): Promise<{ ms: number; maxLongTaskMs: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __import: { t0: number; longs: number[]; observer: PerformanceObserver } };
    const longs: number[] = [];
    const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) longs.push(e.duration); });
    observer.observe({ type: 'longtask' });
    w.__import = { t0: performance.now(), longs, observer };
  });
  // A file on disk, not a buffer: Playwright hands a buffer to the page as base64 and builds the File
  // there (a 0.7 s task of its own at 10,000 steps); a path is given to the browser, as a picker does.
  const dir = mkdtempSync(join(tmpdir(), 'stageflow-import-'));
  const path = join(dir, fileName);
  writeFileSync(path, text);
  await page.locator('input[type="file"][accept^=".json,.xml"]').setInputFiles(path);
  // The file is removed once the design is drawn, not as soon as it is chosen: the page reads it
  // after the change event, and a file gone by then could not be read — the import failed, no card
  // came, and the bench stalled for 5 minutes (one opening of 10,000 steps in six, 2026-12-06).
  try {
    return await page.evaluate(async ([id, mounted]) => {
      const w = window as unknown as { __import: { t0: number; longs: number[]; observer: PerformanceObserver } };
      await new Promise<void>((resolve) => {
        const check = () => (document.querySelector(`${mounted}[data-id="${id}"]`) ? resolve() : requestAnimationFrame(check));
        check();
      });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const ms = performance.now() - w.__import.t0;
      await new Promise((r) => setTimeout(r, 50));
      w.__import.observer.disconnect();
      return { ms, maxLongTaskMs: Math.max(0, ...w.__import.longs) };
    }, [firstNode, MOUNTED] as const);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function domCounts(page: Page): Promise<DomCounts> {
  return page.evaluate((mounted) => ({
    nodes: document.querySelectorAll(mounted).length,
    standIns: document.querySelectorAll('[data-stand-ins] > .react-flow__node').length,
    edges: document.querySelectorAll('.react-flow__edge').length,
    elements: document.querySelectorAll('.react-flow__viewport *').length,
    minimap: document.querySelectorAll('.react-flow__minimap svg *').length,
  }), MOUNTED);
}

/**
 * Waits until the canvas has settled — the viewport (Fit view animates) and the rendered DOM are the
 * same on two reads 250 ms apart — so the other page is opened at the view this one really shows.
 */
export async function settled(page: Page): Promise<void> {
  let last = '';
  for (let i = 0; i < 120; i++) {
    const now = JSON.stringify([await readViewport(page), await domCounts(page)]);
    if (now === last) return;
    last = now;
    await page.waitForTimeout(250);
  }
  throw new Error('the canvas did not settle within 30 s');
}

export async function readViewport(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  return page.evaluate(() => {
    const m = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
    return { x: m.e, y: m.f, zoom: m.a };
  });
}

export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Lets pending frames and idle work finish, so each interaction is billed only its own work. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 150)))));
}

/**
 * One interaction: a middle-button drag that pans 300 px left and 150 px up and back (40 moves),
 * then four wheel steps in and four out, over the middle of the pane.
 */
export async function panAndZoom(page: Page, cdp: CDPSession): Promise<InteractionCpu> {
  const box = (await page.locator('.react-flow').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await settle(page);
  await page.evaluate(() => {
    const w = window as unknown as { __longs: number[]; __observer?: PerformanceObserver };
    w.__longs = [];
    w.__observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__longs.push(e.duration); });
    w.__observer.observe({ type: 'longtask' });
  });
  const before = await metrics(cdp);
  await page.mouse.down({ button: 'middle' });
  await page.mouse.move(cx - 300, cy - 150, { steps: 20 });
  await page.mouse.move(cx, cy, { steps: 20 });
  await page.mouse.up({ button: 'middle' });
  for (const delta of [-120, -120, -120, -120, 120, 120, 120, 120]) {
    await page.mouse.wheel(0, delta);
    await page.waitForTimeout(40);
  }
  await settle(page);
  const after = await metrics(cdp);
  const longs = await page.evaluate(() => {
    const w = window as unknown as { __longs: number[]; __observer?: PerformanceObserver };
    w.__observer?.disconnect();
    return w.__longs;
  });
  const ms = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
  return {
    taskMs: ms('TaskDuration'),
    threadMs: ms('ThreadTime'),
    scriptMs: ms('ScriptDuration'),
    layoutMs: ms('LayoutDuration'),
    styleMs: ms('RecalcStyleDuration'),
    longTasks: longs.length,
    maxLongTaskMs: Math.max(0, ...longs),
  };
}

/** The median of `values` (the mean of the middle two when their number is even). */
export function medianOf(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** The median of each figure over several interactions (and the worst long task of all). */
export function median(runs: readonly InteractionCpu[]): InteractionCpu {
  const mid = medianOf;
  return {
    taskMs: mid(runs.map((r) => r.taskMs)),
    threadMs: mid(runs.map((r) => r.threadMs)),
    scriptMs: mid(runs.map((r) => r.scriptMs)),
    layoutMs: mid(runs.map((r) => r.layoutMs)),
    styleMs: mid(runs.map((r) => r.styleMs)),
    longTasks: mid(runs.map((r) => r.longTasks)),
    maxLongTaskMs: Math.max(...runs.map((r) => r.maxLongTaskMs)),
  };
}
