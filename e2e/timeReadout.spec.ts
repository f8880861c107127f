/**
 * The run's time readouts (the Virtual time beside the Timeline, the event log's times) read "24 h"
 * with one space: in a monospaced font the space is as wide as a digit and "24 h" read as "24  h"
 * (seen at a run stopped by its 1-day limit). Digits keep one width (tabular figures), so the
 * readout does not jitter as the time changes.
 */
import { expect, test, type Locator } from '@playwright/test';
import { seriousViolations } from './axe';
import { openEmpty } from './helpers';

/** The width of the space between the number and the unit, over the width of the digit before it. */
const spaceOverDigit = (el: Locator) => el.evaluate((node) => {
  const text = node.firstChild?.nodeType === Node.TEXT_NODE ? node.firstChild as Text : null;
  const at = text?.data.indexOf(' ') ?? -1;
  if (!text || at < 1) return null;
  const width = (from: number) => { const r = document.createRange(); r.setStart(text, from); r.setEnd(text, from + 1); return r.getBoundingClientRect().width; };
  return width(at) / width(at - 1);
});

for (const [width, height] of [[1280, 800], [1440, 900]] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the run's time readouts put one space's width between "24" and "h" (${width}×${height}, ${scheme})`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      // given a run stopped by its 1-day time limit (DeactivateUser's Handle_User_Deactivation waits for a reply)
      await openEmpty(page);
      await page.getByTestId('project-folder-input').setInputFiles('src/io/project/__fixtures__/LightningFlowComponents/DeactivateUser');
      await page.getByRole('dialog', { name: /^Open an orchestration of / }).getByRole('button', { name: 'Open Handle_User_Deactivation', exact: true }).click({ timeout: 15_000 });
      const report = page.getByRole('dialog', { name: /Handle_User_Deactivation/ });
      if (await report.isVisible()) await report.getByRole('button', { name: 'Close' }).click();
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      const slider = page.getByRole('slider', { name: 'Timeline' });
      await expect(slider).toBeEnabled({ timeout: 15_000 });
      await slider.focus();
      await slider.press('End');
      // when the readout says 24 h
      const readout = page.locator('output[aria-label="Virtual time"]');
      await expect(readout).toHaveText('24 h');
      // the event log's last change, at 1 s (its times are in the same type)
      const logged = page.getByRole('link', { name: /^1 s Completed step/ }).locator('span').first();
      await expect(logged).toHaveText('1 s');
      // then the space is narrower than a digit (in a monospaced font it is as wide, and reads as two)
      expect(await spaceOverDigit(readout)).toBeLessThan(0.75);
      expect(await spaceOverDigit(logged)).toBeLessThan(0.75);
      expect(await seriousViolations(page, 'header, aside')).toEqual([]);
      await page.screenshot({ path: test.info().outputPath(`time-${width}-${scheme}.png`) });
    });
  }
}
