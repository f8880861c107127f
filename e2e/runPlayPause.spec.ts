/**
 * Play and Pause say what the player is doing (docs/canvas.md, "Run controls", *chosen*): Play is
 * pressed while the run plays, Pause while it does not — opened at its start, paused, or at the end
 * it played to by itself — and both stay enabled, as the UI contract's run controls: Pause pressed
 * when nothing plays does nothing, and a script's click on it never waits on a disabled button.
 * Focus stays on the control pressed. Driven by keyboard, at 1280×800 light and 1440×900 dark, with axe.
 */
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { startRun, toEnd } from './runHelpers';

const focusedText = (page: Page) => page.evaluate(() => (document.activeElement === document.body ? '<body>' : document.activeElement?.textContent ?? ''));

for (const [size, scheme] of [[{ width: 1280, height: 800 }, 'light'], [{ width: 1440, height: 900 }, 'dark']] as const) {
  test(`Play and Pause tell the truth and stay enabled, and focus stays on a control as playback ends by itself (${size.width}×${size.height} ${scheme})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: size, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto('/?sample=case-escalation');
    await expect(page.locator('.react-flow__node-step').first()).toBeVisible();
    await startRun(page);
    const play = page.getByRole('button', { name: 'Play' });
    const pause = page.getByRole('button', { name: 'Pause' });
    const timeline = page.getByRole('slider', { name: 'Timeline' });
    // given the run opened paused at its start: Pause is pressed, Play is not, and both can be pressed
    await expect(play).toBeFocused();
    await expect(play).toHaveAttribute('aria-pressed', 'false');
    await expect(pause).toHaveAttribute('aria-pressed', 'true');
    await expect(pause).toBeEnabled();
    expect(await seriousViolations(page, '[role="toolbar"][aria-label="Run controls"]')).toEqual([]);
    const idle = await play.evaluate((e) => getComputedStyle(e).backgroundColor);
    // when Pause is clicked while nothing plays, it does nothing (the moment shown stays)
    const start = await timeline.inputValue();
    await pause.click();
    await page.waitForTimeout(400); // a beat at 1× is 300 ms: had it played, the moment would have moved
    await expect(timeline).toHaveValue(start);
    await expect(pause).toHaveAttribute('aria-pressed', 'true');
    // when Enter on Play plays it
    await play.focus();
    await page.keyboard.press('Enter');
    // then Play is pressed, and looks it; Pause is not
    await expect(play).toHaveAttribute('aria-pressed', 'true');
    await expect(pause).toHaveAttribute('aria-pressed', 'false');
    expect(await play.evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe(idle);
    // when Tab then Enter presses Pause
    await page.keyboard.press('Tab');
    await expect(pause).toBeFocused();
    await page.keyboard.press('Enter');
    // then nothing plays: Pause is pressed and keeps focus, Play is not pressed
    await expect(pause).toHaveAttribute('aria-pressed', 'true');
    await expect(play).toHaveAttribute('aria-pressed', 'false');
    await expect(pause).toBeFocused();
    // when it plays its last changes to the end by itself at 10×, focus left on Pause
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('10');
    await toEnd(page);
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step back' }).click();
    await play.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(pause).toBeFocused();
    // (at the end Step forward stays enabled and its tooltip says so: runEnds.spec.ts)
    await expect(page.getByRole('button', { name: 'Step forward' })).toHaveAttribute('title', 'Already at the end of the run', { timeout: 20_000 });
    // then at the end nothing claims to play: Pause is pressed, enabled, and still has focus
    await expect(pause).toHaveAttribute('aria-pressed', 'true');
    await expect(pause).toBeEnabled();
    await expect(play).toHaveAttribute('aria-pressed', 'false');
    expect(await play.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(idle);
    expect(await focusedText(page)).toBe('Pause');
    expect(await seriousViolations(page, '[role="toolbar"][aria-label="Run controls"]')).toEqual([]);
    // when Play is pressed again (at 1×), it plays the run again
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('1');
    await play.focus();
    await page.keyboard.press('Enter');
    await expect(play).toHaveAttribute('aria-pressed', 'true');
    await context.close();
  });
}
