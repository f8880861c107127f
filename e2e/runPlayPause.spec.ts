/**
 * Play and Pause say what the player is doing (docs/canvas.md, "Run controls", *chosen*): Pause is
 * enabled only while the run plays, Play is pressed only then — at the run's end, reached by
 * itself, neither claims to be playing — and focus on Pause as it is disabled goes to Play, never to
 * <body>. Driven by keyboard, at 1280×800 light and 1440×900 dark, with axe.
 */
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { startRun, toEnd } from './runHelpers';

const focusedText = (page: Page) => page.evaluate(() => (document.activeElement === document.body ? '<body>' : document.activeElement?.textContent ?? ''));

for (const [size, scheme] of [[{ width: 1280, height: 800 }, 'light'], [{ width: 1440, height: 900 }, 'dark']] as const) {
  test(`Play and Pause tell the truth, and focus stays on a control as playback ends by itself (${size.width}×${size.height} ${scheme})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: size, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto('/?sample=case-escalation');
    await expect(page.locator('.react-flow__node-step').first()).toBeVisible();
    await startRun(page);
    const play = page.getByRole('button', { name: 'Play' });
    const pause = page.getByRole('button', { name: 'Pause' });
    // given the run opened paused at its start: nothing plays, so Pause cannot be pressed
    await expect(play).toBeFocused();
    await expect(play).toHaveAttribute('aria-pressed', 'false');
    await expect(pause).toBeDisabled();
    expect(await seriousViolations(page, '[role="toolbar"][aria-label="Run controls"]')).toEqual([]);
    const idle = await play.evaluate((e) => getComputedStyle(e).backgroundColor);
    // when Enter plays it (slowly enough to act on)
    await page.keyboard.press('Enter');
    // then Play is pressed, and looks it; Pause can be pressed
    await expect(play).toHaveAttribute('aria-pressed', 'true');
    await expect(pause).toBeEnabled();
    expect(await play.evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe(idle);
    // when Tab then Enter presses Pause
    await page.keyboard.press('Tab');
    await expect(pause).toBeFocused();
    await page.keyboard.press('Enter');
    // then nothing plays: Pause is disabled and hands focus to Play, which is no longer pressed
    await expect(pause).toBeDisabled();
    await expect(play).toHaveAttribute('aria-pressed', 'false');
    await expect(play).toBeFocused();
    // when it plays its last changes to the end by itself at 10×, focus left on Pause
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('10');
    await toEnd(page);
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step back' }).click();
    await play.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(pause).toBeFocused();
    await expect(page.getByRole('button', { name: 'Step forward' })).toBeDisabled({ timeout: 20_000 });
    // then at the end nothing claims to play, and focus is on Play; pressed again (at 1×), it plays the run again
    await expect(pause).toBeDisabled();
    await expect(play).toHaveAttribute('aria-pressed', 'false');
    expect(await play.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(idle);
    expect(await focusedText(page)).toBe('Play');
    expect(await seriousViolations(page, '[role="toolbar"][aria-label="Run controls"]')).toEqual([]);
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('1');
    await play.focus();
    await page.keyboard.press('Enter');
    await expect(play).toHaveAttribute('aria-pressed', 'true');
    await context.close();
  });
}
