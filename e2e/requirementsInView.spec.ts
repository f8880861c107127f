/**
 * Choosing "When the specified requirements are met" with the step's new flow editor open: the
 * requirement editor and its "+ Add requirement" come into view (they appeared below the fold at
 * 1280×800 and the choice seemed to do nothing), the select staying in sight and focused
 * (docs/editor.md, "Requirements come into view", chosen).
 */
import { expect, test } from '@playwright/test';
import { openNewFlowEditor } from './helpers';
import { seriousViolations } from './axe';

for (const { width, height, scheme } of [
  { width: 1280, height: 800, scheme: 'light' },
  { width: 1440, height: 900, scheme: 'dark' },
] as const) {
  test(`${width}×${height} ${scheme}: the requirements chosen for a step's start come into view`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    // given a background step whose new flow's editor is open
    const panel = await openNewFlowEditor(page);
    await page.keyboard.type('Close Onboarding');
    // when the admin chooses to start it when requirements are met
    const when = panel.getByLabel('When to start');
    await when.focus();
    await when.selectOption('requirements');
    // then the requirement editor is in view with its add button, and the select still is
    const editor = panel.getByRole('region', { name: 'Requirements to start the step' });
    await expect(editor.getByRole('button', { name: '+ Add requirement' })).toBeInViewport({ ratio: 1 });
    await expect(when).toBeInViewport({ ratio: 1 });
    await expect(when).toBeFocused();
    await page.screenshot({ path: `${process.env.E2E_SHOTS ?? 'reports'}/requirementsInView-${width}-${scheme}.png` });
    expect(await seriousViolations(page, 'aside')).toEqual([]);
  });
}
