/** "Compare with…" (issue 14): another version run under the same scenarios, side by side and on one timeline. */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Orchestration } from '../src/model/types';
import { routedDesign } from '../src/verify/testing/designs';
import { contrast } from './contrast';
import { fileMenu, node } from './helpers';

const SHOTS = process.env.E2E_SHOTS ?? 'test-results/compare';

/** The routed design whose Checker flow takes 3 s instead of 1 s: Review and Work start 2 s later. */
function slowerDesign(): Orchestration {
  const doc = routedDesign();
  doc.flows!.find((f) => f.name === 'Checker')!.behavior!.durationMs = 3000;
  return doc;
}

async function load(page: Page, doc: Orchestration): Promise<void> {
  const result = await page.evaluate((d) => window.stageflow.loadDocument(d), doc);
  expect(result.ok).toBe(true);
}

/** Loads `doc` and waits until the autosave has stored it as a new version (the status leaves "saved" and comes back). */
async function loadAndSave(page: Page, doc: Orchestration): Promise<void> {
  const saved = await page.evaluate((d) => new Promise<boolean>((resolve) => {
    const status = document.querySelector('[data-save-status]')!;
    let left = false;
    const observer = new MutationObserver(() => {
      const now = status.getAttribute('data-save-status');
      if (now !== 'saved') left = true;
      else if (left) { observer.disconnect(); resolve(true); }
    });
    observer.observe(status, { attributes: true, attributeFilter: ['data-save-status'] });
    if (!window.stageflow.loadDocument(d).ok) { observer.disconnect(); resolve(false); }
  }), doc);
  expect(saved).toBe(true);
}

async function openCompare(page: Page) {
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('slider', { name: 'Timeline' })).toBeEnabled({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Compare with…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare with another version' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test.beforeEach(async ({ page }) => {
  await page.goto('/?new');
  await page.waitForFunction(() => typeof window.stageflow?.loadDocument === 'function');
});

test('against a file: the changes side by side and both runs on one timeline', async ({ page }) => {
  // given the open design is the slower one
  await load(page, slowerDesign());
  await expect(node(page, 'Never')).toBeVisible();
  const dialog = await openCompare(page);
  // when it is compared with the faster version, from a file
  await dialog.getByLabel('Design file to compare with').setInputFiles({ name: 'routed-v1.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(routedDesign())) });
  // then
  await expect(dialog.getByRole('heading', { name: 'This design compared with routed-v1.json' })).toBeVisible();
  const changes = dialog.getByRole('table', { name: 'Behaviour changes' });
  await expect(changes.getByRole('columnheader')).toHaveText(['What', 'routed-v1.json', 'This design']);
  const review = changes.locator('tr[data-element="Review"][data-aspect="start"]');
  await expect(review.getByRole('cell')).toHaveText(['at 1 s', 'at 3 s (+2 s)']);
  // the run view's words for times; the exact milliseconds, as `stageflow diff` prints them, in the tooltip
  await expect(review.getByRole('cell').last()).toHaveAttribute('title', 'at 3000 ms (+2000 ms)');
  await expect(changes.locator('tr[data-element="run"][data-aspect="endedAt"]').getByRole('cell')).toHaveText(['at 2 s', 'at 4 s (+2 s)']);
  const timeline = dialog.getByRole('figure', { name: 'Both runs on one timeline' });
  await expect(timeline.locator('rect[data-version="old"][data-element="Review"]')).toHaveCount(1);
  await expect(timeline.locator('rect[data-version="new"][data-element="Review"]')).toHaveCount(1);
  // the later start is drawn further right on the same axis
  const oldX = Number(await timeline.locator('rect[data-version="old"][data-element="Review"]').getAttribute('x'));
  const newX = Number(await timeline.locator('rect[data-version="new"][data-element="Review"]').getAttribute('x'));
  expect(newX).toBeGreaterThan(oldX);
  await page.screenshot({ path: `${SHOTS}/compare-file.png` });
  // closing leaves the run as it was
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('slider', { name: 'Timeline' })).toBeEnabled();
});

test('opens with focus on its first control, as the other dialogs do, not on its heading', async ({ page }) => {
  await load(page, routedDesign());
  const dialog = await openCompare(page);
  // showModal gave focus to the heading (tabindex -1, which it needs when a chosen version's list goes)
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(dialog.getByRole('heading', { name: 'Compare with…' })).not.toBeFocused();
});

test('a file that is not a design says why and compares nothing', async ({ page }) => {
  await load(page, routedDesign());
  const dialog = await openCompare(page);
  await dialog.getByLabel('Design file to compare with').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "stageflow.orchestration", "stages": ') });
  await expect(dialog.getByRole('alert')).toContainText('broken.json cannot be compared');
  await expect(dialog.getByRole('heading', { name: 'Compare with…' })).toBeVisible();
});

test('against a saved version, then against a copy of itself', async ({ page }) => {
  // given a saved version with the routed design, and the open design made slower since
  // (a save within a minute of the last version updates the design, not the history)
  await loadAndSave(page, routedDesign());
  await loadAndSave(page, slowerDesign());
  const dialog = await openCompare(page);
  const versions = dialog.getByRole('region', { name: 'Saved versions' });
  // the version says why it was kept (or its name), as the version history does
  await expect(versions.getByRole('listitem').first()).toContainText(/^Version 1 · (created|as opened|first change|while editing|before an import|“.+”) · /);
  // when
  await versions.getByRole('button', { name: 'Compare with version 1' }).click();
  // then
  const heading = dialog.getByRole('heading', { name: /^This design compared with Version 1 · / });
  await expect(heading).toBeVisible();
  // the Compare button went with its list: the heading has focus, not <body>
  await expect(heading).toBeFocused();
  await expect(dialog.getByRole('table', { name: 'Behaviour changes' }).locator('tr[data-element="Work"][data-aspect="start"]').getByRole('cell')).toHaveText(['at 2 s', 'at 4 s (+2 s)']);
  await expect(dialog.getByText('1 scenario: 1 with changed behaviour, 0 the same.')).toBeVisible();
  // when compared with a file holding the open design itself
  await dialog.getByRole('button', { name: 'Choose another' }).click();
  await dialog.getByLabel('Design file to compare with').setInputFiles({ name: 'same.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(slowerDesign())) });
  await expect(dialog.getByRole('status').filter({ hasText: 'Same behaviour' })).toBeVisible();
  await expect(dialog.getByRole('table', { name: 'Behaviour changes' })).toHaveCount(0);
});

test('from the version history of the open design, in the editor', async ({ page }) => {
  // given a saved version with the routed design, and the open design made slower since
  await loadAndSave(page, routedDesign());
  await loadAndSave(page, slowerDesign());
  await fileMenu(page, /Designs/);
  const library = page.getByRole('dialog', { name: 'Design library' });
  await library.getByRole('button', { name: /^Versions of / }).first().click();
  // when
  await library.getByRole('region', { name: 'Version history' }).getByRole('button', { name: 'Compare with version 1' }).click();
  // then the comparison opens in its own dialog, the design still open in the editor
  const dialog = page.getByRole('dialog', { name: 'Compare with another version' });
  await expect(dialog.getByRole('table', { name: 'Behaviour changes' }).locator('tr[data-element="Review"][data-aspect="start"]').getByRole('cell')).toHaveText(['at 1 s', 'at 3 s (+2 s)']);
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
});

test('in dark mode this design\'s bars on the one timeline keep 3:1 against the dialog (WCAG 1.4.11)', async ({ page }) => {
  // given the comparison of the slower design with the faster one, in dark mode
  await page.emulateMedia({ colorScheme: 'dark' });
  await load(page, slowerDesign());
  await expect(node(page, 'Never')).toBeVisible();
  const dialog = await openCompare(page);
  await dialog.getByLabel('Design file to compare with').setInputFiles({ name: 'routed-v1.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(routedDesign())) });
  const timeline = dialog.getByRole('figure', { name: 'Both runs on one timeline' });
  await expect(timeline.locator('rect[data-version="new"]').first()).toBeVisible();
  // then each step bar of this design, blended at its opacity, against the dialog (before: the light theme's blue, 2.4:1)
  const { behind, bars } = await timeline.evaluate((figure) => {
    let behind = 'rgb(0, 0, 0)';
    for (let at: Element | null = figure; at; at = at.parentElement) {
      const colour = getComputedStyle(at).backgroundColor;
      if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') { behind = colour; break; }
    }
    const bars = [...figure.querySelectorAll('rect[data-version="new"]')].filter((r) => Number(r.getAttribute('opacity')) > 0.5)
      .map((r) => ({ fill: getComputedStyle(r).fill, opacity: Number(r.getAttribute('opacity')) }));
    return { behind, bars };
  });
  const blend = (fill: string, alpha: number) => {
    const [f, b] = [fill, behind].map((c) => c.match(/[\d.]+/g)!.slice(0, 3).map(Number));
    return `rgb(${f!.map((v, i) => Math.round(alpha * v + (1 - alpha) * b![i]!)).join(', ')})`;
  };
  expect(bars.length).toBeGreaterThan(0);
  for (const bar of bars) expect(contrast(blend(bar.fill, bar.opacity), behind)).toBeGreaterThanOrEqual(3);
});

test('the one timeline names its rows by label at 12 px, as the run panel\'s Timeline chart, the API name in each row\'s tip', async ({ page }) => {
  // given the loan approval sample compared with a copy of itself
  const sample = JSON.parse(readFileSync('public/samples/loan-approval.json', 'utf8')) as Orchestration;
  await load(page, sample);
  await expect(node(page, 'Intake')).toBeVisible();
  const dialog = await openCompare(page);
  await dialog.getByLabel('Design file to compare with').setInputFiles({ name: 'loan-v0.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(sample)) });
  const timeline = dialog.getByRole('figure', { name: 'Both runs on one timeline' });
  const row = timeline.locator('text[data-element="Credit_Check"]');
  // then (before: "Credit_Check" in 10 px monospace)
  await expect(row).toHaveText(/^Credit check/);
  await expect(row.locator('title')).toHaveText('Credit check (Credit_Check)');
  expect(await row.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(12);
});
