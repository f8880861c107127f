/**
 * The run view's Why panel for a step whose stage ended in Error before it started (DeactivateUser:
 * no manager to assign Reassign Account Ownership to): it says how the stage ended as an admin would,
 * at 1280×800 light and 1440×900 dark — not "is Error", a status field. The stage itself, selected,
 * says which step failed and why, and what that means for the stages after it (R31), where it said
 * "Stage status: Error" alone.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { node, openProjectOrchestration } from './helpers';
import { FIXTURES, runToEnd } from './projectFixtures';

for (const [width, height, scheme] of [[1280, 800, 'light'], [1440, 900, 'dark']] as const) {
  test(`a step whose stage ended in Error says so in words (${width}×${height} ${scheme})`, async ({ page }) => {
    // given the failed run of User deactivation (the assignee has no value)
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    await openProjectOrchestration(page, join(FIXTURES, 'DeactivateUser'), 'User_deactivation_orchestration');
    await runToEnd(page);
    // when the step that never started is selected
    await node(page, 'notify_manager').click();
    // then
    const why = page.getByRole('note', { name: 'Why it has not started' });
    await expect(why).toContainText('Its stage “Reassign User Resources” ended in Error when step “Reassign Account Ownership” failed, before this step started: a step that had not started by then does not start.');
    await expect(why).toBeInViewport();
  });
}

for (const [width, height, scheme] of [[1280, 800, 'light'], [1440, 900, 'dark']] as const) {
  test(`a stage that ended in Error says which step failed, its error, and that no later stage starts (${width}×${height} ${scheme}); axe clean`, async ({ page }) => {
    // given the failed run of User deactivation
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    await openProjectOrchestration(page, join(FIXTURES, 'DeactivateUser'), 'User_deactivation_orchestration');
    await runToEnd(page);
    // when the stage is selected (by its corner: its steps fill the rest of its node)
    await node(page, 'Reassign_User_Resources').click({ position: { x: 12, y: 8 } });
    // then
    const why = page.getByRole('note', { name: 'Why it ended in Error' });
    await expect(why).toContainText('Step “Reassign Account Ownership” failed: the assignee $Record.Manager.Username has no value (null), so the work item cannot be assigned.');
    await expect(why).toContainText('It has no fault path, so the run ended in Error: no later stage starts');
    await why.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `reports/screenshots/why-stage-error-${scheme}-${width}.png` });
    expect(await seriousViolations(page)).toEqual([]);
  });
}
