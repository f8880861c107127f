/**
 * The Shortcuts dialog (`?`) says what the canvas's marks are: the red dot under a stage (its fault
 * path) and the outlined "↳" badge, which a new admin could only learn by hovering them (*chosen*,
 * docs/editor.md "Marks on the canvas"); 1280×800 light and 1440×900 dark, axe clean.
 */
import { expect, test } from '@playwright/test';
import { node } from './helpers';
import { seriousViolations } from './axe';

for (const { width, height, scheme } of [
  { width: 1280, height: 800, scheme: 'light' },
  { width: 1440, height: 900, scheme: 'dark' },
] as const) {
  test(`${width}×${height} ${scheme}: the help names the fault-path dot and the "↳" marker`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/?sample=onboarding');
    await expect(node(page, 'Provision_Laptop')).toBeVisible();
    // the red dot is on the canvas, under every stage
    await expect(page.locator('.react-flow__node .sf-handle-fault').first()).toBeVisible();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const marks = help.getByRole('table', { name: 'Marks on the canvas' });
    await marks.scrollIntoViewIfNeeded();
    await expect(marks.getByRole('cell', { name: /^Red dot under a stage: its fault path/ })).toBeVisible();
    await expect(marks.getByRole('cell', { name: /^Outlined “↳”: only follows from an error elsewhere/ })).toBeVisible();
    await page.screenshot({ path: `${process.env.E2E_SHOTS ?? 'reports'}/canvasMarksHelp-${width}-${scheme}.png` });
    expect(await seriousViolations(page, 'dialog')).toEqual([]);
  });
}
