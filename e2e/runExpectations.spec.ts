/**
 * The run view says how the active scenario's expectations fared (docs/scenarios.md, “Expectations
 * in the run view”): in the Scenarios dialog's words, ✓ met or ✗ not met with what the run did,
 * judged on the whole run from its first moment, a failing one's element shown on the canvas.
 * Keyboard only, 1280×800 light and 1440×900 dark, axe clean.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';

const SHOTS = process.env.E2E_SHOTS;

/** Order Fulfilment's "payment declined" with one more expectation, which the run does not meet. */
const declined = JSON.parse(readFileSync('public/samples/order-fulfilment.scenarios/payment-declined.json', 'utf8')) as { name: string; expectations: unknown[] };
const charged = {
  ...declined,
  name: 'The card is charged anyway',
  expectations: [...declined.expectations, { kind: 'stepStatus', step: 'Charge_Payment', status: 'Completed' }],
};

/** The same scenario expecting nothing. */
const nothing = { ...declined, name: 'Nothing expected', expectations: [] };

/** Adds `scenario` in Scenarios (Add from file…) and closes the dialog. */
async function addScenario(page: Page, scenario: { name: string }): Promise<void> {
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scenarios' });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Add from file…' }).click()]);
  await chooser.setFiles([{ name: 'charged.scenario.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) }]);
  await expect(dialog.getByRole('combobox', { name: 'Scenario to edit' })).toHaveValue(/.+/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

for (const { width, height, scheme } of [
  { width: 1280, height: 800, scheme: 'light' as const },
  { width: 1440, height: 900, scheme: 'dark' as const },
]) {
  test.describe(`${width}×${height} ${scheme}`, () => {
    test.use({ viewport: { width, height }, colorScheme: scheme });

    test('a run under a scenario whose expectation fails says so at its first moment, and Show it goes to the step', async ({ page }) => {
      // given Order Fulfilment with a scenario expecting Charge payment to complete when the card is declined
      await page.goto('/?sample=order-fulfilment');
      await addScenario(page, charged);
      // when it is run from the keyboard, chosen in the run view's Scenario picker
      const run = page.getByRole('button', { name: 'Run', exact: true });
      await run.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('slider', { name: 'Timeline' })).toBeEnabled({ timeout: 15_000 });
      await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: charged.name });
      // then, at the run's first moment, its expectations are judged on the whole run
      const section = page.getByRole('region', { name: 'Expectations' });
      await expect(section).toContainText(`Scenario “${charged.name}”, judged on the whole run`);
      await expect(section).toContainText('1 of 6 not met.');
      await expect(section.getByRole('listitem').filter({ hasText: '✓ met: Step “Charge payment” ends Error; it is Error' })).toBeVisible();
      const failing = section.getByRole('listitem').filter({ hasText: '✗ not met: Step “Charge payment” ends Completed; it is Error' });
      await expect(failing).toBeVisible();
      // and it is announced once, not as the run plays
      await expect(page.getByTestId('run-expectations-announcer')).toHaveText('Expectations: 1 of 6 not met.');
      await failing.scrollIntoViewIfNeeded();
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/expectations-${width}-${scheme}.png` });
      expect(await seriousViolations(page)).toEqual([]);
      // when its Show it is pressed from the keyboard
      const show = failing.getByRole('button', { name: 'Show it' });
      await show.focus();
      await page.keyboard.press('Enter');
      // then the step is selected and its node has focus on the canvas
      await expect(page.locator('.react-flow__node[data-id="Charge_Payment"]')).toBeFocused();
      await expect(page.locator('.react-flow__node[data-id="Charge_Payment"]')).toHaveClass(/selected/);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/shown-${width}-${scheme}.png` });
    });

    test('a scenario that expects nothing gets one line, whose Scenarios link opens the dialog', async ({ page }) => {
      // given Order Fulfilment with a scenario that expects nothing, run under it
      await page.goto('/?sample=order-fulfilment');
      await addScenario(page, nothing);
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await expect(page.getByRole('slider', { name: 'Timeline' })).toBeEnabled({ timeout: 15_000 });
      await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: nothing.name });
      // then one line says where expectations are added, and no list
      const section = page.getByRole('region', { name: 'Expectations' });
      await expect(section).toContainText(`Scenario “${nothing.name}” expects nothing of this run. Add what it should do under Expected outcome in Scenarios.`);
      await expect(section.getByRole('list')).toHaveCount(0);
      expect(await seriousViolations(page)).toEqual([]);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/nothing-${width}-${scheme}.png` });
      // when its link is followed from the keyboard
      await section.getByRole('link', { name: 'Scenarios' }).focus();
      await page.keyboard.press('Enter');
      // then the run is left and Scenarios is open
      await expect(page.getByRole('dialog', { name: 'Scenarios' })).toBeVisible();
      await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveCount(0);
    });
  });
}
