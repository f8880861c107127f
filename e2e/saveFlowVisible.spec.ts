/**
 * A step's new flow's Save flow button can be read: it was white text on white (buttonClass's
 * bg-white and text-ink-800 beat the colours added to it, whatever their place in the class list),
 * an empty box beside Cancel; 1280×800 light and 1440×900 dark, axe clean.
 */
import { expect, test } from '@playwright/test';
import { openNewFlowEditor } from './helpers';
import { contrast } from './contrast';
import { seriousViolations } from './axe';

for (const { width, height, scheme } of [
  { width: 1280, height: 800, scheme: 'light' },
  { width: 1440, height: 900, scheme: 'dark' },
] as const) {
  test(`${width}×${height} ${scheme}: Save flow reads as the form's main button`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    const panel = await openNewFlowEditor(page);
    await page.keyboard.type('Close Onboarding');
    const save = panel.getByRole('button', { name: 'Save flow' });
    await save.scrollIntoViewIfNeeded();
    await expect(save).toBeEnabled();
    const [color, background] = await save.evaluate((b) => [getComputedStyle(b).color, getComputedStyle(b).backgroundColor]);
    expect(contrast(color!, background!)).toBeGreaterThanOrEqual(4.5);
    await page.screenshot({ path: `${process.env.E2E_SHOTS ?? 'reports'}/saveFlowVisible-${width}-${scheme}.png` });
    expect(await seriousViolations(page, 'aside')).toEqual([]);
  });
}
