/**
 * A new design (/?new) opens without red errors: the Problems list says how to begin ("To begin —
 * add a stage"), neutrally and once, while Run stays blocked with the validator's reason
 * (docs/editor.md, "A design with no stage", chosen).
 */
import { expect, test } from '@playwright/test';
import { openEmpty } from './helpers';
import { seriousViolations } from './axe';

for (const { width, height, scheme } of [
  { width: 1280, height: 800, scheme: 'light' },
  { width: 1440, height: 900, scheme: 'dark' },
] as const) {
  test(`${width}×${height} ${scheme}: /?new says how to begin, no red error; Run is still blocked with the reason`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    await openEmpty(page);
    const panel = page.getByRole('complementary', { name: 'Properties' });
    // then the Problems list counts one thing to do and says how to begin, in no red
    await expect(panel.getByRole('heading', { name: 'Problems (1)' })).toBeVisible();
    const hint = panel.locator('[data-problem-list] li');
    await expect(hint).toHaveText(/^To begin — add a stage: an orchestration needs at least one before it can run\./);
    await expect(panel.getByText(/^Error/)).toHaveCount(0);
    await expect(panel.getByText('to fix before running')).toHaveCount(0);
    await page.screenshot({ path: `${process.env.E2E_SHOTS ?? 'reports'}/newDesignHint-${width}-${scheme}.png` });
    expect(await seriousViolations(page)).toEqual([]);
    // when the admin presses Run anyway: blocked, with the validator's reason
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveCount(0);
    await expect(page.getByText(/needs at least one stage/).first()).toBeVisible();
    await page.screenshot({ path: `${process.env.E2E_SHOTS ?? 'reports'}/newDesignHint-run-${width}-${scheme}.png` });
  });
}
