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

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a dialog is the theme's surface, as its sticky footer and fields are (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto('/?sample=order-fulfilment');
    // the theme's surface: what the app's own controls are painted with (the Properties panel's Label field)
    const surface = await page.getByLabel('Label', { exact: true }).evaluate((e) => getComputedStyle(e).backgroundColor);
    for (const open of ['Shortcuts', 'Scenarios']) {
      await page.getByRole('button', { name: open, exact: true }).click();
      const dialog = page.locator('dialog[open]');
      await expect(dialog).toBeVisible();
      // then (before, dark: the browser's own #121212, and the Shortcuts list's sticky footer a navy band across it)
      const painted = await dialog.evaluate((d) => ({
        dialog: getComputedStyle(d).backgroundColor,
        footers: [...d.querySelectorAll('form')].map((f) => getComputedStyle(f).backgroundColor).filter((c) => c !== 'rgba(0, 0, 0, 0)'),
      }));
      expect(painted.dialog, open).toBe(surface);
      for (const footer of painted.footers) expect(footer, `${open} footer`).toBe(painted.dialog);
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
    }
    await context.close();
  });
}
