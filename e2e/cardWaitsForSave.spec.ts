/**
 * The card shows a step's flow as saved, not the flow editor's draft, and the editor says so while
 * they differ: "Not saved yet: the card shows “New Flow 1” until you press Save flow or select
 * another element" (docs/editor.md, "The card and the flow editor", chosen).
 */
import { expect, test } from '@playwright/test';
import { node, openNewFlowEditor } from './helpers';
import { seriousViolations } from './axe';

for (const { width, height, scheme } of [
  { width: 1280, height: 800, scheme: 'light' },
  { width: 1440, height: 900, scheme: 'dark' },
] as const) {
  test(`${width}×${height} ${scheme}: while a new flow's label is typed the editor says the card waits for Save flow; Save flow updates the card`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    const panel = await openNewFlowEditor(page);
    // when the admin types the flow's label
    await page.keyboard.type('Close Onboarding');
    // then the card still shows the flow as saved, and the editor says why, next to Save flow
    const card = node(page, 'Background_step_1');
    await expect(card).toContainText('Flow: New Flow 1');
    const note = panel.getByText('Not saved yet: the card shows “New Flow 1” until you press Save flow or select another element.');
    const save = panel.getByRole('button', { name: 'Save flow' });
    await save.scrollIntoViewIfNeeded();
    await expect(note).toBeInViewport();
    await page.screenshot({ path: `${process.env.E2E_SHOTS ?? 'reports'}/cardWaitsForSave-${width}-${scheme}.png` });
    expect(await seriousViolations(page, 'aside')).toEqual([]);
    // when Save flow is pressed: the card follows and the note goes
    await save.click();
    await expect(card).toContainText('Flow: Close Onboarding');
    await expect(note).toHaveCount(0);
  });
}
