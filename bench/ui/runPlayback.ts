/**
 * Run-view playback figure (issue 7): a 2,000-step design is run (trace computed in the worker) and
 * played at 100×; requestAnimationFrame deltas are recorded while statuses change on the canvas.
 * Target: p95 frame ≤ 33 ms.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { generateDesign } from './generateDesign';
import { newBenchPage } from './preview';

export interface PlaybackFigures {
  steps: number;
  /** From pressing Run until the controls are ready (engine in the worker + first paint). */
  readyMs: number;
  p95FrameMs: number;
  meanFrameMs: number;
  frames: number;
  /** Trace events shown during the recording. */
  eventsShown: number;
}

/** `profile`: called with the page's CDP session just before Play and after the recording (investigation, probePlayback.ts). */
export interface PlaybackHooks {
  beforePlay?(cdp: CDPSession, page: Page): Promise<void>;
  afterRecording?(cdp: CDPSession, page: Page): Promise<void>;
}

export async function measureRunPlayback(browser: Browser, base: string, stages: number, steps: number, hooks: PlaybackHooks = {}): Promise<PlaybackFigures> {
  const page = await newBenchPage(browser);
  try {
    await page.goto(`${base}/?new`);
    await page.waitForFunction(() => !!window.stageflow);
    const ok = await page.evaluate((text) => window.stageflow.loadDocument(text).ok, JSON.stringify(generateDesign(stages, steps / stages)));
    if (!ok) throw new Error('the generated design did not load');
    await page.waitForTimeout(500);
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByRole('slider', { name: 'Timeline' }).waitFor();
    await page.waitForFunction(() => !(document.querySelector('input[aria-label="Timeline"]') as HTMLInputElement | null)?.disabled);
    const readyMs = Date.now() - t0;
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('100');
    const before = await page.evaluate(() => window.stageflow.getTrace()?.events.length ?? 0);
    await page.evaluate(() => {
      const w = window as unknown as { __deltas: number[]; __rec: boolean };
      w.__deltas = [];
      w.__rec = true;
      let last = performance.now();
      const tick = (t: number) => {
        w.__deltas.push(t - last);
        last = t;
        if (w.__rec) requestAnimationFrame(tick);
      };
      requestAnimationFrame((t) => { last = t; requestAnimationFrame(tick); });
    });
    const cdp = hooks.beforePlay || hooks.afterRecording ? await page.context().newCDPSession(page) : null;
    if (cdp) await hooks.beforePlay?.(cdp, page);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForTimeout(5000);
    const deltas = await page.evaluate(() => {
      const w = window as unknown as { __deltas: number[]; __rec: boolean };
      w.__rec = false;
      return w.__deltas;
    });
    if (cdp) await hooks.afterRecording?.(cdp, page);
    const value = Number(await page.getByRole('slider', { name: 'Timeline' }).inputValue());
    const shown = await page.evaluate((t) => window.stageflow.getTrace()?.events.filter((e) => e.t <= t).length ?? 0, value);
    const sorted = [...deltas].sort((a, b) => a - b);
    return {
      steps,
      readyMs,
      p95FrameMs: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
      meanFrameMs: deltas.reduce((a, b) => a + b, 0) / Math.max(1, deltas.length),
      frames: deltas.length,
      eventsShown: Math.min(shown, before),
    };
  } finally {
    await page.close();
  }
}
