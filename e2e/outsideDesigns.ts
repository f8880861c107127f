/**
 * Designs and page helpers for the round-2 outside suites (e2e/outside*.spec.ts), written from
 * docs/spec/ alone (FORMAT.md §2, SEMANTICS.md, UI-CONTRACT.md) the way a suite outside this
 * repository would: nothing here knows the app's components, only the contract's surface.
 */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

export const STATUSES = ['NotStarted', 'InProgress', 'Completed', 'Discontinued', 'Canceled', 'Error', 'Suspended'];

const AUDIT = 'src/cli/__fixtures__/spec-audit';
interface Step { name: string; label?: string; kind: string; flow: string; assignee?: unknown }
interface Design { name: string; label?: string; stages: { name: string; steps: Step[] }[]; decisions: { name: string }[]; [k: string]: unknown }
const audit = (dir: string): Design => JSON.parse(readFileSync(`${AUDIT}/${dir}/design.json`, 'utf8')) as Design;
/** The trace `stageflow simulate` gives for a design below, kept beside it (predicted from SEMANTICS.md first). */
export const keptTrace = (dir: string): unknown => JSON.parse(readFileSync(`${AUDIT}/${dir}/trace.json`, 'utf8'));

/**
 * k01: Intake (Check sync, Wait_Long async 2000 ms, Review interactive for mgr, closed at 1500 by
 * the simulator, As_Jdoe run as jdoe) → decision Route (amount 150 > 100: Big) → Fulfil (Ship,
 * async, 2000 → 4000); Close is never entered. API 63: a flow with an Action is async (R20).
 */
export const MAIN = 'k01_decision_after_interactive';
export const mainDesign = audit(MAIN);
/** k02: Quick (sync) completes at 0 and the exit (Quick Completed) holds next round: Slow, started with it, is Discontinued (R6, R11). */
export const discontinuedDesign = audit('k02_exit_discontinues_running');
/** k03: Breaks fails at 1000 with no fault path: step, stage and run Error; Slow_Too Discontinued (R31). */
export const errorDesign = audit('k03_error_discontinues_sibling');

export const node = (page: Page, name: string): Locator => page.locator(`.react-flow__node[data-id="${name}"]`);

/** `data-kind` of the node element or, as UI-CONTRACT.md allows, of its first child. */
export async function kindOf(page: Page, name: string): Promise<string | null> {
  return node(page, name).evaluate((el) => el.getAttribute('data-kind') ?? el.firstElementChild?.getAttribute('data-kind') ?? null);
}

/** Uncaught page errors, collected for the whole test: an outside suite fails on any. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

export async function openNew(page: Page): Promise<void> {
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage', exact: true })).toBeVisible();
}

export async function load(page: Page, doc: unknown): Promise<{ ok: boolean; problems: { path: string; message: string; severity?: string }[] }> {
  return page.evaluate((d) => window.stageflow.loadDocument(d as never), doc);
}

export async function openDesign(page: Page, doc: unknown): Promise<void> {
  await openNew(page);
  const r = await load(page, doc);
  expect(r.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
  expect(r.ok).toBe(true);
}

/** Presses Run and waits for the Timeline: the run is shown, paused at t=0 (UI-CONTRACT.md). */
export async function pressRun(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await expect(slider).toBeVisible({ timeout: 15_000 });
  return slider;
}

/** The Timeline's value, read as an ARIA slider's (aria-valuenow) or a range input's value. */
export async function timelineValue(slider: Locator): Promise<number> {
  return slider.evaluate((el) => Number(el.getAttribute('aria-valuenow') ?? (el as HTMLInputElement).value));
}
