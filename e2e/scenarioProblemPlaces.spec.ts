/**
 * Scenarios → the problems box says where each problem is as the dialog titles its boxes, the path
 * after it (docs/scenarios.md, model/scenarioPlace.ts): it began with the JSON path alone.
 */
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { node } from './helpers';

for (const { width, height, scheme } of [
  { width: 1280, height: 800, scheme: 'light' as const },
  { width: 1440, height: 900, scheme: 'dark' as const },
]) {
  test(`the problems box names the expectation as Expected outcome numbers it, its path after it (${width}×${height} ${scheme}); axe clean`, async ({ page }) => {
    // given the onboarding sample, whose scenario expects Welcome_Email to start after Create_User_Accounts completes
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/?sample=onboarding');
    // when the step Welcome_Email is deleted from the design and Scenarios is opened
    await node(page, 'Welcome_Email').click();
    await page.keyboard.press('Delete');
    await expect(node(page, 'Welcome_Email')).toHaveCount(0);
    await page.getByRole('button', { name: 'Scenarios' }).click();
    const dialog = page.getByRole('dialog', { name: 'Scenarios' });
    // then the box says where the scenario names it in the dialog's words, and the path after them
    const box = dialog.getByRole('status', { name: 'Scenario problems' });
    await expect(box).toContainText('Expected outcome, expectation 3 (expectations[2].then.element): ');
    await page.screenshot({ path: test.info().outputPath(`scenario-problems-${scheme}-${width}.png`) });
    expect(await seriousViolations(page)).toEqual([]);
  });
}
