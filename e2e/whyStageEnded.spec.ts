/**
 * The run view's Why panel for a step whose stage ended in Error before it started (DeactivateUser:
 * no manager to assign Reassign Account Ownership to): it says how the stage ended as an admin would,
 * at 1280×800 light and 1440×900 dark — not "is Error", a status field.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
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
    await expect(why).toContainText('Its stage “Reassign User Resources” ended in Error: a step that had not started by then does not start.');
    await expect(why).toBeInViewport();
  });
}
