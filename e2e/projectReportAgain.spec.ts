/**
 * The report a project's orchestration opened with can be shown again (docs/projects.md, "Show
 * project report"): once its notice or its dialog is closed, File ▸ Show project report… reopens
 * it while that design is open. Keyboard only, at 1280×800 light and 1440×900 dark, axe clean.
 */
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { getDocument, openEmpty } from './helpers';

const ITEM = 'Show project report…';

/** Opens the File menu from the keyboard and moves to the Show project report item. */
async function toReportItem(page: Page) {
  await page.getByRole('button', { name: 'File', exact: true }).focus();
  await page.keyboard.press('Enter');
  const item = page.getByRole('menuitem', { name: ITEM });
  await expect(item).toBeVisible();
  return item;
}

for (const { width, height, scheme } of [
  { width: 1280, height: 800, scheme: 'light' },
  { width: 1440, height: 900, scheme: 'dark' },
] as const) {
  test(`${width}×${height} ${scheme}: the project report closed is shown again from File ▸ Show project report…`, async ({ page }) => {
    const shots = process.env.E2E_SHOTS ?? 'reports';
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    // given a new design: no report to show, and the item says why
    await openEmpty(page);
    let item = await toReportItem(page);
    await expect(item).toHaveAttribute('aria-disabled', 'true');
    await expect(item).toHaveAccessibleDescription(/not opened from a project/);
    // its name is its label alone: the reason, in its name too, was read twice
    await expect(item).toHaveAccessibleName(ITEM);
    await page.screenshot({ path: `${shots}/projectReportAgain-none-${width}-${scheme}.png` });
    await page.keyboard.press('Escape');
    // when CrateIntake is opened: its report (parts kept as written) is a notice; shown, then closed
    await page.getByTestId('project-folder-input').setInputFiles('src/io/project/__fixtures__/CrateIntake');
    const open = page.getByRole('dialog', { name: /^Open an orchestration of / }).getByRole('button', { name: 'Open Crate_Intake' });
    await open.focus({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await getDocument(page)).name).toBe('Crate_Intake');
    await page.getByRole('status', { name: 'Notices' }).getByRole('button', { name: 'Show report' }).focus();
    await page.keyboard.press('Enter');
    const report = page.getByRole('dialog', { name: /Crate_Intake/ });
    await expect(report).toBeVisible();
    const first = await report.innerText();
    await page.keyboard.press('Escape');
    await expect(report).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Show report' })).toHaveCount(0);
    // then File ▸ Show project report… shows the same report again
    item = await toReportItem(page);
    await expect(item).not.toHaveAttribute('aria-disabled', 'true');
    await page.screenshot({ path: `${shots}/projectReportAgain-menu-${width}-${scheme}.png` });
    for (let i = 0; i < 20 && !(await item.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
    await expect(item).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(report).toBeVisible();
    expect(await report.innerText()).toBe(first);
    await expect(report.getByRole('button', { name: 'Close' })).toBeFocused();
    await page.screenshot({ path: `${shots}/projectReportAgain-shown-${width}-${scheme}.png` });
    expect(await seriousViolations(page)).toEqual([]);
  });
}
