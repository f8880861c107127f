/**
 * A notice's × keeps keyboard focus off <body> (docs/editor.md, "Focus after each action"; chosen):
 * from the keyboard it goes to the × of the notice in its place, then to the canvas; after a click,
 * to the canvas, so that no other notice is kept from fading by the focus.
 */
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { node } from './helpers';

/** The default sample with its two stages deleted from the keyboard: two notices, each naming one. */
async function twoNotices(page: Page) {
  await page.goto('/?sample=order-fulfilment');
  for (const stage of ['Prepare_Order', 'Ship_Order']) {
    await node(page, stage).focus();
    await page.keyboard.press('Delete');
    await expect(node(page, stage)).toHaveCount(0);
  }
  const notices = page.getByRole('status', { name: 'Notices' });
  const dismiss = notices.getByRole('button', { name: 'Dismiss notice' });
  await expect(dismiss).toHaveCount(2);
  return { notices, dismiss };
}

for (const { width, height, scheme } of [{ width: 1280, height: 800, scheme: 'light' }, { width: 1440, height: 900, scheme: 'dark' }] as const) {
  test(`Enter on a notice's × puts focus on the next notice's ×, then on the canvas (${width}×${height} ${scheme})`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    // given two notices, the first one's × reached from the keyboard (focus holds it: no fade race)
    const { notices, dismiss } = await twoNotices(page);
    await dismiss.first().focus();
    // when Enter presses it
    await page.keyboard.press('Enter');
    // then the remaining notice's × has focus (it fell to <body> before)
    await expect(notices).not.toContainText('Prepare');
    await expect(dismiss).toHaveCount(1);
    await expect(dismiss).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);
    // when Enter presses that one too, then the canvas has focus
    await page.keyboard.press('Enter');
    await expect(dismiss).toHaveCount(0);
    await expect(page.locator('[data-canvas-host]')).toBeFocused();
  });
}

test('a click on a notice\'s × leaves focus on the canvas, not on the other notice', async ({ page }) => {
  // given two notices
  const { notices, dismiss } = await twoNotices(page);
  // when the first one's × is clicked
  await dismiss.first().click();
  // then the canvas has focus, and the other notice is not held by it
  await expect(notices).not.toContainText('Prepare');
  await expect(page.locator('[data-canvas-host]')).toBeFocused();
  await expect(dismiss).not.toBeFocused();
});
