/** Shared helpers for the designer end-to-end tests (UI-CONTRACT surface only). */
import { readFileSync, existsSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

export interface DocShape {
  name: string;
  label?: string;
  start?: string;
  stages: { name: string; label?: string; next?: string | null; steps: { name: string; label?: string; kind: string; start?: { mode: string; step?: string } }[] }[];
  decisions?: { name: string }[];
  layout?: Record<string, { x: number; y: number }>;
}

/** The sample the app opens by default: order-fulfilment if it exists, else onboarding. */
export function defaultSample(): { name: string; doc: DocShape } {
  for (const name of ['order-fulfilment', 'onboarding']) {
    const path = `public/samples/${name}.json`;
    if (existsSync(path)) return { name, doc: JSON.parse(readFileSync(path, 'utf8')) as DocShape };
  }
  throw new Error('no default sample in public/samples');
}

/** What has keyboard focus: 'body', or the element's accessible name / data-id / text. */
export const focusedName = (page: Page): Promise<string> => page.evaluate(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return 'body';
  return el.getAttribute('aria-label') ?? el.getAttribute('data-id') ?? (el.textContent ?? '').trim().slice(0, 40);
});

export const node = (page: Page, name: string): Locator => page.locator(`.react-flow__node[data-id="${name}"]`);

export async function getDocument(page: Page): Promise<DocShape> {
  return page.evaluate(() => window.stageflow.getDocument() as unknown as DocShape);
}

/** Opens an empty design and waits for the app to be ready. */
export async function openEmpty(page: Page): Promise<void> {
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
  await expect.poll(async () => (await getDocument(page)).stages.length).toBe(0);
}

/**
 * A new admin's first minute: an empty design, a stage, a background step, and its "New autolaunched
 * flow…" pressed — the new flow's editor open under the step's Flow picker. The Properties panel.
 */
export async function openNewFlowEditor(page: Page): Promise<Locator> {
  await openEmpty(page);
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.getByRole('button', { name: 'Add background step' }).click();
  const panel = page.getByRole('complementary', { name: 'Properties' });
  await panel.getByRole('button', { name: 'New autolaunched flow…' }).click();
  return panel;
}

/** Opens `design` (an orchestration) in place of an empty one and presses Run: the Timeline slider, once the run can be played. */
export async function runDesign(page: Page, design: unknown): Promise<Locator> {
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
  expect((await page.evaluate((d) => window.stageflow.loadDocument(JSON.stringify(d)), design)).ok).toBe(true);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await expect(slider).toBeEnabled({ timeout: 15_000 });
  return slider;
}

/** HTML5 drag of a palette button to a point on the canvas (relative to the canvas pane). */
export async function dragPaletteTo(page: Page, button: string, target: Locator, position?: { x: number; y: number }): Promise<void> {
  // force: the point may be covered by a child node; the canvas finds the stage from the drop point.
  await page.getByRole('button', { name: button, exact: true }).dragTo(target, { targetPosition: position, force: true });
}

/** Chooses an item of the toolbar's "File ▾" menu. */
export async function fileMenu(page: Page, item: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Chooses an item of the menu beside "Export" (JSON, Flow XML, PNG image, SVG image, Share link). */
export async function exportMenu(page: Page, item: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: 'More formats' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/**
 * On an empty design, opens the project folder `dir` (its files, as the folder picker gives them),
 * picks the orchestration `name` and closes the import report if one is shown.
 */
export async function openProjectOrchestration(page: Page, dir: string, name: string): Promise<void> {
  await openEmpty(page);
  await page.getByTestId('project-folder-input').setInputFiles(dir);
  const picker = page.getByRole('dialog', { name: /^Open an orchestration of / });
  await picker.getByRole('button', { name: `Open ${name}` }).click({ timeout: 15_000 });
  await expect.poll(async () => (await getDocument(page)).name).toBe(name);
  const report = page.getByRole('dialog', { name: new RegExp(name) });
  if (await report.isVisible()) await report.getByRole('button', { name: 'Close' }).click();
}

/**
 * Arms a key press sent the moment the page changes so that `ready` (a JavaScript expression) holds:
 * a keydown dispatched on the focused element from a MutationObserver, before the next frame — a
 * quick hand or a script acting between an edit and what the app does a frame later.
 */
export async function pressKeyWhen(page: Page, ready: string, key: string): Promise<void> {
  await page.evaluate(`void new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!(${ready})) return;
      observer.disconnect();
      (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: ${JSON.stringify(key)}, bubbles: true, cancelable: true }));
      resolve(null);
    });
    observer.observe(document.body, { childList: true, subtree: true });
  })`);
}

/**
 * The onboarding sample with a new interactive step beside Buddy in Settle in — an error, as the
 * catalog has no screen flow for it; returns the new step's node once it is marked invalid.
 */
export async function onboardingWithFlowlessStep(page: Page): Promise<Locator> {
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  await node(page, 'Buddy').locator('span[title]').first().click();
  await page.getByRole('button', { name: 'Add interactive step' }).click();
  const step = node(page, 'Interactive_step_1');
  await expect(step).toHaveAttribute('data-invalid', 'true');
  return step;
}
