/**
 * Every run control is enabled once the run is ready (docs/canvas.md, "Run controls", *chosen*):
 * Step forward and Next change pressed at the end of the run, Step back and Reset at its start, do
 * nothing, and their tooltip says so ("Already at the end of the run"). A script that clicks Step
 * forward more times than the run has changes goes on at once: a disabled button would make its
 * click wait until it timed out. Focus stays on the control pressed. Clicked and driven by keyboard,
 * at 1280×800 light and 1440×900 dark, with axe.
 */
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { startRun } from './runHelpers';

const focusedText = (page: Page) => page.evaluate(() => (document.activeElement === document.body ? '<body>' : document.activeElement?.textContent ?? ''));
// a click that would wait on a disabled button fails here in 3 s, not at the test's timeout
const QUICK = { timeout: 3_000 };

for (const [size, scheme] of [[{ width: 1280, height: 800 }, 'light'], [{ width: 1440, height: 900 }, 'dark']] as const) {
  test(`Step forward past the end and Step back before the start do nothing, stay enabled and keep focus (${size.width}×${size.height} ${scheme})`, async ({ browser }, testInfo) => {
    const context = await browser.newContext({ viewport: size, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto('/?sample=order-fulfilment');
    await expect(page.locator('.react-flow__node-step').first()).toBeVisible();
    const trace = await startRun(page);
    const controls = page.getByRole('toolbar', { name: 'Run controls' });
    const forward = controls.getByRole('button', { name: 'Step forward', exact: true });
    const back = controls.getByRole('button', { name: 'Step back', exact: true });
    const next = controls.getByRole('button', { name: 'Next change', exact: true });
    const reset = controls.getByRole('button', { name: 'Reset', exact: true });
    const timeline = page.getByRole('slider', { name: 'Timeline' });
    const end = Math.max(...trace.events.map((e) => e.t));

    // given the run opened at its start: Step back and Reset are enabled, and say there is nothing before
    await expect(back).toBeEnabled();
    await expect(back).toHaveAttribute('title', 'Already at the start of the run');
    await expect(reset).toHaveAttribute('title', 'Already at the start of the run');
    // when Step back and Reset are clicked before the start
    for (let i = 0; i < 3; i++) await back.click(QUICK);
    await reset.click(QUICK);
    // then the moment shown is still the start, nothing has started, and focus is on the control clicked
    await expect(timeline).toHaveAttribute('aria-valuetext', '0 ms');
    await expect(page.locator('.react-flow__node[data-status]:not([data-status="NotStarted"])')).toHaveCount(0);
    await expect(reset).toBeFocused();

    // when Step forward is clicked more times than the run has events
    for (let i = 0; i < trace.events.length + 3; i++) await forward.click(QUICK);
    // then the run is shown at its end, Step forward still enabled, saying so, and focused
    await expect(timeline).toHaveValue(String(end));
    await expect(forward).toBeEnabled();
    await expect(forward).toHaveAttribute('title', 'Already at the end of the run');
    await expect(next).toHaveAttribute('title', 'Already at the end of the run');
    await expect(back).toHaveAttribute('title', 'Show the previous event');
    await expect(forward).toBeFocused();
    await expect(page.getByRole('button', { name: 'Pause', exact: true })).toHaveAttribute('aria-pressed', 'true');
    expect(await seriousViolations(page, '[role="toolbar"][aria-label="Run controls"]')).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`run-end-${size.width}-${scheme}.png`) });
    // when Enter is pressed on it, and Next change is clicked, past the end
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await next.click(QUICK);
    // then nothing moves, and focus is where it was pressed
    await expect(timeline).toHaveValue(String(end));
    await expect(next).toBeFocused();

    // when Enter is pressed on Step back more times than the run has events
    await back.focus();
    for (let i = 0; i < trace.events.length + 3; i++) await page.keyboard.press('Enter');
    // then the run is at its start again, Step back still focused and enabled
    await expect(timeline).toHaveAttribute('aria-valuetext', '0 ms');
    await expect(back).toBeFocused();
    await expect(back).toBeEnabled();
    expect(await focusedText(page)).toBe('Step back');
    // and a step forward goes on from there as ever
    await forward.click(QUICK);
    await expect(back).toHaveAttribute('title', 'Show the previous event');
    expect(await seriousViolations(page, '[role="toolbar"][aria-label="Run controls"]')).toEqual([]);
    await context.close();
  });
}
