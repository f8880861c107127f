/**
 * The header names the open design whole at 1280×800: its save status sits under the title (as
 * Flow Builder shows a flow's status under its label), not beside it, where it took the title's room.
 */
import { expect, test, type Page } from '@playwright/test';

/** Whether the title's text is wider than the room the header gives it (cut with an ellipsis). */
const titleCut = (page: Page) => page.locator('header h1').evaluate((h) => h.scrollWidth > h.clientWidth);

test('a 40-character orchestration label is shown whole in the header at 1280×800, before and after it is saved, and the header keeps its height', async ({ page }) => {
  // given loan-approval, renamed to a label as long as a real org's often are
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?sample=loan-approval');
  await expect(page.locator('.react-flow__node-step').first()).toBeVisible();
  const height = (await page.locator('header').boundingBox())!.height;
  const label = 'Employee Onboarding Orchestration (EMEA)';
  expect(await page.evaluate((l) => { const d = window.stageflow.getDocument(); d.label = l; return window.stageflow.loadDocument(d).ok; }, label)).toBe(true);
  // then
  await expect(page.locator('header h1')).toHaveText(label);
  expect(await titleCut(page)).toBe(false);
  // when an edit is saved ("Saved in this browser" is the status's longest everyday text)
  await page.getByRole('button', { name: 'Add stage' }).click();
  await expect(page.locator('[data-save-status="saved"]')).toBeVisible({ timeout: 10_000 });
  // then
  expect(await titleCut(page)).toBe(false);
  expect((await page.locator('header').boundingBox())!.height).toBe(height);
  await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();
});
