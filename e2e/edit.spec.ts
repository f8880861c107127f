import { expect, test, type Page } from '@playwright/test';
import { getDocument, node, pressKeyWhen } from './helpers';

const stageNames = async (page: Page) => (await getDocument(page)).stages.map((s) => s.name);

async function openOnboarding(page: Page) {
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Provision_Laptop')).toBeVisible();
}

/** Clicks a node on its label (a plain click selects it). */
async function select(page: Page, name: string, modifiers: ('Shift')[] = []) {
  await node(page, name).locator('span[title]').first().click({ modifiers });
}

/** Drags a stage by its header by (dx, dy) screen pixels, and waits until its position is recorded. */
async function dragStage(page: Page, name: string, dx: number, dy: number) {
  const header = (await node(page, name).locator('span[title]').first().boundingBox())!;
  await page.mouse.move(header.x + 5, header.y + 5);
  await page.mouse.down();
  await page.mouse.move(header.x + 5 + dx, header.y + 5 + dy, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await getDocument(page)).layout?.[name] !== undefined).toBe(true);
}

test('undo and redo every edit from the toolbar and the keyboard', async ({ page }) => {
  // given
  await openOnboarding(page);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  // when
  await select(page, 'Settle_In');
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.getByRole('button', { name: 'Add decision' }).click();
  // then
  expect(await stageNames(page)).toEqual(['Accounts_And_Equipment', 'Settle_In', 'Stage_1']);
  expect((await getDocument(page)).decisions?.map((d) => d.name)).toEqual(['Decision_1']);
  await page.getByRole('button', { name: 'Undo' }).click();
  expect((await getDocument(page)).decisions ?? []).toEqual([]);
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await stageNames(page)).toEqual(['Accounts_And_Equipment', 'Settle_In']);
  await page.getByRole('button', { name: 'Redo' }).click();
  await page.keyboard.press('ControlOrMeta+Y');
  expect((await getDocument(page)).decisions?.map((d) => d.name)).toEqual(['Decision_1']);
});

test('deletes with the keyboard, re-linking stages and releasing waiting steps', async ({ page }) => {
  await openOnboarding(page);
  await select(page, 'Create_User_Accounts');
  await page.keyboard.press('Delete');
  await expect(node(page, 'Create_User_Accounts')).toHaveCount(0);
  let doc = await getDocument(page);
  expect(doc.stages[0]!.steps.find((s) => s.name === 'Provision_Laptop')!.start).toEqual({ mode: 'stageStarts' });
  // a predecessor connector deleted returns its step to "when the stage starts"
  await page.keyboard.press('ControlOrMeta+Z');
  await page.locator('.react-flow__edge[data-id="pred:Provision_Laptop"]').click({ force: true });
  await page.keyboard.press('Backspace');
  doc = await getDocument(page);
  expect(doc.stages[0]!.steps.map((s) => s.name)).toContain('Create_User_Accounts');
  expect(doc.stages[0]!.steps.find((s) => s.name === 'Provision_Laptop')!.start).toEqual({ mode: 'stageStarts' });
});

test('copies and pastes a stage with its steps as one undoable edit', async ({ context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openOnboarding(page);
  await select(page, 'Settle_In');
  await page.keyboard.press('ControlOrMeta+C');
  await page.keyboard.press('ControlOrMeta+V');
  await expect(node(page, 'Settle_In_2')).toBeVisible();
  await expect(node(page, 'Buddy_2')).toBeVisible();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(JSON.parse(clip)).toMatchObject({ format: 'stageflow.clipboard', stages: [{ name: 'Settle_In' }] });
  const doc = await getDocument(page);
  expect(doc.stages.map((s) => s.name)).toEqual(['Accounts_And_Equipment', 'Settle_In', 'Settle_In_2']);
  expect(doc.stages[1]!.next).toBe('Settle_In_2');
  // duplicate a step, then undo the paste and the duplicate
  await select(page, 'Buddy');
  await page.keyboard.press('ControlOrMeta+D');
  await expect(node(page, 'Buddy_3')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Z');
  await page.keyboard.press('ControlOrMeta+Z');
  expect(await stageNames(page)).toEqual(['Accounts_And_Equipment', 'Settle_In']);
});

test('after Duplicate or Paste, Delete and F2 act on the copy the selection and the panel show, not on the original', async ({ context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openOnboarding(page);
  // given a stage duplicated from the keyboard
  await select(page, 'Settle_In');
  await page.keyboard.press('ControlOrMeta+D');
  await expect(node(page, 'Settle_In_2')).toHaveClass(/selected/);
  // when Delete is pressed, then the copy goes and the original stays (focus went with the selection)
  await expect(node(page, 'Settle_In_2')).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(node(page, 'Settle_In_2')).toHaveCount(0);
  expect(await stageNames(page)).toEqual(['Accounts_And_Equipment', 'Settle_In']);
  // given a step copied and pasted, when F2 is pressed, then the rename is the copy's
  await select(page, 'Buddy');
  await page.keyboard.press('ControlOrMeta+C');
  await page.keyboard.press('ControlOrMeta+V');
  await expect(node(page, 'Buddy_2')).toHaveClass(/selected/);
  await page.keyboard.press('F2');
  await expect(page.getByRole('textbox', { name: /^Rename / })).toBeFocused();
  await page.keyboard.type('Buddy copy');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await getDocument(page)).stages.flatMap((s) => s.steps).find((x) => x.name === 'Buddy_2')?.label).toBe('Buddy copy');
  const original = (await getDocument(page)).stages.flatMap((s) => s.steps).find((x) => x.name === 'Buddy');
  expect(original?.label ?? 'Buddy').not.toBe('Buddy copy');
});

test('F2 pressed the moment a pasted copy is drawn, before focus has followed it, renames the copy, and focus ends on the copy', async ({ context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openOnboarding(page);
  await select(page, 'Buddy');
  await page.keyboard.press('ControlOrMeta+C');
  // given F2 sent on the focused element as soon as the copy's node is in the page (before the next frame)
  await pressKeyWhen(page, `document.querySelector('.react-flow__node[data-id="Buddy_2"]')`, 'F2');
  // when the step is pasted
  await page.keyboard.press('ControlOrMeta+V');
  // then the copy's rename field opens and keeps focus (a frame later it was taken away, committing it unseen)
  const rename = page.getByRole('textbox', { name: /^Rename / });
  await expect(rename).toBeFocused();
  await page.waitForTimeout(300);
  await expect(rename).toBeFocused();
  await page.keyboard.type('Buddy copy');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await getDocument(page)).stages.flatMap((s) => s.steps).find((x) => x.name === 'Buddy_2')?.label).toBe('Buddy copy');
  // and focus is on the copy, not the original, so the next key acts on what is selected
  await expect(node(page, 'Buddy_2')).toBeFocused();
});

test('Delete pressed the moment a duplicated copy is drawn, before focus has followed it from the original reached with the keyboard, deletes the copy', async ({ page }) => {
  await openOnboarding(page);
  // given the original focused from the keyboard (Tab away and back), so keys act on the focused node
  await select(page, 'Buddy');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(node(page, 'Buddy')).toBeFocused();
  // and Delete sent on the focused element as soon as the copy's node is in the page (before the next frame)
  await pressKeyWhen(page, `document.querySelector('.react-flow__node[data-id="Buddy_2"]')`, 'Delete');
  // when the step is duplicated
  await page.keyboard.press('ControlOrMeta+D');
  // then the copy the selection showed is deleted, and the original stays
  await expect(node(page, 'Buddy_2')).toHaveCount(0);
  const steps = (await getDocument(page)).stages.flatMap((s) => s.steps).map((x) => x.name);
  expect(steps).toContain('Buddy');
  expect(steps).not.toContain('Buddy_2');
});

/** Sends `key` on the focused element the task after the browser's paste event (a key right after Ctrl+V). */
async function keyRightAfterPaste(page: Page, key: string, ctrlKey = false) {
  await page.evaluate(`window.addEventListener('paste', () => setTimeout(() => (document.activeElement ?? document.body)
    .dispatchEvent(new KeyboardEvent('keydown', { key: '${key}', ctrlKey: ${ctrlKey}, bubbles: true, cancelable: true }))), { once: true })`);
}

test('Ctrl+Z or Delete pressed right after Ctrl+V, while the paste is still under way, acts after it, on the copy', async ({ context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openOnboarding(page);
  // given Buddy copied, and Welcome_Email selected to paste after
  await select(page, 'Buddy');
  await page.keyboard.press('ControlOrMeta+C');
  await select(page, 'Welcome_Email');
  const before = (await getDocument(page)).stages.flatMap((s) => s.steps).map((x) => x.name);
  // when Ctrl+Z comes right after the paste's key (the first paste loads its parser)
  await keyRightAfterPaste(page, 'z', true);
  await page.keyboard.press('ControlOrMeta+V');
  // then the paste is undone: no copy is left (Undo ran first, with nothing to undo, and the copy stayed)
  await page.waitForTimeout(500);
  expect((await getDocument(page)).stages.flatMap((s) => s.steps).map((x) => x.name)).toEqual(before);
  // when, in a new page (the parser not loaded yet), Delete comes right after the paste's key
  await openOnboarding(page);
  await select(page, 'Buddy');
  await page.keyboard.press('ControlOrMeta+C');
  await select(page, 'Welcome_Email');
  await keyRightAfterPaste(page, 'Delete');
  await page.keyboard.press('ControlOrMeta+V');
  // then the copy the paste selected is deleted, not Welcome_Email the copy was pasted after
  await page.waitForTimeout(500);
  expect((await getDocument(page)).stages.flatMap((s) => s.steps).map((x) => x.name)).toEqual(before);
});

test('a click on the panel\'s Label field while renaming on the canvas ends the rename and keeps focus in the field', async ({ page }) => {
  await openOnboarding(page);
  await select(page, 'Buddy');
  await page.keyboard.press('F2');
  await page.getByRole('textbox', { name: /^Rename / }).fill('First');
  // when the Label field is clicked and typed in
  const field = page.getByRole('textbox', { name: 'Label', exact: true });
  await field.click();
  await page.keyboard.type('!');
  await page.waitForTimeout(300);
  await page.keyboard.type('?');
  // then every key went to the field (a frame after the rename ended, focus was taken to the node, and ? opened the help)
  await expect(field).toBeFocused();
  await expect.poll(async () => (await getDocument(page)).stages.flatMap((s) => s.steps).find((x) => x.name === 'Buddy')?.label).toBe('First!?');
});

test('F2 pressed the moment a rename closes with Enter opens the next rename, which keeps focus', async ({ page }) => {
  await openOnboarding(page);
  await select(page, 'Buddy');
  await page.keyboard.press('F2');
  await page.getByRole('textbox', { name: /^Rename / }).fill('First');
  // given F2 sent on the focused element as soon as the rename field is gone (before the next frame)
  await pressKeyWhen(page, `!document.querySelector('input[aria-label^="Rename "]')`, 'F2');
  // when the rename is committed with Enter
  await page.keyboard.press('Enter');
  // then the second rename field is open and keeps focus (a frame later it was taken to the node, closing it unseen)
  const rename = page.getByRole('textbox', { name: /^Rename / });
  await expect(rename).toBeFocused();
  await page.waitForTimeout(300);
  await expect(rename).toBeFocused();
  await page.keyboard.type('Second');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await getDocument(page)).stages.flatMap((s) => s.steps).find((x) => x.name === 'Buddy')?.label).toBe('Second');
  await expect(node(page, 'Buddy')).toBeFocused();
});

test('a stage the user placed, duplicated, gets a copy beside it in the run order, not over it', async ({ page }) => {
  await openOnboarding(page);
  // given the first stage dragged a little (its position is now recorded)
  await dragStage(page, 'Accounts_And_Equipment', 40, 20);
  expect((await getDocument(page)).layout!.Accounts_And_Equipment!.x).toBeGreaterThan(0);
  // when it is duplicated
  await select(page, 'Accounts_And_Equipment');
  await page.keyboard.press('ControlOrMeta+D');
  await expect(node(page, 'Accounts_And_Equipment_2')).toHaveClass(/selected/);
  // then the copy covers no part of the original
  const original = (await node(page, 'Accounts_And_Equipment').boundingBox())!;
  const copy = (await node(page, 'Accounts_And_Equipment_2').boundingBox())!;
  const overlapX = Math.min(original.x + original.width, copy.x + copy.width) - Math.max(original.x, copy.x);
  const overlapY = Math.min(original.y + original.height, copy.y + copy.height) - Math.max(original.y, copy.y);
  expect(overlapX <= 0 || overlapY <= 0).toBe(true);
});

test('pastes steps copied as text (multi-select with shift-click) into the selected stage', async ({ page }) => {
  await openOnboarding(page);
  await select(page, 'Create_User_Accounts');
  await select(page, 'Welcome_Email', ['Shift']);
  await page.keyboard.press('ControlOrMeta+C');
  await select(page, 'Settle_In');
  await page.keyboard.press('ControlOrMeta+V');
  await expect(node(page, 'Welcome_Email_2')).toBeVisible();
  const doc = await getDocument(page);
  expect(doc.stages[1]!.steps.map((s) => s.name)).toEqual(['Buddy', 'Create_User_Accounts_2', 'Welcome_Email_2']);
  await page.keyboard.press('ControlOrMeta+Z');
  expect((await getDocument(page)).stages[1]!.steps.map((s) => s.name)).toEqual(['Buddy']);
});

test('tidy up forgets recorded positions so the automatic arrangement applies, as one undo step', async ({ page }) => {
  await openOnboarding(page);
  // given a stage dragged out of the arrangement
  await dragStage(page, 'Settle_In', 55, 195);
  expect((await getDocument(page)).layout!.Settle_In!.y).toBeGreaterThan(0);
  const placed = (await node(page, 'Settle_In').boundingBox())!;
  // when
  await page.getByRole('button', { name: 'Tidy up' }).click();
  // then: no positions are recorded, and the stages stand side by side in run order again
  await expect.poll(async () => Object.keys((await getDocument(page)).layout ?? {}).length).toBe(0);
  const first = (await node(page, 'Accounts_And_Equipment').boundingBox())!;
  const second = (await node(page, 'Settle_In').boundingBox())!;
  expect(second.x).toBeGreaterThan(first.x + first.width);
  expect(Math.abs(second.y - first.y)).toBeLessThan(2);
  expect(second.y).not.toBe(placed.y);
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(Object.keys((await getDocument(page)).layout ?? {})).toEqual(['Settle_In']);
});

test('moves a node by dragging (one undo entry) and a step onto another stage', async ({ page }) => {
  await openOnboarding(page);
  const stage = (await node(page, 'Settle_In').locator('span[title]').first().boundingBox())!;
  await page.mouse.move(stage.x + 5, stage.y + 5);
  await page.mouse.down();
  await page.mouse.move(stage.x + 60, stage.y + 80, { steps: 8 });
  await page.mouse.up();
  const moved = (await getDocument(page)).layout!.Settle_In!;
  expect(moved.y).toBeGreaterThan(0);
  // a step dragged onto the other stage moves there and its predecessor link is dropped
  const step = (await node(page, 'Provision_Laptop').boundingBox())!;
  const target = (await node(page, 'Settle_In').boundingBox())!;
  await page.mouse.move(step.x + 30, step.y + 10);
  await page.mouse.down();
  await page.mouse.move(step.x + 60, step.y + 30, { steps: 4 });
  await page.mouse.move(target.x + target.width / 2, target.y + target.height - 15, { steps: 12 });
  // before the drop, the stage it would join is outlined and the move (with what it drops) is said
  await expect(node(page, 'Settle_In').locator('.sf-stage')).toHaveClass(/sf-drop-target/);
  await expect(page.getByTestId('drop-hint')).toHaveText('Drop to move “Provision laptop” to stage “Settle in”. It will no longer wait for “Create user accounts”.');
  await expect(node(page, 'Accounts_And_Equipment').locator('.sf-stage')).not.toHaveClass(/sf-drop-target/);
  await page.mouse.up();
  await expect(page.getByText(/Moved “Provision laptop” to stage “Settle in”\. It no longer waits for “Create user accounts”/)).toBeVisible();
  await expect(page.getByTestId('drop-hint')).toHaveText('');
  await expect(page.locator('.sf-drop-target')).toHaveCount(0);
  const doc = await getDocument(page);
  expect(doc.stages[1]!.steps.map((s) => s.name)).toContain('Provision_Laptop');
  expect(doc.stages[1]!.steps.find((s) => s.name === 'Provision_Laptop')!.start).toEqual({ mode: 'stageStarts' });
  await page.keyboard.press('ControlOrMeta+Z');
  await page.keyboard.press('ControlOrMeta+Z');
  expect((await getDocument(page)).layout!.Settle_In).toEqual({ x: 480, y: 0 });
});

test('a step dragged over another stage outlines it wherever the pointer is over the stage as drawn, to its edges, and nothing just outside it', async ({ page }) => {
  // given "Provision laptop" picked up in its stage; the card itself cannot leave that stage, the pointer goes on
  await openOnboarding(page);
  const step = (await node(page, 'Provision_Laptop').boundingBox())!;
  const box = (await node(page, 'Settle_In').locator('.sf-stage').boundingBox())!;
  const target = node(page, 'Settle_In').locator('.sf-stage');
  await page.mouse.move(step.x + 30, step.y + 10);
  await page.mouse.down();
  await page.mouse.move(step.x + 60, step.y + 30, { steps: 4 });
  const [left, right, top, bottom] = [box.x, box.x + box.width, box.y, box.y + box.height];
  // when the pointer is 3 px inside each corner of "Settle in", then its middle
  for (const [x, y] of [[left + 3, top + 3], [right - 3, top + 3], [right - 3, bottom - 3], [left + 3, bottom - 3], [(left + right) / 2, (top + bottom) / 2]] as const) {
    await page.mouse.move(x, y, { steps: 6 });
    // then that stage is outlined and the move is said
    await expect(target, `at ${x - left}, ${y - top} of the stage`).toHaveClass(/sf-drop-target/);
    await expect(page.getByTestId('drop-hint')).toHaveText(/^Drop to move “Provision laptop” to stage “Settle in”/);
  }
  // when it is 4 px outside the stage's left, right or bottom edge, nothing is
  for (const [x, y] of [[left - 4, bottom - 3], [right + 4, bottom - 3], [right - 3, bottom + 4]] as const) {
    await page.mouse.move(x, y, { steps: 3 });
    await expect(target, `at ${x - left}, ${y - top} of the stage`).not.toHaveClass(/sf-drop-target/);
    await expect(page.getByTestId('drop-hint')).toHaveText('');
  }
  // and dropped 3 px inside its bottom right corner, the step joins it
  await page.mouse.move(right - 3, bottom - 3, { steps: 3 });
  await expect(target).toHaveClass(/sf-drop-target/);
  await page.mouse.up();
  await expect(page.getByText(/Moved “Provision laptop” to stage “Settle in”\. It no longer waits for “Create user accounts”/)).toBeVisible();
  expect((await getDocument(page)).stages[1]!.steps.map((s) => s.name)).toContain('Provision_Laptop');
});

test('renames in place by double-click; an API name the admin typed stays, one that follows the label follows it', async ({ page }) => {
  await openOnboarding(page);
  // given "Buddy", labelled "Assign buddy": a name typed by hand (the label derives Assign_buddy)
  await node(page, 'Buddy').locator('span[title]').first().dblclick();
  const input = page.getByRole('textbox', { name: 'Rename Assign buddy' });
  await input.fill('Pick a buddy');
  await input.press('Enter');
  // then only the label changed
  await expect(node(page, 'Buddy')).toContainText('Pick a buddy');
  expect((await getDocument(page)).stages[1]!.steps[0]).toMatchObject({ name: 'Buddy', label: 'Pick a buddy' });
  // when its stage, renamed in the panel to follow its label, is renamed in place
  await node(page, 'Settle_In').locator('.sf-stage-header span[title]').first().click();
  const apiName = page.getByRole('complementary', { name: 'Properties' }).getByRole('textbox', { name: 'API Name' });
  await apiName.fill('Settle_in');
  await apiName.press('Enter');
  await node(page, 'Settle_in').locator('.sf-stage-header span[title]').first().dblclick();
  const stageInput = page.getByRole('textbox', { name: 'Rename Settle in' });
  await stageInput.fill('First week');
  await stageInput.press('Enter');
  // then its API name follows the new label
  await expect(node(page, 'First_week')).toBeVisible();
  expect((await getDocument(page)).stages[1]).toMatchObject({ name: 'First_week', label: 'First week' });
});

test('finds an element by name and opens the shortcut help with ?', async ({ page }) => {
  await openOnboarding(page);
  await page.keyboard.press('ControlOrMeta+F');
  await page.getByRole('searchbox', { name: 'Find element' }).fill('laptop');
  await page.keyboard.press('Enter');
  await expect(node(page, 'Provision_Laptop')).toHaveClass(/selected/);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByText('Ctrl/Cmd+D')).toBeVisible();
  await page.screenshot({ path: '/tmp/stageflow-help.png' });
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('marks nodes with validation errors (data-invalid) with the problem as tooltip', async ({ page }) => {
  await openOnboarding(page);
  const result = await page.evaluate(() => {
    const doc = window.stageflow.getDocument();
    doc.stages[1]!.steps[0]!.flow = 'No_Such_Flow';
    return window.stageflow.loadDocument(doc);
  });
  expect(result.ok).toBe(false);
  await select(page, 'Buddy');
  await page.getByRole('button', { name: 'Add interactive step' }).click(); // the catalog has no screen flow
  await expect(node(page, 'Interactive_step_1')).toHaveAttribute('data-invalid', 'true');
  await expect(node(page, 'Buddy')).not.toHaveAttribute('data-invalid', 'true');
  await expect(node(page, 'Interactive_step_1').getByRole('img', { name: /Error:/ })).toBeVisible();
  await page.screenshot({ path: '/tmp/stageflow-invalid.png' });
});
