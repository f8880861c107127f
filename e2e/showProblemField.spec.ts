/**
 * The Problems list's "Show it" puts keyboard focus in the field the problem is about (docs/editor.md,
 * "The Problems list", chosen): Tab to the button, Enter, and the next key types in that field —
 * Requirement 2's Resource picker, the condition logic, a step's Flow picker, its Label, an
 * evaluation flow — at 1280×800 light and 1440×900 dark, axe clean with the field focused.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { node } from './helpers';

const LONG_LABEL = 'x'.repeat(300);
const SCREENSHOTS = process.env.E2E_SCREENSHOTS;

const properties = (page: Page) => page.getByRole('complementary', { name: 'Properties' });

/** Gives the onboarding sample five problems through the Properties panel, each in a field of its own. */
async function breakFiveFields(page: Page): Promise<void> {
  const panel = properties(page);
  await node(page, 'Welcome_Email').click();
  await panel.getByRole('group', { name: /^Requirement 2/ }).getByRole('combobox', { name: 'Resource' }).selectOption('');
  await panel.getByRole('textbox', { name: 'Condition logic' }).fill('1 AND (2 OR 5)');
  await panel.getByRole('textbox', { name: 'Condition logic' }).blur();
  await node(page, 'Provision_Laptop').click();
  await panel.getByRole('combobox', { name: 'Flow', exact: true }).selectOption('');
  await node(page, 'Buddy').click();
  await panel.getByRole('combobox', { name: 'Evaluation flow' }).selectOption('');
  await node(page, 'Create_User_Accounts').click();
  await panel.getByRole('textbox', { name: 'Label' }).fill(LONG_LABEL);
  await panel.getByRole('textbox', { name: 'Label' }).blur();
}

/** With nothing selected, focuses the Problems list's heading (where "Show all problems" puts it). */
async function openProblemList(page: Page): Promise<Locator> {
  // a node clicked and Escape on it: the selection cleared, the orchestration's form shown
  await node(page, 'Welcome_Email').click();
  await page.keyboard.press('Escape');
  const heading = properties(page).getByRole('heading', { name: /^Problems \(\d+\)$/ });
  await heading.focus();
  return heading;
}

/** Presses Tab until `target` has focus (as a keyboard user walks to it), at most 60 times. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

for (const [width, height, scheme] of [[1280, 800, 'light'], [1440, 900, 'dark']] as const) {
  test(`Show it focuses the problem's own field (${width}×${height} ${scheme})`, async ({ page }) => {
    // given the onboarding sample with five problems, each in a field of its own
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/?sample=onboarding');
    await expect(node(page, 'Welcome_Email')).toBeVisible();
    await breakFiveFields(page);
    const panel = properties(page);
    const list = panel.locator('[data-problem-list]');
    const welcome = 'Step “Welcome email” in stage “Accounts and equipment”';
    const cases: [string, RegExp | string, () => Locator][] = [
      ['requirement', `Show ${welcome} (When to start, Requirement 2, Resource)`, () => panel.getByRole('group', { name: /^Requirement 2/ }).getByRole('combobox', { name: 'Resource' })],
      ['logic', `Show ${welcome} (When to start, Condition logic)`, () => panel.getByRole('textbox', { name: 'Condition logic' })],
      ['flow', 'Show Step “Provision laptop” in stage “Accounts and equipment” (Flow)', () => panel.getByRole('combobox', { name: 'Flow', exact: true })],
      ['label', /^Show Step “x+” in stage “Accounts and equipment” \(Label\)$/, () => panel.getByRole('textbox', { name: 'Label' })],
      ['evaluation', 'Show Step “Assign buddy” in stage “Settle in” (When to start)', () => panel.getByRole('combobox', { name: 'Evaluation flow' })],
    ];
    for (const [what, button, field] of cases) {
      // when, from the Problems list's heading, the keyboard walks to the row's Show it and presses Enter
      await openProblemList(page);
      const show = list.getByRole('button', { name: button, exact: typeof button === 'string' });
      await tabTo(page, show);
      await page.keyboard.press('Enter');
      // then focus is in that field, named as the field, on screen
      await expect(field(), what).toBeFocused();
      await expect(field()).toBeInViewport();
      if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${what}-${width}-${scheme}.png` });
    }
    // and the form with its focused field has nothing serious for axe
    expect(await seriousViolations(page)).toEqual([]);
  });
}
