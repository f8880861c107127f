/** The run view's common moves for e2e specs: press Run and wait for the trace, go to its end, read it. */
import { expect, type Page } from '@playwright/test';

export interface TraceShape {
  run: { status: string; stalled: boolean; endedAt: number | null };
  stages: Record<string, { status: string }>;
  steps: Record<string, { stage: string; status: string; runAs: { user: string } | null; why: string | null }>;
  events: { seq: number; t: number; type: string; stage?: string; step?: string; by?: string }[];
}

/** The trace of the run shown (UI-CONTRACT's test hook), or null. */
export const trace = (page: Page) => page.evaluate(() => window.stageflow.getTrace() as unknown as TraceShape | null);

/** Presses Run and waits until the run view is ready and its trace known. */
export async function startRun(page: Page): Promise<TraceShape> {
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('slider', { name: 'Timeline' })).toBeEnabled({ timeout: 15_000 });
  await expect.poll(() => trace(page).then((t) => t !== null)).toBe(true);
  return (await trace(page))!;
}

/** Moves the Timeline to the end of the run (End on the focused slider). */
export async function toEnd(page: Page): Promise<void> {
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await slider.focus();
  await slider.press('End');
}
