/**
 * Keyboard only: from a step just added and renamed in the Outline (or focused on the canvas), P
 * puts focus in its Label in the Properties panel, so the admin can go on to its Flow, Assignee and
 * When to start without tabbing through every node (docs/editor.md, "Edit properties").
 */
import { expect, test } from '@playwright/test';
import { openEmpty } from './helpers';
import { seriousViolations } from './axe';

for (const { width, height, scheme } of [
  { width: 1280, height: 800, scheme: 'light' },
  { width: 1440, height: 900, scheme: 'dark' },
] as const) {
  test(`${width}×${height} ${scheme}: P on an Outline row or a canvas node moves focus to the element's Label in Properties`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    await openEmpty(page);
    const panel = page.getByRole('complementary', { name: 'Properties' });
    // given a stage and a renamed background step added from the Outline, keyboard only
    await page.getByRole('tree', { name: 'Orchestration outline' }).focus();
    await page.keyboard.press('s');
    await page.keyboard.press('b');
    await page.keyboard.press('F2');
    await page.keyboard.type('Create User Account');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('treeitem', { name: /Create User Account/ })).toBeFocused();
    // when
    await page.keyboard.press('p');
    // then the step's Label has focus, and Tab goes on through its fields
    const label = panel.getByRole('textbox', { name: 'Label', exact: true });
    await expect(label).toBeFocused();
    await expect(label).toHaveValue('Create User Account');
    await page.keyboard.press('Tab');
    await expect(panel.getByRole('textbox', { name: 'API Name' })).toBeFocused();
    // when the stage's node on the canvas has focus (not selected) and P is pressed
    await page.locator('.react-flow__node[data-id="Stage_1"]').focus();
    await page.keyboard.press('p');
    // then the stage is selected and its Label has focus
    await expect(label).toBeFocused();
    await expect(label).toHaveValue('Stage 1');
    await page.screenshot({ path: `reports/editPropertiesKey-${width}-${scheme}.png` });
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the element\'s context menu offers Edit properties (Shift+F10, then Enter)', async ({ page }) => {
  await openEmpty(page);
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.locator('.react-flow__node[data-id="Stage_1"]').focus();
  await page.keyboard.press('Shift+F10');
  await page.getByRole('menuitem', { name: /Edit properties/ }).click();
  await expect(page.getByRole('complementary', { name: 'Properties' }).getByRole('textbox', { name: 'Label', exact: true })).toBeFocused();
});
