/** In-page measurements for the UI benchmark (load until painted, rAF frame times while panning and zooming). */
import type { Page } from 'playwright-core';

export interface PageFigures {
  loadMs: number;
  p95FrameMs: number;
  meanFrameMs: number;
  frames: number;
  renderedNodes: number;
}

export type LoadSpec = { page: 'app'; text: string } | { page: 'bare'; stages: number; steps: number };

/** Opens the design in the page and waits until nodes are on screen and two frames have painted. */
export async function timeLoad(page: Page, spec: LoadSpec): Promise<number> {
  return page.evaluate(async (s) => {
    const t0 = performance.now();
    if (s.page === 'app') {
      const result = window.stageflow.loadDocument(s.text);
      if (!result.ok) throw new Error(`design refused: ${JSON.stringify(result.problems.slice(0, 3))}`);
    } else {
      window.benchLoad!(s.stages, s.steps);
    }
    await new Promise<void>((resolve) => {
      const check = () => (document.querySelectorAll('.react-flow__node').length > 0 ? resolve() : requestAnimationFrame(check));
      check();
    });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t0;
  }, spec);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Pans (middle-drag) and zooms (wheel) over the canvas while recording requestAnimationFrame deltas. */
export async function panAndZoom(page: Page): Promise<Omit<PageFigures, 'loadMs' | 'renderedNodes'>> {
  const box = (await page.locator('.react-flow').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
    let last = performance.now();
    const tick = (t: number) => {
      w.__frames.push(t - last);
      last = t;
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame((t) => {
      last = t;
      requestAnimationFrame(tick);
    });
  });
  for (let round = 0; round < 2; round++) {
    await page.mouse.down({ button: 'middle' });
    await page.mouse.move(cx - 500, cy - 150, { steps: 40 });
    await page.mouse.move(cx, cy, { steps: 40 });
    await page.mouse.up({ button: 'middle' });
    for (let i = 0; i < 8; i++) {
      await page.mouse.wheel(0, -120);
      await page.waitForTimeout(30);
    }
    for (let i = 0; i < 8; i++) {
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(30);
    }
  }
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames;
  });
  return { p95FrameMs: percentile(frames, 95), meanFrameMs: frames.reduce((a, b) => a + b, 0) / Math.max(1, frames.length), frames: frames.length };
}
