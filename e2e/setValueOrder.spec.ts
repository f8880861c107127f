/**
 * Set value offers first what the run waits on (docs/canvas.md, "Set value", *chosen*): in a stuck
 * Onboarding run, Assign buddy waits on the evaluation flow "Hire confirmed?", which reads
 * hire.Confirmed — the first choice, where hire.Id was; set (and an event published) it moves the run on.
 */
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { startRun, toEnd, trace } from './runHelpers';

test('in a stuck Onboarding run, Set value offers hire.Confirmed first and the record\'s Id last; set, it starts the waiting step', async ({ page }) => {
  // given the run of "HR never confirms the hire", at its end: stuck, Assign buddy not started
  await page.goto('/?sample=onboarding');
  await expect(page.locator('.react-flow__node-step').first()).toBeVisible();
  await startRun(page);
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption({ label: 'HR never confirms the hire, so no buddy is assigned' });
  await expect.poll(async () => (await trace(page))?.steps.Buddy?.status).toBe('NotStarted');
  await toEnd(page);
  await expect(page.locator('.react-flow__node[data-id="Buddy"]')).toHaveAttribute('data-status', 'NotStarted');
  // then
  const target = page.getByRole('combobox', { name: 'Value to change' });
  const options = await target.locator('option').allTextContents();
  expect(options[0]).toBe('hire.Confirmed');
  expect(options.at(-1)).toBe('hire.Id');
  await expect(target).toHaveValue('hire.Confirmed');
  expect(await seriousViolations(page, '[aria-label="Interventions"]')).toEqual([]);
  // when the admin types true and presses Enter, leaving the target as offered
  await page.getByRole('textbox', { name: 'New value' }).fill('true');
  await page.getByRole('textbox', { name: 'New value' }).press('Enter');
  // and publishes an orchestration event, which has the evaluation flow asked again (as in the sample's default scenario)
  await expect(page.getByRole('button', { name: 'Publish orchestration event' })).toBeEnabled();
  await page.getByRole('button', { name: 'Publish orchestration event' }).click();
  // then the run goes on from here: Assign buddy starts
  await expect.poll(async () => (await trace(page))?.steps.Buddy?.status, { timeout: 15_000 }).not.toBe('NotStarted');
});
