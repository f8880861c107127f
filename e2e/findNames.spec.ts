/**
 * Find (Ctrl/Cmd+F) finds an element by the names an admin types for it besides its own: a
 * decision's outcome, the flow a step runs, a requirement's resource (src/canvas/findMatches.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { node } from './helpers';

const SHOTS = process.env.E2E_SHOTS ?? 'test-results/find';

async function find(page: Page, query: string) {
  await page.keyboard.press('ControlOrMeta+f');
  const box = page.getByRole('searchbox', { name: 'Find element' });
  await box.fill(query);
  return page.getByRole('list', { name: 'Matches' });
}

test('an outcome\'s words find its decision, with the outcome named; Enter selects the decision', async ({ page }) => {
  await page.goto('/?sample=loan-approval');
  await expect(node(page, 'Route_By_Amount')).toBeVisible();
  // when Find is given words of the outcome "Large loan with good credit" only
  const matches = await find(page, 'good credit');
  // then the decision is listed, saying which outcome matched
  await expect(matches.getByRole('button')).toHaveCount(1);
  await expect(matches.getByRole('button')).toContainText('Large loan? (Route_By_Amount)');
  await expect(matches.getByRole('button')).toContainText('outcome “Large loan with good credit”');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${SHOTS}/outcome-${scheme}.png` });
    expect(await seriousViolations(page, 'search')).toEqual([]);
  }
  await page.keyboard.press('Enter');
  await expect(node(page, 'Route_By_Amount')).toHaveClass(/selected/);
});

test('a flow\'s API name finds the step that runs it', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Provision_Laptop')).toBeVisible();
  const matches = await find(page, 'Ship_Lap');
  await expect(matches.getByRole('button')).toContainText('flow “Ship_Laptop”');
  await page.keyboard.press('Enter');
  await expect(node(page, 'Provision_Laptop')).toHaveClass(/selected/);
});
