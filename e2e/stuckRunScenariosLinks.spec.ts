/**
 * A stuck run with expectations has two links to Scenarios — the banner's and the Expectations
 * section's. Both open the dialog over the run, on the run's scenario, and focus comes back to the
 * link followed; they are named by what is changed there (docs/scenarios.md, “Scenarios from the run
 * view”, *chosen*). The banner's left the run, while the section's kept it, under one name.
 * Keyboard only, 1280×800 light and 1440×900 dark, axe clean.
 */
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';

const SHOTS = process.env.E2E_SHOTS;
const STUCK = 'HR never confirms the hire, so no buddy is assigned';

/** Onboarding run under its stuck scenario, shown at its end. */
async function stuckRun(page: Page): Promise<string> {
  await page.goto('/?sample=onboarding');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await expect(slider).toBeEnabled({ timeout: 15_000 });
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption({ label: STUCK });
  await expect(page.getByRole('region', { name: 'Expectations' })).toContainText(`Scenario “${STUCK}”, judged on the whole run`);
  await expect(slider).toBeEnabled({ timeout: 15_000 });
  await slider.focus();
  await slider.press('End');
  await expect(page.locator('#side-panel [role="status"]').filter({ hasText: 'The run is stuck' })).toBeVisible();
  return page.evaluate(() => JSON.stringify(window.stageflow.getTrace()));
}

for (const { width, height, scheme } of [
  { width: 1280, height: 800, scheme: 'light' as const },
  { width: 1440, height: 900, scheme: 'dark' as const },
]) {
  test.describe(`${width}×${height} ${scheme}`, () => {
    test.use({ viewport: { width, height }, colorScheme: scheme });

    test('the stuck run’s two Scenarios links are named by what is changed there, and both open Scenarios over the run, focus coming back to each', async ({ page }) => {
      // given Onboarding's stuck run, with its three expectations, at its end
      const trace = await stuckRun(page);
      const panel = page.locator('#side-panel');
      const banner = panel.locator('[role="status"]').filter({ hasText: 'The run is stuck' });
      const section = page.getByRole('region', { name: 'Expectations' });
      // then the side panel's two links to Scenarios have two names, each saying what is changed there
      await expect(panel.getByRole('link', { name: /Scenarios/ })).toHaveCount(2);
      const change = banner.getByRole('link', { name: 'change the scenario in Scenarios', exact: true });
      const expected = section.getByRole('link', { name: 'Expected outcome in Scenarios', exact: true });
      await expect(banner).toContainText('or change the scenario in Scenarios and run again.');
      await expect(section).toContainText('Change what it expects under Expected outcome in Scenarios.');
      await change.scrollIntoViewIfNeeded();
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/stuck-links-${width}-${scheme}.png` });
      expect(await seriousViolations(page)).toEqual([]);
      const dialog = page.getByRole('dialog', { name: 'Scenarios' });
      for (const link of [change, expected]) {
        // when each is followed from the keyboard
        await link.focus();
        await page.keyboard.press('Enter');
        // then Scenarios is open on the run's scenario, over the run, which is still shown, not run again
        await expect(dialog.getByRole('textbox', { name: 'Scenario name' })).toHaveValue(STUCK);
        expect(await page.evaluate(() => JSON.stringify(window.stageflow.getTrace()))).toBe(trace);
        if (SHOTS) await page.screenshot({ path: `${SHOTS}/stuck-dialog-${width}-${scheme}.png` });
        // when it is closed
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
        // then the run is still shown at its end, and focus is back on the link followed
        await expect(link).toBeFocused();
        await expect(banner).toBeVisible();
        await expect(page.getByRole('button', { name: 'Exit run' })).toBeVisible();
      }
    });

    test('a change of what the stuck run uses, made from the banner’s link, offers Rerun, which runs the scenario as it now is', async ({ page }) => {
      // given Onboarding's stuck run at its end
      const trace = await stuckRun(page);
      const banner = page.locator('#side-panel [role="status"]').filter({ hasText: 'The run is stuck' });
      const section = page.getByRole('region', { name: 'Expectations' });
      // when the banner's link is followed from the keyboard and a step's behaviour overridden
      const change = banner.getByRole('link', { name: 'change the scenario in Scenarios', exact: true });
      await change.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Scenarios' });
      await dialog.getByRole('combobox', { name: 'Override a step' }).selectOption({ index: 1 });
      await expect(dialog.getByRole('group', { name: /^Behaviour of / })).toHaveCount(1);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      // then the run shown is kept, focus is back on the link, and the section offers Rerun
      await expect(change).toBeFocused();
      expect(await page.evaluate(() => JSON.stringify(window.stageflow.getTrace()))).toBe(trace);
      await expect(section.getByRole('note')).toContainText(`Scenario “${STUCK}” has changed since this run: the run shown used it as it was. Rerun to see it as it is now.`);
      expect(await seriousViolations(page)).toEqual([]);
      // when Rerun is pressed from the keyboard
      await section.getByRole('button', { name: 'Rerun' }).focus();
      await page.keyboard.press('Enter');
      // then the scenario runs again as it is, with focus on the section's heading
      await expect(section.getByRole('note')).toHaveCount(0);
      await expect(section.getByRole('heading', { name: 'Expectations' })).toBeFocused();
      await expect(page.getByRole('combobox', { name: 'Scenario', exact: true }).locator('option:checked')).toHaveText(STUCK);
    });
  });
}
