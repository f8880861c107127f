/** Editor ergonomics (issue 17): toolbar and menus, quick insert, focus, dark mode (context menus: contextMenu.spec.ts). */
import { expect, test } from '@playwright/test';
import { fileMenu, getDocument, node, openEmpty } from './helpers';

test('the toolbar fits one row at 1280×800 with Run visible, and its icons have real tooltips with shortcuts', async ({ page }) => {
  // given the default sample at 1280×800
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  const toolbar = page.getByRole('toolbar', { name: 'Design tools' });
  await expect(toolbar.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
  // then every button of the toolbar sits on one row, Run among them and inside the window
  const boxes = await toolbar.getByRole('button').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ top: r.top, right: r.right })));
  expect(new Set(boxes.map((b) => Math.round(b.top))).size).toBe(1);
  const run = await page.getByRole('button', { name: 'Run', exact: true }).boundingBox();
  expect(run!.x + run!.width).toBeLessThanOrEqual(1280);
  await page.screenshot({ path: 'reports/editor-toolbar.png' });
  // when the icon-only Find button gets keyboard focus
  await page.getByRole('button', { name: 'Snap to grid' }).focus();
  await page.keyboard.press('Tab');
  // then its tooltip names it and its shortcut
  await expect(page.getByRole('tooltip')).toContainText('Find');
  await expect(page.getByRole('tooltip')).toContainText('Ctrl/Cmd+F');
});

test('File and Export menus are built from the registry and work from the keyboard', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  // when the File menu is opened with the keyboard
  await page.getByRole('button', { name: 'File', exact: true }).focus();
  await page.keyboard.press('Enter');
  // then it offers new, import, designs and versions, the first item focused (read once it is open)
  await expect(page.getByRole('menuitem', { name: /New design/ })).toBeFocused();
  const texts = await page.getByRole('menu').getByRole('menuitem').allInnerTexts();
  const at = (re: RegExp) => texts.findIndex((t) => re.test(t));
  // (other file actions — open folder, save to project — may join them; these four keep their order)
  expect(at(/New design/)).toBe(0);
  expect(at(/Import/)).toBeGreaterThan(0);
  expect(at(/Designs/)).toBeGreaterThan(at(/Import/));
  expect(at(/Versions/)).toBeGreaterThan(at(/Designs/));
  await expect(page.getByRole('menuitem', { name: /New design/ })).toBeFocused();
  await page.screenshot({ path: 'reports/editor-file-menu.png' });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'File', exact: true })).toBeFocused();
  // when the formats menu is opened and Flow XML chosen with the arrows
  await page.getByRole('button', { name: 'More formats' }).focus();
  await page.keyboard.press('Enter');
  const formats = page.getByRole('menu').getByRole('menuitem');
  await expect(formats).toHaveCount(5);
  // the menu focuses its first item as it opens; the arrow moves on from there
  await expect(formats.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(formats.nth(1)).toBeFocused();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  // then the Flow XML is downloaded
  expect(download.suggestedFilename()).toBe('Employee_Onboarding.flow-meta.xml');
});

test('a dialog opened from File ▾ gives focus back to File as it closes, also when opened again', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  const file = page.getByRole('button', { name: 'File', exact: true });
  // the second time, the dialog's code is loaded and it opens while its menu item still has focus
  for (const [item, dialog] of [['Designs…', 'Design library'], ['Designs…', 'Design library'], ['Scenarios…', 'Scenarios'], ['Scenarios…', 'Scenarios']]) {
    await file.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: item }).click();
    await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: dialog })).toHaveCount(0);
    await expect(file, `focus after ${item} closed`).toBeFocused();
  }
});

/** WCAG contrast ratio of two CSS colours `rgb(r, g, b)`. */
test('the empty canvas calls to action; its button adds a stage and focuses it', async ({ page }) => {
  await openEmpty(page);
  await expect(page.getByText('Start with a stage')).toBeVisible();
  await page.screenshot({ path: 'reports/editor-empty.png' });
  // when
  await page.getByRole('button', { name: 'Create the first stage' }).click();
  // then
  const doc = await getDocument(page);
  expect(doc.stages).toHaveLength(1);
  await expect(node(page, doc.stages[0]!.name)).toBeFocused();
  await expect(page.getByText('Start with a stage')).toBeHidden();
});

test('quick insert: "+" on a step adds the next step that waits for it; "+" on a stage adds the next stage', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  // given a selected step
  await node(page, 'Buddy').click();
  // when its "+" is pressed
  await page.getByRole('button', { name: 'Add the next step after this step' }).click();
  // then the next step waits for it and has focus
  const steps = (await getDocument(page)).stages[1]!.steps;
  expect(steps).toHaveLength(2);
  expect(steps[1]!.start).toEqual({ mode: 'stepCompleted', step: 'Buddy' });
  await expect(node(page, steps[1]!.name)).toBeFocused();
  // when a stage's "+" is pressed (keyboard: the button after the focused node)
  await node(page, 'Settle_In').locator('span[title]').first().click();
  await page.getByRole('button', { name: 'Add the next stage after this stage' }).press('Enter');
  // then a third stage follows Settle in
  const doc = await getDocument(page);
  expect(doc.stages).toHaveLength(3);
  expect(doc.stages.find((s) => s.name === 'Settle_In')!.next).toBe(doc.stages[2]!.name);
});

test('keyboard only: a two-stage design from /?new in 9 keystrokes (skip link, palette), focus kept on each add', async ({ page }) => {
  await openEmpty(page);
  let keys = 0;
  const press = async (key: string) => {
    keys++;
    await page.keyboard.press(key);
  };
  // the first Tab stop is the skip link to the palette; Enter lands on "Add stage"
  await press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the palette' })).toBeFocused();
  await press('Enter');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeFocused();
  await press('Enter'); // Stage 1
  await press('Tab');
  await press('Enter'); // a background step in Stage 1
  await expect(page.getByRole('button', { name: 'Add background step' })).toBeFocused();
  await press('Shift+Tab');
  await press('Enter'); // Stage 2, after the stage of the selected step
  await press('Tab');
  await press('Enter'); // a background step in Stage 2
  // then
  const doc = await getDocument(page);
  expect(doc.stages.map((s) => s.steps.length)).toEqual([1, 1]);
  expect(doc.stages[0]!.next).toBe(doc.stages[1]!.name);
  expect(keys).toBe(9); // before issue 17: 16 Tabs to reach "Add stage" + 7 = 23
});

test('Run blocked: the notice names the step in words (no raw path) and "Show it" selects it and focuses its Flow picker', async ({ page }) => {
  await openEmpty(page);
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.getByRole('button', { name: 'Add background step' }).click();
  const step = (await getDocument(page)).stages[0]!.steps[0]!;
  // when the design (its step has no flow) is run
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  // then
  const notice = page.getByRole('status', { name: 'Notices' }).getByRole('listitem').first();
  await expect(notice).toContainText(`Can’t run yet. Step “${step.label}” in stage “Stage 1”`);
  await expect(notice).not.toContainText('stages[');
  await page.screenshot({ path: 'reports/editor-run-blocked.png' });
  await notice.getByRole('button', { name: 'Show it' }).click();
  // the field the problem is about, as Problems → Show it (docs/editor.md, focus table)
  await expect(node(page, step.name)).toHaveClass(/selected/);
  await expect(page.getByRole('complementary', { name: 'Properties' }).getByRole('combobox', { name: 'Flow', exact: true })).toBeFocused();
});

test('Delete and F2 on an Outline row act on that row once, not on the canvas selection too', async ({ page }) => {
  await page.goto('/?sample=order-fulfilment');
  const tree = page.getByRole('tree', { name: 'Orchestration outline' });
  const steps = async () => (await getDocument(page)).stages.flatMap((s) => s.steps.map((t) => t.name));
  await expect(tree.getByRole('treeitem', { name: 'Stage Prepare order' })).toBeVisible();
  const before = await steps();
  // given the first row clicked (its stage selected on the canvas), then ↓ to the first step's row
  await tree.getByRole('treeitem').first().click();
  await page.keyboard.press('ArrowDown');
  const row = tree.getByRole('treeitem', { name: 'Background step Validate order' });
  await expect(row).toBeFocused();
  // when F2: the row's own rename field opens, not the canvas's
  await page.keyboard.press('F2');
  await expect(tree.getByRole('textbox', { name: 'New label for Validate order' })).toBeFocused();
  await expect(page.locator('.react-flow').getByRole('textbox')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(row).toBeFocused();
  // when Delete: that step alone is gone, the stage selected before is still there
  await page.keyboard.press('Delete');
  await expect.poll(steps).toEqual(before.filter((name) => name !== 'Validate'));
  expect((await getDocument(page)).stages.map((s) => s.name)).toContain('Prepare_Order');
  // and focus stays in the tree, on the row after the step's own rows
  await expect(tree.getByRole('treeitem', { name: 'Background step Reserve stock' })).toBeFocused();
  // when another stage is clicked, then ↑↑ reaches a step's row and Ctrl+X: that step is cut, not the stage
  await tree.getByRole('treeitem', { name: 'Stage Ship order' }).click();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(tree.getByRole('treeitem', { name: 'Background step Charge payment' })).toBeFocused();
  await page.keyboard.press('Control+x');
  await expect.poll(steps).toEqual(before.filter((name) => name !== 'Validate' && name !== 'Charge_Payment'));
  expect((await getDocument(page)).stages.map((s) => s.name)).toContain('Ship_Order');
  // F2 and Delete on a start-condition row do nothing (its step is not deleted, the canvas not renamed)
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await steps()).length).toBe(before.length - 1);
  const condition = tree.getByRole('treeitem', { name: /^Starts when Validate order|^Starts when the stage starts/ }).first();
  await condition.focus();
  const count = (await steps()).length;
  await page.keyboard.press('Delete');
  await page.keyboard.press('F2');
  await expect(page.locator('.react-flow').getByRole('textbox')).toHaveCount(0);
  expect((await steps()).length).toBe(count);
});

test('shortcuts: Delete on a Find match leaves the design alone; Ctrl+Z on a select of the Properties panel undoes', async ({ page }) => {
  await page.goto('/?sample=order-fulfilment');
  await node(page, 'Charge_Payment').click();
  const before = await getDocument(page);
  // Find, ↓ into the matches, Delete: nothing is deleted
  await page.keyboard.press('Control+f');
  await page.keyboard.type('ship');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Delete');
  expect(await getDocument(page)).toEqual(before);
  await page.keyboard.press('Escape');
  // a select changed with the keyboard, then Ctrl+Z there: the change is undone
  const runAs = page.getByRole('complementary', { name: 'Properties' }).getByRole('combobox').first();
  await runAs.focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => JSON.stringify(await getDocument(page)) !== JSON.stringify(before)).toBe(true);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => getDocument(page)).toEqual(before);
});

test('Ctrl+Z and Ctrl+Y past the ends of the history change nothing: the browser does not undo typing in a field that has no focus', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await node(page, 'Welcome_Email').click();
  const before = await getDocument(page);
  const panel = page.getByRole('complementary', { name: 'Properties' });
  const logic = panel.getByRole('textbox', { name: /logic/i });
  const logicOf = async () => JSON.stringify((await getDocument(page)).stages[0]!.steps.find((s) => s.name === 'Welcome_Email')!.start);
  // given the logic typed over, then focus on a select of the panel
  await logic.fill('1 AND 2');
  await panel.getByLabel('Run as').focus();
  await expect.poll(logicOf).toContain('"logic":"1 AND 2"');
  // when Ctrl+Z undoes the edit, then is pressed again with nothing left to undo
  await page.keyboard.press('Control+z');
  await expect.poll(() => getDocument(page)).toEqual(before);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  // then the design is as it was, the field too, and focus stayed where it was (the browser's undo
  // put "1 AND (2 OR 3)1 AND 2" in the field, focused, and into the design)
  await expect(panel.getByLabel('Run as')).toBeFocused();
  expect(await getDocument(page)).toEqual(before);
  await expect(logic).toHaveValue('1 AND (2 OR 3)');
  // Redo brings the edit back once; a second Ctrl+Y has nothing to redo
  await page.keyboard.press('Control+y');
  await page.keyboard.press('Control+y');
  await expect(logic).toHaveValue('1 AND 2');
  await expect(panel.getByLabel('Run as')).toBeFocused();
});

test('the Outline of an empty design takes focus, and S there adds the first stage', async ({ page }) => {
  await openEmpty(page);
  const tree = page.getByRole('tree', { name: 'Orchestration outline' });
  await tree.focus();
  await expect(tree).toBeFocused();
  await page.keyboard.press('s');
  const doc = await getDocument(page);
  expect(doc.stages).toHaveLength(1);
  await expect(page.getByRole('treeitem', { name: /Stage Stage 1/ })).toBeFocused();
});

test('Restore asks first, says what it did, and Undo brings the design back', async ({ page }) => {
  // given a saved design with two versions (a save becomes a version when the last is a minute old)
  await page.clock.install();
  await openEmpty(page);
  const saved = () => expect(page.locator('[data-save-status="saved"]')).toBeVisible({ timeout: 10_000 });
  await page.getByRole('button', { name: 'Add stage' }).click();
  await saved();
  await page.clock.fastForward('02:00');
  await page.getByRole('button', { name: 'Add stage' }).click();
  await expect(page.locator('[data-save-status="saved"]')).toBeHidden();
  await saved();
  expect((await getDocument(page)).stages).toHaveLength(2);
  // when Versions is opened from the File menu and the oldest version restored: the design as
  // /?new opened it, before its first change (a design not stored yet keeps it as version 1)
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: /Versions/ }).click();
  const history = page.getByRole('region', { name: 'Version history' });
  const restores = history.getByRole('button', { name: 'Restore' });
  await expect.poll(() => restores.count()).toBeGreaterThanOrEqual(2);
  await restores.last().click();
  // then it asks before replacing anything
  expect((await getDocument(page)).stages).toHaveLength(2);
  await page.getByRole('button', { name: 'Yes, restore' }).click();
  // and says what it did, with Undo
  const notice = page.getByRole('status', { name: 'Notices' }).getByRole('listitem').filter({ hasText: 'Restored version' });
  await expect(notice).toContainText('Restored version 1');
  expect((await getDocument(page)).stages).toHaveLength(0);
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await getDocument(page)).stages.length).toBe(2);
});

// until 2026-12-05 focus stayed on File (the menu gave it back) or went to the canvas region
test('New design then a quick click into Description: the typing stays there, even when frames come late (Create the first stage does not take focus)', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  // given frames that come late (a busy machine): focus went to Create the first stage once the menu had closed
  await page.evaluate(() => {
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => { setTimeout(() => raf(cb), 150); return 0; };
  });
  await fileMenu(page, /New design/);
  // when the admin clicks into the new design's Description at once and types
  const description = page.getByRole('complementary', { name: 'Properties' }).getByRole('textbox', { name: 'Description', exact: true });
  await description.click();
  await page.keyboard.type('Onboards');
  await page.waitForTimeout(600);
  await page.keyboard.type(' a hire');
  // then it is all in the Description (the space pressed Create the first stage, and the design got a stage)
  await expect(description).toHaveValue('Onboards a hire');
  expect((await getDocument(page)).stages).toHaveLength(0);
});

test('New design (File ▾ and Designs…) puts focus on the empty canvas\'s Create the first stage; Enter adds the stage', async ({ page }) => {
  const start = page.getByRole('button', { name: 'Create the first stage' });
  // from the File menu, by keyboard
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  await page.getByRole('button', { name: 'File', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: /New design/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(start).toBeFocused();
  await page.screenshot({ path: 'reports/editor-new-design-focus.png' });
  // from Designs…, by mouse
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: /Designs/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'New design' }).click();
  await expect(start).toBeFocused();
  // when Enter
  await page.keyboard.press('Enter');
  // then the first stage is there and has focus
  const doc = await getDocument(page);
  expect(doc.stages).toHaveLength(1);
  await expect(node(page, doc.stages[0]!.name)).toBeFocused();
});
