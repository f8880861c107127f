/**
 * The Run-blocked notice's Show it lands in the problem's field, as Problems → Show it does, and for
 * the orchestration's own problem (no node) in the orchestration's form, the step that was selected
 * let go (docs/editor.md, focus table, chosen). 1280×800 light and 1440×900 dark, axe clean.
 */
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { node } from './helpers';

const SCREENSHOTS = process.env.E2E_SCREENSHOTS;

for (const [width, height, scheme] of [[1280, 800, 'light'], [1440, 900, 'dark']] as const) {
  test(`Run blocked by the orchestration's API name: Show it clears the selection and focuses API Name (${width}×${height} ${scheme})`, async ({ page }) => {
    // given the onboarding sample whose API name the admin broke, then a step selected
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/?sample=onboarding');
    await expect(node(page, 'Welcome_Email')).toBeVisible();
    const panel = page.getByRole('complementary', { name: 'Properties' });
    const apiName = panel.getByRole('textbox', { name: 'API Name', exact: true });
    await apiName.fill('1 onboarding');
    await apiName.blur();
    await node(page, 'Welcome_Email').click();
    await expect(apiName).toHaveValue('Welcome_Email'); // the step's form
    // when Run is refused and the notice's Show it is pressed from the keyboard
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const notice = page.getByRole('status', { name: 'Notices' }).getByRole('listitem').filter({ hasText: 'Can’t run yet' });
    await expect(notice).toContainText('The orchestration');
    await notice.getByRole('button', { name: 'Show it' }).focus();
    await page.keyboard.press('Enter');
    // then the orchestration's form is shown with its API Name focused, on screen
    await expect(apiName).toBeFocused();
    await expect(apiName).toHaveValue('1 onboarding');
    await expect(apiName).toBeInViewport();
    await expect(node(page, 'Welcome_Email')).not.toHaveClass(/selected/);
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/blocked-${width}-${scheme}.png` });
    expect(await seriousViolations(page)).toEqual([]);
    // and the next key types in it
    await page.keyboard.press('End');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Onboarding');
    await expect(apiName).toHaveValue('Onboarding');
  });
}
