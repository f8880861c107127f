/** Issue 17, focus management: after each action focus lands on what it created or edited (docs/editor.md, "Focus after each action"). */
import { expect, test } from '@playwright/test';
import { focusedName, getDocument, node, openEmpty, pressKeyWhen } from './helpers';

test('Run puts focus on the run controls, Exit run back on Run — never on the page body', async ({ page }) => {
  test.slow();
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  // when
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  // then
  await expect(page.getByRole('button', { name: 'Exit run' })).toBeVisible();
  await expect.poll(() => focusedName(page)).not.toBe('body');
  await expect(page.getByRole('toolbar', { name: 'Run controls' }).locator(':focus')).toHaveCount(1);
  // when
  await page.getByRole('button', { name: 'Exit run' }).click();
  // then
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeFocused();
});

test('Step forward pressed past the run\'s end and Step back past its start keep focus, stay enabled and do nothing more — focus never on the page body', async ({ page }) => {
  test.slow();
  await page.goto('/?sample=order-fulfilment');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const controls = page.getByRole('toolbar', { name: 'Run controls' });
  const forward = controls.getByRole('button', { name: 'Step forward' });
  const back = controls.getByRole('button', { name: 'Step back' });
  const timeline = page.getByRole('slider', { name: 'Timeline' });
  await expect(forward).toBeEnabled({ timeout: 15_000 });
  const events = await page.evaluate(() => window.stageflow.getTrace()!.events.length);
  // when Enter is pressed on Step forward until the run's end, and twice more
  await forward.focus();
  for (let i = 0; i < events + 2; i++) await page.keyboard.press('Enter');
  // then it keeps focus, enabled, at the end (before: it was disabled there and focus went to Step back)
  await expect(forward).toHaveAttribute('title', 'Already at the end of the run');
  await expect(forward).toBeFocused();
  await expect(forward).toBeEnabled();
  // when Enter is pressed on Step back until the run's start, and twice more
  await back.focus();
  for (let i = 0; i < events + 2; i++) await page.keyboard.press('Enter');
  // then
  await expect(timeline).toHaveAttribute('aria-valuetext', '0 ms');
  await expect(back).toBeFocused();
  await expect(back).toBeEnabled();
  expect(await focusedName(page)).not.toBe('body');
});

test('F2 renames the focused node in place; Enter puts focus back on the renamed node', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  await node(page, 'Buddy').click();
  await node(page, 'Buddy').focus();
  // when
  await page.keyboard.press('F2');
  const field = page.getByRole('textbox', { name: /rename/i });
  await expect(field).toBeFocused();
  await field.fill('Meet your buddy');
  await page.keyboard.press('Enter');
  // then the node (its typed API name kept) has focus, and keys reach the canvas again
  await expect(node(page, 'Buddy')).toContainText('Meet your buddy');
  await expect(node(page, 'Buddy')).toBeFocused();
});

test('Delete puts focus on a neighbour: the previous step of the stage, else the next, else the stage', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  const doc = await getDocument(page);
  const stage = doc.stages.find((s) => s.steps.length >= 2)!;
  const [first, second] = stage.steps;
  // when the second step is deleted from the keyboard
  await node(page, second!.name).click();
  await node(page, second!.name).focus();
  await page.keyboard.press('Delete');
  // then focus is on the first step
  await expect(node(page, second!.name)).toHaveCount(0);
  await expect(node(page, first!.name)).toBeFocused();
  // when the first step is deleted too, and then every step left
  const rest = stage.steps.slice(2).map((s) => s.name);
  await page.keyboard.press('Delete');
  await expect(node(page, first!.name)).toHaveCount(0);
  for (const name of rest) {
    // then focus is on the next step
    await expect(node(page, name)).toBeFocused();
    await page.keyboard.press('Delete');
    await expect(node(page, name)).toHaveCount(0);
  }
  // and after the last one on its stage
  await expect(node(page, stage.name)).toBeFocused();
});

// until 2026-12-05 focus stayed on the pane, away from the neighbour the next key acts on
test('Delete with the canvas pane focused: focus goes to the neighbour it selects; with nothing left, the pane keeps a visible focus', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  const canvas = page.getByRole('region', { name: 'Canvas' });
  // given a step selected by a click, then the pane focused (Tab, a rubber band)
  await node(page, 'Provision_Laptop').click();
  await canvas.focus();
  // when
  await page.keyboard.press('Delete');
  // then its neighbour is selected and has focus
  await expect(node(page, 'Provision_Laptop')).toHaveCount(0);
  await expect(node(page, 'Create_User_Accounts')).toBeFocused();
  await expect(node(page, 'Create_User_Accounts')).toHaveClass(/selected/);
  // when everything is selected from the pane and deleted
  await canvas.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  // then the pane keeps focus, with its ring (not <body>)
  await expect.poll(async () => (await getDocument(page)).stages.length).toBe(0);
  await expect(canvas).toBeFocused();
  expect(await canvas.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
});

// until 2026-12-05 focus fell to the canvas, out of the Outline the user was working in
test('Delete of the last element from the Outline leaves focus on the empty Outline, where S adds a stage', async ({ page }) => {
  await openEmpty(page);
  await page.getByRole('button', { name: 'Add stage' }).click();
  const tree = page.getByRole('tree', { name: 'Orchestration outline' });
  await tree.getByRole('treeitem').first().click();
  // when
  await page.keyboard.press('Delete');
  // then
  await expect.poll(async () => (await getDocument(page)).stages.length).toBe(0);
  await expect(tree).toBeFocused();
  await page.keyboard.press('s');
  await expect(tree.getByRole('treeitem', { name: /Stage Stage 1/ })).toBeFocused();
});

test('Delete of the last element from the Outline then a quick click into Description: the typing stays there, even when frames come late', async ({ page }) => {
  await openEmpty(page);
  await page.getByRole('button', { name: 'Add stage' }).click();
  const tree = page.getByRole('tree', { name: 'Orchestration outline' });
  await tree.getByRole('treeitem').first().click();
  await expect(tree.getByRole('treeitem').first()).toBeFocused();
  // given frames that come late (a busy machine): the empty tree took focus a frame after the Delete
  await page.evaluate(() => {
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => { setTimeout(() => raf(cb), 150); return 0; };
  });
  // when the last stage is deleted and the admin clicks into Description at once and types
  const description = page.getByRole('complementary', { name: 'Properties' }).getByRole('textbox', { name: 'Description', exact: true });
  await page.keyboard.press('Delete');
  await description.click({ force: true }); // at once: the checks before a click wait for frames
  await page.keyboard.type('Stages', { delay: 40 });
  await page.waitForTimeout(500);
  await page.keyboard.type(' sent', { delay: 40 });
  // then it is all in the Description, and no stage was added (the tree took the typing, and its S added stages)
  await expect(description).toHaveValue('Stages sent');
  expect((await getDocument(page)).stages).toHaveLength(0);
});

test('F2 pressed in the Outline the moment S has drawn the new stage\'s row renames it: its field keeps focus', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  const tree = page.getByRole('tree', { name: 'Orchestration outline' });
  await tree.getByRole('treeitem').first().click();
  // given F2 sent on the focused element as soon as the new row is in the page (before the next frame)
  await pressKeyWhen(page, `[...document.querySelectorAll('[role=treeitem]')].some((row) => /Stage 1/.test(row.textContent))`, 'F2');
  // when S adds a stage
  await page.keyboard.press('s');
  // then the new stage's rename field is open and keeps focus (a frame later its row took focus, closing it unseen)
  const rename = page.getByRole('textbox', { name: 'New label for Stage 1' });
  await expect(rename).toBeFocused();
  await page.waitForTimeout(300);
  await expect(rename).toBeFocused();
  await page.keyboard.type('Wrap up');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await getDocument(page)).stages.map((s) => s.label)).toContain('Wrap up');
  await expect(tree.getByRole('treeitem', { name: /Stage Wrap up/ })).toBeFocused();
});

test('Enter ending an Outline rename gives its row focus at once: ↓ pressed right after moves to the next row, even when frames come late', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  const tree = page.getByRole('tree', { name: 'Orchestration outline' });
  await tree.getByRole('treeitem', { name: /Provision/ }).first().click();
  // given frames that come late (a busy machine): the row took focus a frame after Enter, and the ↓ before it was lost on the page
  await page.evaluate(() => {
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => { setTimeout(() => raf(cb), 150); return 0; };
  });
  await page.keyboard.press('F2');
  await expect(page.getByRole('textbox', { name: /^New label for / })).toBeFocused();
  await page.keyboard.type('Ship laptop');
  // when the rename ends with Enter and ↓ follows at once
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  // then focus is on the row after the renamed step's: its start condition
  await expect(tree.getByRole('treeitem', { name: /^Starts when Create user accounts/ })).toBeFocused();
  await page.waitForTimeout(400);
  await expect(tree.getByRole('treeitem', { name: /^Starts when Create user accounts/ })).toBeFocused();
});
