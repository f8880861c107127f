/** Coverage in the run view (issue 14): every scenario of the design, a heat overlay on the canvas. */
import { expect, test, type Page } from '@playwright/test';
import { routedDesign } from '../src/verify/testing/designs';
import { node } from './helpers';

const SHOTS = process.env.E2E_SHOTS ?? 'test-results/coverage';

/** Opens the routed design of the verify tests (its default scenario takes the Big path only). */
async function openRouted(page: Page): Promise<void> {
  await page.goto('/?new');
  await page.waitForFunction(() => typeof window.stageflow?.loadDocument === 'function');
  const result = await page.evaluate((doc) => window.stageflow.loadDocument(doc), routedDesign());
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  await expect(node(page, 'Never')).toBeVisible();
}

async function startRun(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('slider', { name: 'Timeline' })).toBeEnabled({ timeout: 15_000 });
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
  await expect(legend).toContainText('over 1 scenario');
  // the default scenario: amount 150, Check succeeds ⇒ Intake → Route (Big) → Big_Stage
  await expect(cell(page, 'Check')).toHaveAttribute('data-heat', 'all');
  await expect(cell(page, 'Work')).toHaveAttribute('data-coverage-runs', '1');
  for (const never of ['Never', 'Small_Stage', 'Note', 'Recover', 'Fix']) {
    await expect(cell(page, never)).toHaveAttribute('data-heat', 'never');
  }
  await expect(cell(page, 'Never').locator('[title]')).toHaveAttribute('title', 'None of 1 scenario reaches Never');
  const section = page.getByRole('region', { name: 'Coverage' });
  await expect(section.getByRole('list', { name: 'Never reached' })).toContainText('step Never starts');
  await expect(section.getByRole('list', { name: 'Never reached' })).toContainText('decision Route takes its default path');
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
