/**
 * Save to project blocked by an error says where it is in words, with Show it, as Run and Export do
 * (docs/projects.md). Since a new step of a project design starts with no flow, this is the notice an
 * admin adding a step meets first; it read a JSON path, 'First: stages[0].steps[1].flow: …'.
 * 1280×800 light and 1440×900 dark, axe clean.
 */
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { fileMenu, node } from './helpers';
import { openFixtureProject } from './projectFixtures';

const SCREENSHOTS = process.env.E2E_SCREENSHOTS;

for (const [width, height, scheme] of [[1280, 800, 'light'], [1440, 900, 'dark']] as const) {
  test(`Save to project with a new step that has no flow: the notice names the step and its Flow field, and Show it goes there (${width}×${height} ${scheme})`, async ({ page }) => {
    // given the recruiting project opened, a background step added to Initial Screening
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    await openFixtureProject(page, 'RecruitingOrchestrator', 'Recruiting_Orchestration_v6', { folder: 'recruiting', select: 'Stage Initial Screening' });
    await page.getByRole('button', { name: 'Add background step' }).click();
    await expect(node(page, 'Background_step_1')).toHaveAttribute('data-invalid', 'true');
    // when it is saved to the project
    await fileMenu(page, 'Save to project');
    // then the notice says which step and field, in the Problems list's words, not a JSON path
    const notice = page.getByRole('status', { name: 'Notices' }).getByRole('listitem').filter({ hasText: 'Can’t save to the project yet' });
    await expect(notice).toContainText('Step “Background step 1” in stage “Initial Screening” (Flow): choose the autolaunched flow');
    await expect(notice).not.toContainText('stages[');
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/save-blocked-${width}-${scheme}.png` });
    expect(await seriousViolations(page)).toEqual([]);
    // and its Show it lands in the step's Flow picker
    await notice.getByRole('button', { name: 'Show it' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary', { name: 'Properties' }).getByRole('combobox', { name: 'Flow', exact: true })).toBeFocused();
  });
}
