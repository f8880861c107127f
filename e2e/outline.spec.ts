/**
 * The outline shows the selection made elsewhere (docs/editor.md, "The Outline follows the
 * selection"): the row of an element selected on the canvas or with Find is scrolled into the
 * outline's view, without taking focus.
 */
import { expect, test, type Locator } from '@playwright/test';
import { node } from './helpers';

test.use({ viewport: { width: 1280, height: 800 } });

/** Whether `row` is drawn inside the outline's scrolling list. */
function inOutlineView(row: Locator): Promise<boolean> {
  return row.evaluate((el) => {
    const box = el.closest('[role="tree"]')!.parentElement!.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
  });
}

test('an element selected with Find or on the canvas has its outline row scrolled into view, and focus stays where it was', async ({ page }) => {
  // given loan-approval, whose outline is longer than its column at 1280×800
  await page.goto('/?sample=loan-approval');
  await expect(node(page, 'Intake')).toBeVisible();
  const tree = page.getByRole('tree', { name: 'Orchestration outline' });
  const last = tree.getByRole('treeitem', { name: /^Interactive step Loan officer calls the applicant/ });
  expect(await inOutlineView(last)).toBe(false);
  // when the last step is found and chosen with Find
  await page.keyboard.press('ControlOrMeta+f');
  await page.getByRole('searchbox', { name: 'Find element' }).fill('Officer_Call');
  await page.keyboard.press('Enter');
  // then its row is selected and in the outline's view (before: the list stayed at its top)
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => inOutlineView(last)).toBe(true);
  // when the first stage is clicked on the canvas (the whole design in view)
  const first = tree.getByRole('treeitem', { name: /^Stage Intake checks/ });
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  await expect.poll(() => node(page, 'Intake').evaluate((el) => el.getBoundingClientRect().left > 200)).toBe(true);
  await node(page, 'Intake').click({ position: { x: 20, y: 12 } });
  // then its row comes back into view, and focus stays on the canvas
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => inOutlineView(first)).toBe(true);
  await expect(node(page, 'Intake')).toBeFocused();
});
