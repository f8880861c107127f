/**
 * The Outline lists a stage's steps as the canvas shows them — top to bottom, then left to right —
 * not in the order they were added, and follows a card moved by an arrow key or a drag; in a run
 * the same order (docs/editor.md, "The Outline's order").
 */
import { expect, test, type Page } from '@playwright/test';
import { getDocument, node } from './helpers';
import { startRun } from './runHelpers';

/** The steps of `stage` as the canvas draws them: by their cards' tops, then lefts. */
async function canvasOrder(page: Page, stage: string): Promise<string[]> {
  const steps = (await getDocument(page)).stages.find((s) => s.name === stage)!.steps.map((s) => s.name);
  const places = await Promise.all(steps.map(async (name) => ({ name, box: (await node(page, name).boundingBox())! })));
  return places.sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x).map((p) => p.name);
}

/** The steps of `stage` as the Outline lists them. */
async function outlineOrder(page: Page, stage: string): Promise<string[]> {
  const steps = new Set((await getDocument(page)).stages.find((s) => s.name === stage)!.steps.map((s) => s.name));
  const rows = page.getByRole('tree', { name: 'Orchestration outline' }).locator('[role="treeitem"][aria-level="2"]');
  const names = await rows.evaluateAll((all) => all.map((row) => row.getAttribute('data-element') ?? ''));
  return names.filter((name) => steps.has(name));
}

test('a new design\'s interactive step moved above the background step with ↑: the Outline lists it first, and ↓ in the Outline goes down the cards', async ({ page }) => {
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
  await page.getByRole('link', { name: 'Skip to the canvas' }).focus();
  await page.keyboard.press('Enter');
  for (const key of ['s', 'b', 'i']) await page.keyboard.press(key);
  await expect.poll(async () => (await getDocument(page)).stages[0]?.steps.length ?? 0).toBe(2);
  const stage = (await getDocument(page)).stages[0]!;
  const [background, interactive] = stage.steps.map((s) => s.name) as [string, string];
  expect(await outlineOrder(page, stage.name)).toEqual([background, interactive]);
  // the interactive step (added last, so selected), focused, moved up with ↑ until it passes the other
  await node(page, interactive).focus();
  await expect(node(page, interactive)).toHaveClass(/\bselected\b/);
  for (let press = 0; press < 40 && (await canvasOrder(page, stage.name))[0] !== interactive; press++) await page.keyboard.press('ArrowUp');
  expect(await canvasOrder(page, stage.name)).toEqual([interactive, background]);
  await expect.poll(() => outlineOrder(page, stage.name)).toEqual([interactive, background]);
  // the file still declares the background step first: the Outline follows the canvas, not the file
  expect((await getDocument(page)).stages[0]!.steps.map((s) => s.name)).toEqual([background, interactive]);
  // ↓ from the stage's row reaches the top card first; Enter selects it
  const tree = page.getByRole('tree', { name: 'Orchestration outline' });
  await tree.locator(`[role="treeitem"][data-element="${stage.name}"]`).focus();
  await page.keyboard.press('ArrowDown');
  await expect(tree.locator(`[role="treeitem"][data-element="${interactive}"][aria-level="2"]`)).toBeFocused();
  await expect(tree.locator(`[role="treeitem"][data-element="${interactive}"][aria-level="2"]`)).toHaveAttribute('aria-posinset', '1');
  await page.keyboard.press('Enter');
  await expect(node(page, interactive)).toHaveClass(/\bselected\b/);
  // Undo puts the card back below, and the row with it
  await page.keyboard.press('Control+z');
  await expect.poll(() => canvasOrder(page, stage.name)).toEqual([background, interactive]);
  await expect.poll(() => outlineOrder(page, stage.name)).toEqual([background, interactive]);
});

test('case escalation: Escalate to tier 2 dragged to the top of its stage is listed first in the Outline, in the editor and in the run', async ({ page }) => {
  await page.goto('/?sample=case-escalation');
  const escalate = node(page, 'Escalate_To_Tier_Two');
  await expect(escalate).toBeVisible();
  expect(await outlineOrder(page, 'Triage')).toEqual(['Classify_Case', 'Manager_Review', 'Escalate_To_Tier_Two']);
  // drag its card by its label up to the top of the stage, above Score the case
  const from = (await escalate.boundingBox())!;
  const top = (await node(page, 'Classify_Case').boundingBox())!;
  await page.mouse.move(from.x + 40, from.y + 14);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y - 40, { steps: 5 });
  await page.mouse.move(from.x + 40, top.y + 4, { steps: 10 });
  await page.mouse.up();
  await expect.poll(() => canvasOrder(page, 'Triage')).toEqual(['Escalate_To_Tier_Two', 'Classify_Case', 'Manager_Review']);
  await expect.poll(() => outlineOrder(page, 'Triage')).toEqual(['Escalate_To_Tier_Two', 'Classify_Case', 'Manager_Review']);
  await page.screenshot({ path: '/tmp/canvas67/outline-order.png' });
  // in the run the cards stay where they are, and so do the rows
  await startRun(page);
  expect(await canvasOrder(page, 'Triage')).toEqual(['Escalate_To_Tier_Two', 'Classify_Case', 'Manager_Review']);
  expect(await outlineOrder(page, 'Triage')).toEqual(['Escalate_To_Tier_Two', 'Classify_Case', 'Manager_Review']);
});
