import { expect, test } from '@playwright/test';
import { getDocument, node } from './helpers';

/**
 * The start sample is open when goto returns (src/app/earlyStart.ts); the rest of the start
 * (the sample's scenarios, saving) finishes a moment later. What the user does in that moment stays.
 */
test('an edit and a selection made before the start has finished stay: the start sample is never opened a second time over itself', async ({ page }) => {
  // given the frame reading the sample answering after 600 ms, and every fetch of the samples folder
  // held until the test lets it go, so that the rest of the start asks for the sample (the code before
  // the fix did) before the frame has it, and cannot finish before the user has acted
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/samples/**', async (route) => {
    if (route.request().resourceType() === 'document') await new Promise((resolve) => setTimeout(resolve, 600));
    else await released;
    await route.continue();
  });
  await page.goto('/?sample=case-escalation');
  await expect(node(page, 'Survey_Customer')).toBeVisible();
  expect((await getDocument(page)).name).toBe('Case_Escalation');
  // when a step is deleted and another selected before the start has finished
  await node(page, 'Survey_Customer').locator('span[title]').first().click();
  await page.keyboard.press('Delete');
  await expect(node(page, 'Survey_Customer')).toHaveCount(0);
  await node(page, 'Manager_Review').locator('span[title]').first().click();
  await expect(node(page, 'Manager_Review')).toHaveClass(/selected/);
  await expect(page.getByRole('toolbar', { name: 'Design tools' })).toHaveCount(0);
  release();
  // then, once it has (the toolbar is there, the sample's scenarios have joined), both stay
  await expect(page.getByRole('toolbar', { name: 'Design tools' })).toBeVisible({ timeout: 10_000 });
  await expect(page.getByRole('button', { name: 'Run' })).toBeEnabled();
  await page.waitForTimeout(300);
  await expect(node(page, 'Survey_Customer')).toHaveCount(0);
  expect((await getDocument(page)).stages.flatMap((s) => s.steps).map((s) => s.name)).not.toContain('Survey_Customer');
  await expect(node(page, 'Manager_Review')).toHaveClass(/selected/);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
});

/** React Flow's view: the viewport element's transform. */
const viewOf = (page: import('@playwright/test').Page) => page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);

for (const sample of ['onboarding', 'loan-approval', 'case-escalation', 'order-fulfilment']) {
  test(`${sample} opens framed, as Fit view frames it, though it opened before the canvas was there`, async ({ page }) => {
    // when
    await page.goto(`/?sample=${sample}`);
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    await expect(page.getByRole('toolbar', { name: 'Design tools' })).toBeVisible();
    await expect.poll(async () => { const a = await viewOf(page); await page.waitForTimeout(250); return a === (await viewOf(page)) ? a : 'moving'; }).not.toBe('moving');
    const opened = await viewOf(page);
    // then Fit view leaves the view where it is
    await page.getByRole('button', { name: 'Fit view' }).click();
    await page.waitForTimeout(500);
    const parse = (t: string) => (t.match(/-?[\d.]+/g) ?? []).map(Number);
    const fitted = await viewOf(page);
    const [a, b] = [parse(opened), parse(fitted)];
    expect(a.length).toBe(6);
    a.forEach((v, i) => expect(Math.abs(v - b[i]!), `${opened} against ${fitted}`).toBeLessThan(1));
  });
}
