/**
 * Designs and page helpers for the round-2 outside suites (e2e/outside*.spec.ts), written from
 * docs/spec/ alone (FORMAT.md §2, SEMANTICS.md, UI-CONTRACT.md) the way a suite outside this
 * repository would: nothing here knows the app's components, only the contract's surface.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export const STATUSES = ['NotStarted', 'InProgress', 'Completed', 'Discontinued', 'Canceled', 'Error', 'Suspended'];

const flows = [
  { name: 'F_Sync', label: 'Sync', type: 'autolaunched', elements: ['Assignment'] },
  { name: 'F_Async', label: 'Async', type: 'autolaunched', elements: ['Action'], behavior: { durationMs: 2000, outcome: 'success' } },
  { name: 'F_Fail', label: 'Fails', type: 'autolaunched', elements: ['Action'], behavior: { durationMs: 1000, outcome: 'error', message: 'boom' } },
  { name: 'F_Screen', label: 'Screen', type: 'screen', behavior: { durationMs: 1500 } },
];
const users = [{ username: 'mgr', name: 'Manager' }, { username: 'jdoe', name: 'Jane Doe' }];
const bg = (name: string, flow: string, extra: object = {}) => ({ name, label: name.replace(/_/g, ' '), kind: 'background', flow, ...extra });

/**
 * Intake (Check sync, Wait_Long async 2000 ms, Review interactive for mgr, closed at 1500 by the
 * simulator, As_Jdoe run as jdoe) → decision Route (amount 150 > 100: Big) → Fulfil (Ship, async,
 * 2000 → 4000); Close is never entered. API 63: a flow with an Action is async (R20).
 */
export const mainDesign = {
  format: 'stageflow.orchestration', version: 1, name: 'Outside_Two', label: 'Outside two', apiVersion: 63,
  variables: [{ name: 'amount', type: 'Number', value: 150 }],
  users, flows,
  stages: [
    {
      name: 'Intake', label: 'Intake', exit: { mode: 'allStepsCompleted' }, next: 'Route',
      steps: [
        bg('Check', 'F_Sync'), bg('Wait_Long', 'F_Async'),
        { name: 'Review', label: 'Review', kind: 'interactive', flow: 'F_Screen', assignee: { type: 'user', name: 'mgr' } },
        bg('As_Jdoe', 'F_Sync', { runAs: { mode: 'user', user: 'jdoe' } }),
      ],
    },
    { name: 'Fulfil', label: 'Fulfil', exit: { mode: 'allStepsCompleted' }, next: null, steps: [bg('Ship', 'F_Async')] },
    { name: 'Close', label: 'Close', exit: { mode: 'allStepsCompleted' }, steps: [bg('Archive', 'F_Sync')] },
  ],
  decisions: [{
    name: 'Route', label: 'Route',
    outcomes: [{ name: 'Big', requirements: [{ left: 'amount', operator: 'GreaterThan', right: { number: 100 } }], logic: 'and', next: 'Fulfil' }],
    defaultNext: 'Close',
  }],
};

/** Quick (sync) completes at 0 and the exit (Quick Completed) holds next round: Slow, started with it, is Discontinued (R6, R11). */
export const discontinuedDesign = {
  format: 'stageflow.orchestration', version: 1, name: 'Outside_Disc', apiVersion: 63, flows,
  stages: [{
    name: 'Only', label: 'Only',
    exit: { mode: 'requirements', logic: 'and', requirements: [{ left: 'Quick.Status', operator: 'EqualTo', right: { string: 'Completed' } }] },
    steps: [bg('Quick', 'F_Sync'), bg('Slow', 'F_Async')],
  }],
};

/** Breaks fails at 1000 with no fault path: step, stage and run Error; Slow_Too Discontinued (R31). */
export const errorDesign = {
  format: 'stageflow.orchestration', version: 1, name: 'Outside_Err', apiVersion: 63, flows,
  stages: [{ name: 'Work', label: 'Work', exit: { mode: 'allStepsCompleted' }, steps: [bg('Breaks', 'F_Fail'), bg('Slow_Too', 'F_Async')] }],
};

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
