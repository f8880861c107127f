/**
 * Problem words where the place is already known (docs/editor.md, *chosen*): the Properties panel's
 * field notes and the canvas markers say the element they are about once ("choose the autolaunched
 * flow that this step runs"), a consequence names its failing step once ("…and that step can never
 * complete"), and a duplicate API name says which element has it in words, not by its JSON path
 * ('already used by step “Assign buddy” (1st step of stage “Settle in”)'; unit tests: the app refuses
 * such a name as it is typed, so only a project's draft opens with one).
 */
import { expect, test } from '@playwright/test';
import { node, onboardingWithFlowlessStep } from './helpers';
import { seriousViolations } from './axe';

for (const [width, height, scheme] of [[1280, 800, 'light'], [1440, 900, 'dark']] as const) {
  test(`${width}×${height} ${scheme}: field notes, markers and the Problems list say each element once`, async ({ page }, info) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    // given the onboarding sample, and a new interactive step beside Buddy in Settle in (the catalog has no screen flow: an error)
    const step = await onboardingWithFlowlessStep(page);
    // then the step's marker says "this step": it read 'choose the screen flow that step “Interactive step 1” (Interactive_step_1) runs'
    await expect(step.locator('.sf-marker')).toHaveAttribute('title', /^choose the screen flow that this step runs\n/);
    await expect(step.locator('.sf-marker')).not.toHaveAttribute('title', /Interactive_step_1/);
    // and the stage's marker names the stage and the step at fault once each: it read 'Follows from the error at
    // Step “Interactive step 1” in stage “Settle in” (Flow): stage “Settle in” (Settle_In) can never complete: …, and “Interactive step 1” (Interactive_step_1) can never…'
    await expect(node(page, 'Settle_In').locator('.sf-marker').first()).toHaveAttribute(
      'title', /^Follows from the error at Step “Interactive step 1” \(Flow\): this stage can never complete: it waits for all its steps, and that step can never complete \(it has no flow\)$/m,
    );
    // and the step's Flow field, in its own panel, says "this step" too
    const panel = page.getByRole('complementary', { name: 'Properties' });
    await expect(panel.getByText(/choose the screen flow that this step runs$/)).toBeVisible();
    await expect(panel).not.toContainText('(Interactive_step_1) runs');
    await page.screenshot({ path: info.outputPath(`step-${scheme}.png`) });
    expect(await seriousViolations(page)).toEqual([]);

    // when nothing is selected: the orchestration's form, with its Problems list
    await page.keyboard.press('Escape');
    const list = panel.locator('[data-problem-list]');
    // then the stage's row, after the step at fault, names its place first and each element once: it read
    // 'Warning, follows from the error at Step “Interactive step 1” in stage “Settle in” (Flow) — Stage “Settle in” (…)'
    const row = list.getByRole('listitem').filter({ hasText: 'can never complete' });
    await expect(row).toContainText(
      'Warning — Stage “Settle in” (When to complete the stage): follows from the error at Step “Interactive step 1” (Flow): this stage can never complete: it waits for all its steps, and that step can never complete (it has no flow)',
    );
    await expect(row).not.toContainText('in stage “Settle in”');
    await page.screenshot({ path: info.outputPath(`list-${scheme}.png`) });
  });
}
