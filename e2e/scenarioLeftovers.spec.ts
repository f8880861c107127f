/**
 * With real projects open, at 1280×800 light and 1440×900 dark: Run all scenarios on CaseLifecycle,
 * whose default scenario has no expectations and stalls, says the stall in the warning style (it read
 * "0 passed, 0 failed" in green, then "No expectations: nothing checked" in the neutral style, as
 * though nothing were to look at); and a step's Flow picker on LightningFlowComponents'
 * OrchestratorResources names the project's inactive flows' file status as Setup does ("— inactive
 * (Draft)", "(Obsolete)"), as the step's error does. Unit cases: runAllSummary.test,
 * FlowPicker.status.test.
 */
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { node, openProjectOrchestration } from './helpers';

const RESOURCES = 'src/io/project/__fixtures__/LightningFlowComponents/OrchestratorResources';

for (const [theme, width, height] of [['light', 1280, 800], ['dark', 1440, 900]] as const) {
  test.describe(`${theme}, ${width}×${height}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: theme });
    });

    test('Run all on a scenario without expectations that stalls says the stall as a warning, not a green pass nor a neutral "nothing checked"; axe clean', async ({ page }) => {
      // given
      await openProjectOrchestration(page, 'src/io/project/__fixtures__/CaseLifecycle', 'Case_Lifecycle');
      await page.getByRole('button', { name: 'Scenarios' }).click();
      const dialog = page.getByRole('dialog', { name: 'Scenarios' });
      // when
      await dialog.getByRole('button', { name: 'Run all scenarios' }).click();
      // then
      const summary = dialog.getByRole('status', { name: 'Scenario test results' }).locator('p').first();
      await expect(summary).toHaveText('0 passed, 0 failed — 1 run stalled (no expectations)', { timeout: 30_000 });
      await expect(summary).toHaveClass(/text-amber-900/);
      const results = dialog.getByRole('status', { name: 'Scenario test results' });
      await expect(results).toContainText('Default behaviour (In progress, stalled)');
      await expect(results.getByText('No expectations, and the run stalled.')).toHaveClass(/text-amber-900/);
      // and why, in the engine's words, as for a run that ended in Error
      await expect(results.getByText('Why: step Resolve: its start requirements (all must hold) are not met: row 1: $Record.Status is "Working", needs EqualTo "Resolved"')).toHaveClass(/text-amber-900/);
      await page.screenshot({ path: `reports/screenshots/run-all-nothing-checked-${theme}-${width}.png` });
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('a step\'s Flow picker names the project\'s inactive flows\' status: Draft, Obsolete', async ({ page }) => {
      // given an interactive step of Orchestration_Parallel_Approvals selected
      await openProjectOrchestration(page, RESOURCES, 'Orchestration_Parallel_Approvals');
      await node(page, 'Manager_Approves_or_Rejects').locator('span[title]').first().click();
      // then its Flow picker lists the project's screen flows with their files' status
      const picker = page.getByRole('combobox', { name: 'Flow', exact: true });
      // (an optgroup has no role Playwright finds: its options are read by their label)
      const more = picker.locator('optgroup[label^="More flows in "] option');
      await expect(more.filter({ hasText: /\(OrderTaker\) — inactive \(Draft\)$/ })).toBeDisabled();
      await expect(more.filter({ hasText: /\(Navigate_To_Record\) — inactive \(Obsolete\)$/ })).toBeDisabled();
      await expect(more.filter({ hasText: /— inactive$/ })).toHaveCount(0);
    });
  });
}

test('curUser passed by the launcher: Add the field the design reads gives its Username in email form, and the run no longer ends in Error', async ({ page }) => {
  // given DeactivateUser's Handle_User_Deactivation_auto, whose first work item goes to curUser's manager and reads curUser.Username
  await openProjectOrchestration(page, 'src/io/project/__fixtures__/LightningFlowComponents/DeactivateUser', 'Handle_User_Deactivation_auto');
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scenarios' });
  const launch = dialog.getByRole('group', { name: 'Launch' });
  // when the launcher passes curUser, with the field the design reads and its manager
  await launch.getByRole('checkbox', { name: /Pass curUser/ }).check();
  await launch.getByRole('button', { name: 'Add the field the design reads of curUser' }).click();
  await launch.getByRole('button', { name: 'Add the Manager (a User record)' }).click();
  // then
  await expect(launch.getByRole('textbox', { name: 'Username value' })).toHaveValue('curuser@example.com');
  await dialog.getByRole('button', { name: 'Run all scenarios' }).click();
  await expect(dialog.getByRole('status', { name: 'Scenario test results' })).toContainText('Default behaviour (In progress)', { timeout: 30_000 });
});
