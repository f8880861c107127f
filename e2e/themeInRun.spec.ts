/**
 * Dark mode mid-run (docs/editor.md, "Dark mode"): the header keeps the tools that are not edits —
 * Find, Shortcuts and the Dark mode toggle — while a run is shown, so an admin watching a run can
 * switch the theme without leaving it (before, the whole toolbar went with the editor and the only
 * way was Exit run, Dark mode, Run again, which started the run over). At 1280×800 light and
 * 1440×900 dark, keyboard and mouse, with axe.
 */
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { node } from './helpers';
import { startRun } from './runHelpers';

for (const [size, scheme] of [[{ width: 1280, height: 800 }, 'light'], [{ width: 1440, height: 900 }, 'dark']] as const) {
  test(`in a run the header's Dark mode switches the theme and the run stays where it was (${size.width}×${size.height} ${scheme})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: size, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto('/?sample=case-escalation');
    await expect(page.locator('.react-flow__node-step').first()).toBeVisible();
    await startRun(page);
    // given a run stepped to the manager's open work item
    const timeline = page.getByRole('slider', { name: 'Timeline' });
    const forward = page.getByRole('button', { name: 'Step forward' });
    for (let i = 0; i < 12 && (await node(page, 'Manager_Review').getAttribute('data-status')) !== 'InProgress'; i++) await forward.click();
    await expect(node(page, 'Manager_Review')).toHaveAttribute('data-status', 'InProgress');
    const at = await timeline.getAttribute('aria-valuetext');
    const html = page.locator('html');
    const dark = scheme === 'dark';
    await expect(html).toHaveClass(dark ? /dark/ : /^(?!.*dark)/);
    // when the admin presses the header's Dark mode with the mouse
    const toggle = page.getByRole('banner').getByRole('button', { name: 'Dark mode' });
    await expect(toggle).toHaveAttribute('aria-pressed', String(dark));
    await toggle.click();
    // then the theme switches and the run is where it was: same moment, same statuses, still a run
    await expect(html).toHaveClass(dark ? /^(?!.*dark)/ : /dark/);
    await expect(toggle).toHaveAttribute('aria-pressed', String(!dark));
    await expect(timeline).toHaveAttribute('aria-valuetext', at!);
    await expect(node(page, 'Manager_Review')).toHaveAttribute('data-status', 'InProgress');
    await expect(page.getByRole('button', { name: 'Exit run' })).toBeVisible();
    expect(await seriousViolations(page), `after switching from ${scheme}`).toEqual([]);
    // and from the keyboard it switches back, focus staying on the toggle
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(html).toHaveClass(dark ? /dark/ : /^(?!.*dark)/);
    await expect(toggle).toBeFocused();
    await expect(timeline).toHaveAttribute('aria-valuetext', at!);
    // the other header tools work in the run as their keys do: Shortcuts opens its dialog
    await page.getByRole('banner').getByRole('button', { name: 'Shortcuts' }).click();
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`theme-in-run-${scheme}.png`) });
    await context.close();
  });
}
