/**
 * The run view says how the active scenario's expectations fared (docs/scenarios.md, “Expectations
 * in the run view”): in the Scenarios dialog's words, ✓ met or ✗ not met with what the run did,
 * judged on the whole run from its first moment, a failing one's element shown on the canvas; its
 * Scenarios link opens the dialog over the run, and the list follows what is edited there.
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

    test('Scenarios opened from the section edits the run’s scenario over the run: the list follows, and a change of what the run uses offers Rerun', async ({ page }) => {
      // given the run of a scenario with one expectation not met
      await page.goto('/?sample=order-fulfilment');
      await addScenario(page, charged);
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await expect(page.getByRole('slider', { name: 'Timeline' })).toBeEnabled({ timeout: 15_000 });
      await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: charged.name });
      const section = page.getByRole('region', { name: 'Expectations' });
      await expect(section).toContainText('1 of 6 not met.');
      const trace = await page.evaluate(() => JSON.stringify(window.stageflow.getTrace()));
      // when the section's Scenarios link is followed from the keyboard and the failing expectation removed
      const link = section.getByRole('link', { name: 'Scenarios' });
      await link.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Scenarios' });
      await expect(dialog.getByRole('combobox', { name: 'Scenario to edit' })).toHaveValue(/.+/);
      await expect(dialog.getByRole('textbox', { name: 'Scenario name' })).toHaveValue(charged.name);
      await dialog.getByRole('button', { name: 'Remove expectation 6' }).click();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      // then the run is still shown, not run again, its list judged with the scenario as edited, and focus is back on the link
      await expect(section).toContainText('All 5 met.');
      await expect(page.getByTestId('run-expectations-announcer')).toHaveText('Expectations: All 5 met.');
      await expect(link).toBeFocused();
      await expect(section.getByRole('button', { name: 'Rerun' })).toHaveCount(0);
      expect(await page.evaluate(() => JSON.stringify(window.stageflow.getTrace()))).toBe(trace);
      // when the scenario is changed in what the run uses: the card goes through
      await page.keyboard.press('Enter');
      await dialog.getByRole('group', { name: 'Behaviour of Charge payment' }).getByRole('combobox', { name: 'Outcome' }).selectOption('success');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      // then the section says the run shown used the scenario as it was, and offers Rerun
      await expect(section.getByRole('note')).toContainText(`Scenario “${charged.name}” has changed since this run: the run shown used it as it was. Rerun to see it as it is now.`);
      await expect(section).toContainText('All 5 met.');
      await section.getByRole('note').scrollIntoViewIfNeeded();
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/edited-${width}-${scheme}.png` });
      expect(await seriousViolations(page)).toEqual([]);
      // when Rerun is pressed from the keyboard
      await section.getByRole('button', { name: 'Rerun' }).focus();
      await page.keyboard.press('Enter');
      // then the scenario runs as it is, judged afresh, and focus is on the section's heading
      await expect(section.getByRole('note')).toHaveCount(0);
      await expect(section.getByRole('listitem').filter({ hasText: '✗ not met: Step “Charge payment” ends Error; it is Completed' })).toBeVisible();
      await expect(section.getByRole('heading', { name: 'Expectations' })).toBeFocused();
      await expect(page.getByRole('combobox', { name: 'Scenario' }).locator('option:checked')).toHaveText(charged.name);
    });

    test('a scenario that expects nothing gets one line, whose Scenarios link opens the dialog over the run, where an expectation added is judged at once', async ({ page }) => {
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
      const link = section.getByRole('link', { name: 'Scenarios' });
      await link.focus();
      await page.keyboard.press('Enter');
      // then Scenarios is open on that scenario, over the run, which is still shown
      const dialog = page.getByRole('dialog', { name: 'Scenarios' });
      await expect(dialog.getByRole('textbox', { name: 'Scenario name' })).toHaveValue(nothing.name);
      expect(await page.evaluate(() => window.stageflow.getTrace() !== null)).toBe(true);
      // when an expectation is added there (the run ends Completed) and the dialog closed
      await dialog.getByRole('button', { name: 'Add expectation' }).click();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      // then the section judges it on the run shown, and focus is back on the link
      await expect(section).toContainText('1 of 1 not met.');
      await expect(section.getByRole('listitem').filter({ hasText: /^✗ not met: The run ends Completed; it is Error/ })).toBeVisible();
      await expect(link).toBeFocused();
    });
  });
}
