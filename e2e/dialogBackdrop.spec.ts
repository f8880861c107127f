/**
 * A modal dialog dims the page behind it in both themes (docs/editor.md, "Dark mode"): in the dark
 * theme the Help, Import and project dialogs washed the page light grey (their scrim was the ink
 * colour, which the dark theme makes light) and the others hardly dimmed it.
 */
import { expect, test, type Page } from '@playwright/test';

/** The backdrop's colour of the open dialog, as painted (any CSS colour syntax): r, g, b 0–255, a 0–1. */
const backdrop = (page: Page) => page.evaluate(() => {
  const color = getComputedStyle(document.querySelector('dialog[open]')!, '::backdrop').backgroundColor;
  const paint = document.createElement('canvas').getContext('2d')!;
  paint.fillStyle = color;
  paint.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, alpha = 0] = paint.getImageData(0, 0, 1, 1).data;
  return { r, g, b, a: alpha / 255 };
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Shortcuts and Scenarios dialogs dim the page behind them with a dark scrim (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto('/?sample=order-fulfilment');
    for (const open of ['Shortcuts', 'Scenarios']) {
      // when the dialog is opened
      await page.getByRole('button', { name: open, exact: true }).click();
      await expect(page.locator('dialog[open]')).toBeVisible();
      // then the page behind is dimmed: a dark colour, at least 40% opaque (more in the dark theme, whose dialogs are the page's own colour)
      const { r, g, b, a } = await backdrop(page);
      expect(Math.max(r, g, b), `${open}: the scrim is dark`).toBeLessThanOrEqual(60);
      expect(a, `${open}: the scrim dims`).toBeGreaterThanOrEqual(colorScheme === 'dark' ? 0.6 : 0.39);
      await page.keyboard.press('Escape');
      await expect(page.locator('dialog[open]')).toHaveCount(0);
    }
    await context.close();
  });
}
