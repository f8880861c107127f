/**
 * A new admin's first run and Scenarios, in the built app: a run that completed by a fault path
 * says so (docs/canvas.md, “How the run ended”), the Expected outcome reads in labels and the
 * legend's words, and a deleted scenario comes back with Undo delete (docs/scenarios.md); keyboard
 * only, 1280×800 light and 1440×900 dark, axe clean.
 */
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { toEnd } from './runHelpers';

for (const { width, height, scheme } of [
  { width: 1280, height: 800, scheme: 'light' as const },
  { width: 1440, height: 900, scheme: 'dark' as const },
]) {
  test.describe(`${width}×${height} ${scheme}`, () => {
    test.use({ viewport: { width, height }, colorScheme: scheme });

    test('Loan Approval\'s own scenario completes by a fault path, and the end of the run says so', async ({ page }) => {
      // given the sample, run from the keyboard with its first scenario (the credit bureau times out)
      await page.goto('/?sample=loan-approval');
      const run = page.getByRole('button', { name: 'Run', exact: true });
      await run.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('slider', { name: 'Timeline' })).toBeEnabled({ timeout: 15_000 });
      // when the Timeline is taken to the end
      await toEnd(page);
      // then the banner does not read as a run where nothing went wrong
      const banner = page.getByRole('status').filter({ hasText: 'The run completed, by a fault path.' });
      await expect(banner).toBeVisible();
      await expect(banner).toContainText('Credit check');
      await expect(banner).toContainText('failed: credit bureau did not answer within 30 seconds');
      await expect(banner).toContainText('Stage “Intake checks” ended in Error, and the run went on along its fault path to stage “Manual recovery”');
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('Scenarios: the Expected outcome in labels and the legend\'s words, and Delete scenario undone', async ({ page }) => {
      // given Order Fulfilment's Scenarios, opened from the keyboard
      await page.goto('/?sample=order-fulfilment');
      await page.getByRole('button', { name: 'Scenarios' }).focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Scenarios' });
      // then its expectations read as an admin says them
      const expected = dialog.getByRole('group', { name: 'Expected outcome' });
      await expect(expected.getByRole('listitem').filter({ hasText: 'Step “Validate order” completes before step “Charge payment” starts' })).toBeVisible();
      await expect(expected).not.toContainText('stepCompleted');
      // when the scenario edited is deleted
      const picker = dialog.getByRole('combobox', { name: 'Scenario to edit' });
      const first = await picker.locator('option').first().textContent();
      await dialog.getByRole('button', { name: 'Delete scenario' }).focus();
      await page.keyboard.press('Enter');
      await expect(picker.locator('option').first()).not.toHaveText(first!);
      await expect(dialog.getByText(`Scenario “${first}” deleted.`)).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      // and Undo delete is pressed
      await dialog.getByRole('button', { name: 'Undo delete' }).focus();
      await page.keyboard.press('Enter');
      // then it is back, edited, and the picker has focus
      await expect(picker.locator('option').first()).toHaveText(first!);
      await expect(dialog.getByRole('textbox', { name: 'Scenario name' })).toHaveValue(first!);
      await expect(picker).toBeFocused();
    });
  });
}
