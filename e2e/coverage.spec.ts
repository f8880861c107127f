/** Coverage in the run view (issue 14): every scenario of the design, a heat overlay on the canvas. */
import { expect, test, type Page } from '@playwright/test';
import { routedDesign } from '../src/verify/testing/designs';
import { node } from './helpers';
import { startRun } from './runHelpers';

const SHOTS = process.env.E2E_SHOTS ?? 'test-results/coverage';

/** Opens the routed design of the verify tests (its default scenario takes the Big path only). */
async function openRouted(page: Page): Promise<void> {
  await page.goto('/?new');
  await page.waitForFunction(() => typeof window.stageflow?.loadDocument === 'function');
  const result = await page.evaluate((doc) => window.stageflow.loadDocument(doc), routedDesign());
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  await expect(node(page, 'Never')).toBeVisible();
}

const cell = (page: Page, element: string) => page.locator(`[data-coverage-element="${element}"]`);

test('Coverage shows which elements no scenario reaches, with a legend and counts', async ({ page }) => {
  await openRouted(page);
  await startRun(page);
  const toggle = page.getByRole('button', { name: 'Coverage' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const legend = page.getByRole('group', { name: 'Coverage legend' });
  await expect(legend).toContainText('Never reached');
  await expect(page.getByRole('region', { name: 'Coverage' })).toContainText('over 1 scenario');
  // the default scenario: amount 150, Check succeeds ⇒ Intake → Route (Big) → Big_Stage
  await expect(cell(page, 'Check')).toHaveAttribute('data-heat', 'all');
  await expect(cell(page, 'Work')).toHaveAttribute('data-coverage-runs', '1');
  for (const never of ['Never', 'Small_Stage', 'Note', 'Recover', 'Fix']) {
    await expect(cell(page, never)).toHaveAttribute('data-heat', 'never');
  }
  await expect(cell(page, 'Never').locator('[title]')).toHaveAttribute('title', 'None of 1 scenario reaches Never');
  const section = page.getByRole('region', { name: 'Coverage' });
  await expect(section.getByRole('list', { name: 'Never reached' })).toContainText('step “Never” starts');
  await expect(section.getByRole('list', { name: 'Never reached' })).toContainText('decision “Route” takes its default path');
  await page.screenshot({ path: `${SHOTS}/coverage-overlay.png` });
  // the overlay never catches the pointer: a node under it is still selectable
  await node(page, 'Work').click();
  await expect(page.locator('.react-flow__node[data-id="Work"]')).toHaveClass(/selected/);
  // off again, and leaving the run clears it
  await toggle.click();
  await expect(cell(page, 'Check')).toHaveCount(0);
  await toggle.click();
  await expect(cell(page, 'Check')).toHaveCount(1);
  await page.getByRole('button', { name: 'Exit run' }).click();
  await expect(cell(page, 'Check')).toHaveCount(0);
  await expect(legend).toHaveCount(0);
});

type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('Coverage badges sit astride their cards\' edges (a stage\'s top edge, clear of a long label; a step\'s bottom edge), clear of the warning icons, and the legend covers no node', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  // a stage label long enough to wrap across its whole header
  await page.evaluate(() => {
    const doc = window.stageflow.getDocument();
    doc.stages[1]!.label = 'Settle in: meet the team, the buddy and the first projects of the month';
    window.stageflow.loadDocument(doc);
  });
  await expect(node(page, 'Settle_In')).toContainText('first projects of the month');
  await startRun(page);
  await page.getByRole('button', { name: 'Coverage' }).click();
  const legend = page.getByRole('group', { name: 'Coverage legend' });
  await expect(legend).toBeVisible();
  await expect(cell(page, 'Buddy')).toHaveCount(1);
  // a badge's tooltip names the element by its label, as the card does (it said the API name, Buddy)
  await expect(cell(page, 'Buddy').locator('[title]')).toHaveAttribute('title', /^(None|\d+) of \d+ scenarios? reach(es)? Assign buddy$/);
  await page.waitForTimeout(500); // the view settles (framing glides)
  await page.screenshot({ path: `${SHOTS}/coverage-onboarding-1280.png` });

  const badges = page.locator('[data-coverage-element] span[title]');
  expect(await badges.count()).toBeGreaterThan(3);
  const checked: string[] = [];
  for (const badge of await badges.all()) {
    const element = await badge.locator('xpath=..').getAttribute('data-coverage-element');
    const card = node(page, element!);
    const badgeBox = (await badge.boundingBox())!;
    const cardBox = (await card.boundingBox())!;
    if (await card.locator('[data-kind="stage"]').count()) {
      // a stage's: within its width, astride its top edge, clear of its label however long
      expect(badgeBox.x >= cardBox.x && badgeBox.x + badgeBox.width <= cardBox.x + cardBox.width, `badge of ${element} within its stage's width`).toBe(true);
      expect(Math.abs(badgeBox.y + badgeBox.height / 2 - cardBox.y), `badge of ${element} on its stage's top edge`).toBeLessThan(badgeBox.height / 2);
      const labelBox = (await card.locator('.sf-stage-header .sf-label').boundingBox())!;
      expect(intersects(badgeBox, labelBox), `badge of ${element} ${JSON.stringify(badgeBox)} clear of its label ${JSON.stringify(labelBox)}`).toBe(false);
    } else {
      // a step's or a decision's: within its width, astride its bottom edge
      expect(badgeBox.x >= cardBox.x && badgeBox.x + badgeBox.width <= cardBox.x + cardBox.width, `badge of ${element} within its card's width`).toBe(true);
      expect(Math.abs(badgeBox.y + badgeBox.height / 2 - (cardBox.y + cardBox.height)), `badge of ${element} on its card's bottom edge`).toBeLessThan(badgeBox.height / 2);
    }
    for (const marker of await card.locator('.sf-marker').all()) {
      const markerBox = (await marker.boundingBox())!;
      expect(intersects(badgeBox, markerBox), `badge of ${element} clear of its warning icon`).toBe(false);
    }
    // drawn on top: nothing (the card, its border) covers any part of the badge
    const covered = await badge.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const points = [[0.5, 0.5], [0.25, 0.5], [0.75, 0.5], [0.5, 0.15], [0.5, 0.85]];
      return points.filter(([fx, fy]) => {
        const hit = document.elementFromPoint(r.left + r.width * fx!, r.top + r.height * fy!);
        return !hit || !el.contains(hit);
      }).length;
    });
    expect(covered, `badge of ${element} not covered by its card`).toBe(0);
    checked.push(element!);
  }
  expect(checked).toContain('Buddy');
  expect(checked).toContain('Settle_In');

  const legendBox = (await legend.boundingBox())!;
  for (const each of await page.locator('.react-flow__node').all()) {
    const box = await each.boundingBox();
    if (!box) continue;
    expect(intersects(box, legendBox), `node ${await each.getAttribute('data-id')} clear of the legend`).toBe(false);
  }
});

test('a coverage badge covers no text of its element: a decision\'s one-line label, a step\'s last chip (loan-approval)', async ({ page }) => {
  await page.goto('/?sample=loan-approval');
  await startRun(page);
  await page.getByRole('button', { name: 'Coverage' }).click();
  await expect(page.locator('[data-coverage-badge]').first()).toBeVisible({ timeout: 15_000 });
  const covered = await page.evaluate(() => {
    const out: string[] = [];
    for (const cell of document.querySelectorAll('[data-coverage-element]')) {
      const id = cell.getAttribute('data-coverage-element')!;
      const badge = cell.querySelector('[data-coverage-badge]')!.getBoundingClientRect();
      const element = document.querySelector(`.react-flow__node[data-id="${id}"]`)!;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        if (!text.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(text);
        for (const r of range.getClientRects()) {
          if (r.left < badge.right && badge.left < r.right && r.top < badge.bottom && badge.top < r.bottom) out.push(`${id}: "${text.textContent}"`);
        }
      }
    }
    return out;
  });
  expect(covered).toEqual([]);
});
