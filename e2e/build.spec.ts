import { expect, test, type Page } from '@playwright/test';
import { dragPaletteTo, getDocument, node, openEmpty } from './helpers';

async function dragHandle(page: Page, from: string, to: string) {
  const source = node(page, from).locator('.react-flow__handle.source').first();
  const target = node(page, to).locator('.react-flow__handle.target').first();
  const a = (await source.boundingBox())!;
  const b = (await target.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + 40, a.y + 20, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 10 });
  await page.mouse.up();
}

test('builds a two-stage orchestration with the mouse (palette drag, connect)', async ({ page }) => {
  // given
  await openEmpty(page);
  const pane = page.locator('.react-flow__pane');
  // when: two stages dropped on the canvas
  await dragPaletteTo(page, 'Add stage', pane, { x: 60, y: 120 });
  await expect(node(page, 'Stage_1')).toBeVisible();
  await dragPaletteTo(page, 'Add stage', pane, { x: 420, y: 120 });
  await expect(node(page, 'Stage_2')).toBeVisible();
  // and steps dropped into them
  await dragPaletteTo(page, 'Add background step', node(page, 'Stage_1'), { x: 140, y: 100 });
  const stageBox = (await node(page, 'Stage_1').boundingBox())!;
  await dragPaletteTo(page, 'Add interactive step', node(page, 'Stage_1'), { x: 140, y: stageBox.height - 12 });
  await dragPaletteTo(page, 'Add background step', node(page, 'Stage_2'), { x: 140, y: 100 });
  await expect(node(page, 'Background_step_2')).toBeVisible();
  // and a predecessor connection drawn from step 1 to the interactive step
  await dragHandle(page, 'Background_step_1', 'Interactive_step_1');
  // then
  await expect(page.locator('.react-flow__edge[data-id="pred:Interactive_step_1"]')).toHaveCount(1);
  const doc = await getDocument(page);
  expect(doc.stages.map((s) => s.name)).toEqual(['Stage_1', 'Stage_2']);
  expect(doc.stages[0]!.next).toBe('Stage_2');
  expect(doc.stages[0]!.steps.map((s) => [s.name, s.kind])).toEqual([['Background_step_1', 'background'], ['Interactive_step_1', 'interactive']]);
  expect(doc.stages[0]!.steps[1]!.start).toEqual({ mode: 'stepCompleted', step: 'Background_step_1' });
  expect(doc.stages[1]!.steps.map((s) => s.name)).toEqual(['Background_step_2']);
  expect(doc.layout?.Stage_2?.x).toBeGreaterThan(doc.layout!.Stage_1!.x);
  await expect(node(page, 'Stage_1')).toHaveAttribute('data-kind', 'stage');
  await expect(node(page, 'Interactive_step_1')).toHaveAttribute('data-kind', 'interactive');
  await page.screenshot({ path: '/tmp/stageflow-built-mouse.png' });
});

test('a palette step dragged over the canvas says where it would land before it is dropped', async ({ page }) => {
  await openEmpty(page);
  await page.getByRole('button', { name: 'Add stage' }).click();
  await expect(node(page, 'Stage_1')).toBeVisible();
  const stage = (await node(page, 'Stage_1').boundingBox())!;
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const button = (await page.getByRole('button', { name: 'Add interactive step', exact: true }).boundingBox())!;
  await page.mouse.move(button.x + button.width / 2, button.y + button.height / 2);
  await page.mouse.down();
  // over the stage: outlined, and the drop said
  await page.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2, { steps: 10 });
  await expect(node(page, 'Stage_1').locator('.sf-stage')).toHaveClass(/sf-drop-target/);
  await expect(page.getByTestId('drop-hint')).toHaveText('Drop to add an interactive step to stage “Stage 1”.');
  // over the empty canvas: nothing outlined, and why a step cannot go there
  await page.mouse.move(pane.x + pane.width - 30, pane.y + pane.height - 60, { steps: 10 });
  await expect(page.locator('.sf-drop-target')).toHaveCount(0);
  await expect(page.getByTestId('drop-hint')).toHaveText('An interactive step goes inside a stage: drop it on one.');
  // back on the stage and dropped: added there, and the feedback is gone
  await page.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2, { steps: 10 });
  await page.mouse.up();
  await expect(node(page, 'Interactive_step_1')).toBeVisible();
  await expect(page.getByTestId('drop-hint')).toHaveText('');
  await expect(page.locator('.sf-drop-target')).toHaveCount(0);
});

test('refuses a step dropped outside any stage and a cross-stage predecessor, saying why', async ({ page }) => {
  await openEmpty(page);
  const pane = page.locator('.react-flow__pane');
  await dragPaletteTo(page, 'Add background step', pane, { x: 300, y: 300 });
  await expect(page.getByText('Drop steps inside a stage')).toBeVisible();
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.getByRole('button', { name: 'Add background step' }).click();
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.getByRole('button', { name: 'Add background step' }).click();
  await page.getByRole('button', { name: 'Fit view' }).click();
  await page.waitForTimeout(400); // the fit animates for 200 ms
  await dragPaletteTo(page, 'Add background step', pane, { x: 5, y: 5 });
  await expect(page.getByText('Drop steps inside a stage')).toBeVisible();
  await dragHandle(page, 'Background_step_1', 'Background_step_2');
  await expect(page.getByText(/only wait for .*of the same stage/).first()).toBeVisible();
  const doc = await getDocument(page);
  expect(doc.stages[1]!.steps[0]!.start).toEqual({ mode: 'stageStarts' });
});

test('builds a two-stage orchestration with the keyboard only', async ({ page }) => {
  // given
  await openEmpty(page);
  const addStage = page.getByRole('button', { name: 'Add stage' });
  await addStage.focus();
  // when
  await page.keyboard.press('Enter'); // Stage 1
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // background step in Stage 1
  await page.keyboard.press('F2');
  await expect(page.getByRole('textbox', { name: /Rename/ })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Check order');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter'); // Stage 2 after the stage of the selected step
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // interactive step in Stage 2
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter'); // background step: the selection is in Stage 2
  // then
  await expect(node(page, 'Background_step_1')).toBeVisible();
  const doc = await getDocument(page);
  expect(doc.stages.map((s) => s.name)).toEqual(['Stage_1', 'Stage_2']);
  expect(doc.stages[0]!.next).toBe('Stage_2');
  expect(doc.stages[0]!.steps.map((s) => [s.name, s.label])).toEqual([['Check_order', 'Check order']]);
  expect(doc.stages[1]!.steps.map((s) => s.kind)).toEqual(['interactive', 'background']);
  // and undo / redo by keyboard
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(async () => (await getDocument(page)).stages[1]!.steps.length).toBe(1);
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect.poll(async () => (await getDocument(page)).stages[1]!.steps.length).toBe(2);
  await page.screenshot({ path: '/tmp/stageflow-built-keyboard.png' });
});

test('Enter ending a rename gives focus back at once: Shift+Tab pressed right after starts from the palette button, even when frames come late', async ({ page }) => {
  // given frames that come late (a busy machine): focus given back a frame later came after the next key
  await page.addInitScript({ content: `{ const raf = window.requestAnimationFrame.bind(window); window.requestAnimationFrame = (cb) => { setTimeout(() => raf(cb), 150); return 0; }; }` });
  await openEmpty(page);
  await page.getByRole('button', { name: 'Add stage' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // a background step, from the palette
  await page.keyboard.press('F2');
  await expect(page.getByRole('textbox', { name: /Rename/ })).toBeFocused();
  await page.keyboard.type('Check order');
  // when the rename ends with Enter and Shift+Tab follows at once
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  // then focus is on the palette button before the one that added the step
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeFocused();
  await page.waitForTimeout(400);
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeFocused();
  // and Enter there adds a stage, not a second step
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await getDocument(page)).stages.map((s) => s.steps.length)).toEqual([1, 0]);
});
