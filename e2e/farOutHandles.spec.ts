/**
 * Far out (below the overview zoom), a node's connection handles are drawn only on the node under
 * the pointer or selected: every visible handle is one more box the pointer's hit test walks on each
 * move (docs/performance.md, thirty-seventh round). What the user can do is unchanged: the handles of
 * the stage they point at appear with their tooltip and start a connection as before, and up close
 * every handle is drawn.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { generateDesign } from '../bench/ui/generateDesign';
import { node } from './helpers';

const design = generateDesign(100, 20);

const visibility = (handles: Locator) => handles.evaluateAll((all) => all.map((h) => getComputedStyle(h).visibility));

async function openFitted(page: Page): Promise<void> {
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
  expect((await page.evaluate((text) => window.stageflow.loadDocument(text), JSON.stringify(design))).ok).toBe(true);
  await expect(node(page, 'Stage_1')).toBeVisible();
  await page.getByRole('button', { name: 'Fit the whole design in view' }).click();
  await expect(page.locator('[data-far-out]')).toHaveCount(1);
  await page.waitForTimeout(400);
}

test('far out, only the stage under the pointer or selected draws its handles, which still connect', async ({ page }) => {
  // given a 2,000-step design fitted far out, the pointer away from the canvas
  await openFitted(page);
  await page.mouse.move(1, 1);
  // then no stage draws its handles
  const all = page.locator('.react-flow__node .react-flow__handle');
  expect(await all.count()).toBeGreaterThan(100);
  expect(new Set(await visibility(all))).toEqual(new Set(['hidden']));
  // when the pointer reaches a stage
  const stage = node(page, 'Stage_3');
  await stage.hover();
  // then its handles are drawn, with their tooltip, and only its own
  const own = stage.locator('.react-flow__handle');
  await expect.poll(() => visibility(own)).toEqual(['visible', 'visible', 'visible']);
  await expect(stage.locator('.react-flow__handle-right')).toHaveAttribute('title', 'Drag to connect the next stage');
  expect(new Set(await visibility(node(page, 'Stage_4').locator('.react-flow__handle')))).toEqual(new Set(['hidden']));
  // and dragging its next handle starts a connection, as before
  const dot = (await stage.locator('.react-flow__handle-right').boundingBox())!;
  await page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2);
  await page.mouse.down();
  await page.mouse.move(dot.x + 60, dot.y + 40, { steps: 5 });
  await expect(page.locator('.react-flow__connectionline')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await page.mouse.up();
  // when a stage is selected and the pointer leaves it
  await node(page, 'Stage_5').click();
  await page.mouse.move(1, 1);
  // then the selected stage keeps its handles drawn
  await expect.poll(() => visibility(node(page, 'Stage_5').locator('.react-flow__handle'))).toEqual(['visible', 'visible', 'visible']);
});

test('up close every handle is drawn, pointer or not', async ({ page }) => {
  // given the fitted design zoomed to 100%
  await openFitted(page);
  await page.getByRole('button', { name: /^Zoom level/ }).click();
  await expect(page.locator('[data-far-out]')).toHaveCount(0);
  await page.mouse.move(1, 1);
  // then every handle on the canvas is drawn
  const all = page.locator('.react-flow__node .react-flow__handle');
  await expect.poll(() => all.count()).toBeGreaterThan(3);
  expect(new Set(await visibility(all))).toEqual(new Set(['visible']));
});
