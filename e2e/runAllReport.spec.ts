/**
 * Scenarios → Run all scenarios with a real project (the recruiting demo, whose default scenario
 * ends in Error: its first flow looks up a User the simulated org lacks), at 1280×800, light and
 * dark: the summary does not read as success, the report says which step failed and why, and the
 * Owner added in one keypress has a Username. Unit cases: RunAllReport.test, newUsername.test.
 */
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { openProjectOrchestration } from './helpers';

for (const theme of ['light', 'dark'] as const) {
  test(`Run all on the recruiting demo (${theme}): the Error is said, in the warning style, with the step that failed; axe clean`, async ({ page }) => {
    // given the recruiting demo opened from its project, Scenarios opened from the keyboard
    await page.emulateMedia({ colorScheme: theme });
    await openProjectOrchestration(page, 'src/io/project/__fixtures__/RecruitingOrchestrator', 'Recruiting_Orchestration_v6');
    await page.getByRole('button', { name: 'Scenarios' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Scenarios' });
    // when the Owner is added and the scenarios run, from the keyboard
    await dialog.getByRole('button', { name: 'Add the Owner (a User record)' }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('group', { name: 'User 1' }).getByRole('textbox', { name: 'Username value' })).toHaveValue('owner@example.com');
    await dialog.getByRole('button', { name: 'Run all scenarios' }).focus();
    await page.keyboard.press('Enter');
    // then
    const results = dialog.getByRole('status', { name: 'Scenario test results' });
    const summary = results.getByText(/passed, \d+ failed/);
    await expect(summary).toHaveText('0 passed, 0 failed — 1 run ended in Error (no expectations)', { timeout: 30_000 });
    await expect(summary).toHaveClass(/text-amber-900/);
    await expect(results).toContainText('Why: step Get_Usernames_Step failed: flow "Get_Usernames" failed:');
    await page.screenshot({ path: `reports/screenshots/run-all-error-${theme}.png` });
    expect(await seriousViolations(page)).toEqual([]);
    // and an edit after the run says the report is out of date (it read as current)
    const stale = dialog.getByText('The scenarios or the design changed since this run: run all scenarios again to check them as they are.');
    await page.waitForTimeout(500); // an autosave meanwhile changes neither the design nor the scenarios
    await expect(stale).toHaveCount(0);
    await dialog.getByRole('textbox', { name: 'Scenario name' }).fill('Default behaviour, with an owner');
    await expect(stale).toBeVisible();
  });
}
