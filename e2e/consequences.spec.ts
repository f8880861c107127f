/**
 * A warning that only follows from an error elsewhere reads as its consequence on the canvas and in
 * the Properties panel, and "Show it" leads to the error (docs/editor.md, chosen). axe clean in
 * both themes with it shown.
 */
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { getDocument, node, onboardingWithFlowlessStep } from './helpers';

test('a stage that can never complete only because a step has no flow: a muted marker, the exit says what it follows from, Show it focuses the Flow picker of the step', async ({ page }) => {
  // given the onboarding sample, and a new interactive step beside Buddy (the catalog has no screen flow: an error)
  await onboardingWithFlowlessStep(page);
  const stage = (await getDocument(page)).stages.find((s) => s.steps.some((x) => x.name === 'Buddy'))!;
  // then the stage has no error of its own, and its marker is the muted one of a consequence
  const stageNode = node(page, stage.name);
  await expect(stageNode).not.toHaveAttribute('data-invalid', 'true');
  const marker = stageNode.locator('.sf-marker').first();
  await expect(marker).toHaveClass(/sf-consequence/);
  // on the stage's own marker, the stage the step is in is not named again, nor the stage itself (docs/editor.md)
  await expect(marker).toHaveAttribute('aria-label', /^Warning: Follows from the error at Step “[^”]+” \(Flow\): this stage can never complete/);
  // when the stage is selected
  await stageNode.locator('span[title]').first().click();
  const panel = page.getByRole('complementary', { name: 'Properties' });
  // then its exit condition names the error it follows from, and is not marked invalid
  const exit = panel.getByLabel('When to complete the stage');
  await expect(exit).not.toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByText(/Warning, follows from the error at Step “[^”]+” \(Flow\): this stage can never complete/)).toBeVisible();
  // and the page is axe clean in both themes with the note and the marker shown
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveClass(/dark/);
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  // when "Show it" is pressed
  await panel.getByRole('button', { name: /^Show it: Step “/ }).click();
  // then the step at fault is selected, focus in the Flow picker that shows its error (showProblemField.spec)
  await expect(panel.getByLabel('API Name', { exact: true })).toHaveValue('Interactive_step_1');
  await expect(panel.getByRole('combobox', { name: 'Flow', exact: true })).toBeFocused();
});
