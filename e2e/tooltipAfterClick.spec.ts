/**
 * A tooltip opens on keyboard focus, not on focus the app moves after a mouse click: Exit run clicked
 * returns focus to Run, whose tip sat over the Properties header until the admin clicked elsewhere
 * (docs/editor.md, "Tooltips on focus", chosen). Exit run by keyboard still shows Run's tip.
 */
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { startRun } from './runHelpers';

for (const { width, height, scheme } of [
  { width: 1280, height: 800, scheme: 'light' },
  { width: 1440, height: 900, scheme: 'dark' },
] as const) {
  test(`${width}×${height} ${scheme}: Exit run clicked returns focus to Run without its tooltip; by keyboard the tooltip shows`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/?sample=order-fulfilment');
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    const run = page.getByRole('button', { name: 'Run', exact: true });
    // when the admin clicks Exit run
    await startRun(page);
    await page.getByRole('button', { name: 'Exit run' }).click();
    // then focus is back on Run, and no tooltip (a tip's delay is 350 ms: wait past it)
    await expect(run).toBeFocused();
    await page.waitForTimeout(800);
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    await page.screenshot({ path: `${process.env.E2E_SHOTS ?? 'reports'}/tooltipAfterClick-${width}-${scheme}.png` });
    expect(await seriousViolations(page)).toEqual([]);
    // when the admin runs again and leaves the run with the keyboard
    await startRun(page);
    await page.getByRole('button', { name: 'Exit run' }).focus();
    await page.keyboard.press('Enter');
    // then Run has focus and shows its tip, as focus by Tab does
    await expect(run).toBeFocused();
    await expect(page.getByRole('tooltip')).toContainText('Run');
  });
}
