/**
 * The run view's Scenario box shows the chosen scenario's name whole, wrapped, where the closed
 * native box cut it after some thirty characters with only a hover tooltip for the rest
 * (docs/scenarios.md, “The run's Scenario box”, *chosen*): a 120-character name and a unicode one,
 * keyboard only, nothing overlapping, 1280×800 light and 1440×900 dark, axe clean.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { seriousViolations } from './axe';

const SHOTS = process.env.E2E_SHOTS;

/** Onboarding's stuck scenario (HR never confirms the hire), under other names. */
const neverConfirmed = JSON.parse(readFileSync('public/samples/onboarding.scenarios/never-confirmed.json', 'utf8')) as { name: string };
const LONG = 'HR never confirms the hire, so no buddy is assigned, the laptop waits in the IT room and the new hire starts with no one';
const UNICODE = 'Zoë’s «Übergabe»: Ärztin überprüft Σύμβαση, Договор and 合同 — nobody confirms';

/** Adds `scenario` in Scenarios (Add from file…) and closes the dialog. */
async function addScenario(page: Page, scenario: { name: string }): Promise<void> {
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scenarios' });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Add from file…' }).click()]);
  await chooser.setFiles([{ name: 'named.scenario.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) }]);
  await expect(dialog.getByRole('textbox', { name: 'Scenario name' })).toHaveValue(scenario.name);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

/**
 * The picker's words as drawn on screen, outside the native box (whose closed face cuts them), and
 * whether the element drawing them shows them whole (nothing clipped by its width).
 */
function shownName(picker: Locator): Promise<{ text: string; whole: boolean }> {
  return picker.evaluate((select) => {
    const label = select.closest('label')!;
    const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.parentElement?.closest('select') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
    const parts: string[] = [];
    let whole = true;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (text === '' || text === 'Scenario') continue;
      parts.push(text);
      const el = node.parentElement!;
      if (el.scrollWidth > el.clientWidth + 1 || getComputedStyle(el).textOverflow === 'ellipsis') whole = false;
    }
    return { text: parts.join(' '), whole };
  });
}

for (const { width, height, scheme } of [
  { width: 1280, height: 800, scheme: 'light' as const },
  { width: 1440, height: 900, scheme: 'dark' as const },
]) {
  test.describe(`${width}×${height} ${scheme}`, () => {
    test.use({ viewport: { width, height }, colorScheme: scheme });

    test('the Scenario box shows a 120-character and a unicode name whole, chosen from the keyboard, over nothing else', async ({ page }) => {
      expect(LONG).toHaveLength(120);
      // given Onboarding with two more scenarios: a 120-character name and a unicode one
      await page.goto('/?sample=onboarding');
      await addScenario(page, { ...neverConfirmed, name: LONG });
      await addScenario(page, { ...neverConfirmed, name: UNICODE });
      // when the run is started and the long one chosen from the keyboard
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await expect(page.getByRole('slider', { name: 'Timeline' })).toBeEnabled({ timeout: 15_000 });
      const picker = page.getByRole('combobox', { name: 'Scenario', exact: true });
      await picker.selectOption({ label: UNICODE });
      await expect(page.getByRole('slider', { name: 'Timeline' })).toBeEnabled({ timeout: 15_000 });
      await picker.focus();
      await page.keyboard.press('ArrowUp');
      // then the run is of that scenario, and the box shows its name whole, as its spoken value says it
      await expect(picker.locator('option:checked')).toHaveText(LONG);
      await expect(page.getByRole('region', { name: 'Expectations' })).toContainText(`Scenario “${LONG}”, judged on the whole run`);
      expect(await shownName(picker)).toEqual({ text: LONG, whole: true });
      // and focus stays on the box, which shows it
      await expect(picker).toBeFocused();
      const box = picker.locator('..');
      await expect(box).not.toHaveCSS('outline-style', 'none');
      // and the box holds the whole name inside the side panel, above the banner of the stuck run, overlapping nothing
      const slider = page.getByRole('slider', { name: 'Timeline' });
      await slider.focus();
      await slider.press('End');
      const banner = page.locator('#side-panel [role="status"]').filter({ hasText: 'The run is stuck' });
      await expect(banner).toBeVisible();
      const [panel, drawn, stuck] = await Promise.all([page.locator('#side-panel').boundingBox(), box.boundingBox(), banner.boundingBox()]);
      expect(drawn!.x + drawn!.width).toBeLessThanOrEqual(panel!.x + panel!.width);
      expect(drawn!.y + drawn!.height).toBeLessThanOrEqual(stuck!.y);
      expect(drawn!.height).toBeGreaterThan(40);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/picker-long-${width}-${scheme}.png` });
      expect(await seriousViolations(page)).toEqual([]);
      // when the unicode one is chosen from the keyboard
      await picker.focus();
      await page.keyboard.press('ArrowDown');
      // then its name is shown whole too
      await expect(picker.locator('option:checked')).toHaveText(UNICODE);
      await expect(page.getByRole('region', { name: 'Expectations' })).toContainText(`Scenario “${UNICODE}”, judged on the whole run`);
      expect(await shownName(picker)).toEqual({ text: UNICODE, whole: true });
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/picker-unicode-${width}-${scheme}.png` });
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}
