/** Editor ergonomics (issue 17): the canvas's context menus, by mouse and by keyboard, on steps, stages and connectors. */
import { expect, test, type Page } from '@playwright/test';
import { getDocument, node } from './helpers';

test('context menu by mouse: right-click a stage adds a step there; right-click the canvas adds a stage at that point', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  // when a stage is right-clicked
  await node(page, 'Settle_In').locator('span[title]').first().click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Element menu' });
  await expect(menu).toBeVisible();
  await page.screenshot({ path: 'reports/editor-context-menu.png' });
  await menu.getByRole('menuitem', { name: 'Add background step here' }).click();
  // then a step is added to that stage and has focus (the menu acts once it has closed: polled)
  await expect.poll(async () => (await getDocument(page)).stages.find((s) => s.name === 'Settle_In')!.steps.length).toBe(2);
  const settle = (await getDocument(page)).stages.find((s) => s.name === 'Settle_In')!;
  await expect(node(page, settle.steps[1]!.name)).toBeFocused();
  // when the empty canvas is right-clicked
  const pane = page.locator('.react-flow__pane');
  await pane.click({ button: 'right', position: { x: 60, y: 60 } });
  await page.getByRole('menuitem', { name: 'Add stage here' }).click();
  // then a stage is added at the end
  await expect.poll(async () => (await getDocument(page)).stages.length).toBe(3);
  const doc = await getDocument(page);
  await expect(node(page, doc.stages[2]!.name)).toBeFocused();
  // when the canvas is double-clicked, the add menu opens there
  await pane.dblclick({ position: { x: 80, y: 500 } });
  await expect(page.getByRole('menu', { name: 'Canvas menu' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
});

test('context menu by keyboard: Shift+F10 on a focused step, arrows, Enter; Esc gives focus back', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  // given a focused step
  await node(page, 'Buddy').focus();
  // when the menu is opened from the keyboard and closed with Escape
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menu', { name: 'Element menu' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Add the next step' })).toBeFocused();
  await page.keyboard.press('Escape');
  // then focus is back on the step
  await expect(node(page, 'Buddy')).toBeFocused();
  // when "Duplicate" is chosen with the arrows
  await page.keyboard.press('Shift+F10');
  // (read the items once the menu is open and its first item has focus: a loaded machine opens it later)
  await expect(page.getByRole('menuitem', { name: 'Add the next step' })).toBeFocused();
  const items = await page.getByRole('menu').getByRole('menuitem').allInnerTexts();
  const duplicateAt = items.findIndex((t) => t.startsWith('Duplicate'));
  expect(duplicateAt).toBeGreaterThan(0);
  for (let i = 0; i < duplicateAt; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: /^Duplicate/ })).toBeFocused();
  await page.keyboard.press('Enter');
  // then the step is duplicated
  await expect.poll(async () => (await getDocument(page)).stages[1]!.steps.length).toBe(2);
  // and the empty canvas itself has a keyboard menu
  await page.getByRole('region', { name: 'Canvas' }).focus();
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menu', { name: 'Canvas menu' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Canvas' })).toBeFocused();
});

test('context menu by keyboard on a connector: Shift+F10 focuses Delete connector, Enter deletes it, focus goes to its source', async ({ page }) => {
  await page.goto('/?sample=loan-approval');
  await expect(node(page, 'Intake')).toBeVisible();
  // given the fault connector, reached with the keyboard (Tab from the canvas)
  const fault = page.locator('.react-flow__edge[data-id="fault:Intake"]');
  await page.getByRole('region', { name: 'Canvas' }).focus();
  for (let i = 0; i < 10 && !(await fault.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(fault).toBeFocused();
  // when (a connector is an SVG element: the key went to the browser, whose own contextmenu event
  // opened the menu as for a right-click, with focus on the menu instead of its first item)
  await page.keyboard.press('Shift+F10');
  // then
  await expect(page.getByRole('menu', { name: 'Connector menu' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: /Delete connector/ })).toBeFocused();
  // when
  await page.keyboard.press('Enter');
  // then
  await expect.poll(async () => JSON.stringify((await getDocument(page)).stages.find((s) => s.name === 'Intake'))).not.toContain('faultNext":"');
  await expect(node(page, 'Intake')).toBeFocused();
});

test('a step moves to another stage without dragging: Shift+F10, "Move to stage ▸", the stage; focus stays on the step', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Provision_Laptop')).toBeVisible();
  await node(page, 'Provision_Laptop').focus();
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menuitem', { name: 'Add the next step' })).toBeFocused();
  // down the menu to it (the arrows skip disabled items, such as Paste with nothing copied)
  const move = page.getByRole('menuitem', { name: /^Move to stage/ });
  for (let i = 0; i < 20 && !(await move.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
  await expect(move).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('menuitem', { name: 'Settle in' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Moved “Provision laptop” to stage “Settle in”\. It no longer waits for “Create user accounts”/)).toBeVisible();
  expect((await getDocument(page)).stages[1]!.steps.map((s) => s.name)).toEqual(['Buddy', 'Provision_Laptop']);
  await expect(node(page, 'Provision_Laptop')).toBeFocused();
});

/** Opens the onboarding sample; the function returned reads how many steps the design has. */
async function openOnboardingCountingSteps(page: Page): Promise<() => Promise<number>> {
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  return async () => (await getDocument(page)).stages.flatMap((s) => s.steps).length;
}

test('Shift+F10 pressed again right after Escape opens the menu anew at the same place, and the keys pressed at once are its own', async ({ page }) => {
  const stepCount = await openOnboardingCountingSteps(page);
  const before = await stepCount();
  await node(page, 'Buddy').focus();
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menuitem').first()).toBeFocused();
  // when Escape closes the menu and Shift+F10 opens it again in the same task, before the closing
  // menu has said it closed (Radix gives focus back and closes a task later)
  await page.evaluate(`(() => {
    document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'F10', shiftKey: true, bubbles: true, cancelable: true }));
  })()`);
  // then a menu opens on the step (Shift+F10 fell on the page, or the closing menu was reused at the
  // same place, kept closed, and its close then dropped the new one), and ↓ ↓ Enter pressed at once
  // choose Duplicate in it
  for (const key of ['ArrowDown', 'ArrowDown', 'Enter']) await page.keyboard.press(key);
  await expect.poll(stepCount).toBe(before + 1);
  await expect(page.getByRole('menu')).toBeHidden();
});

test('Shift+F10 then arrows and Enter pressed at once choose the item the arrows reach, while the menu loads and once it is loaded', async ({ page }) => {
  const stepCount = await openOnboardingCountingSteps(page);
  const before = await stepCount();
  // given a focused step, the menu never opened (it loads on its first opening)
  await node(page, 'Buddy').focus();
  // when the menu is opened and ↓ ↓ Enter pressed without waiting for it
  await page.keyboard.press('Shift+F10');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  // then the third item, Duplicate, was chosen (the keys went to the step behind the menu)
  await expect.poll(stepCount).toBe(before + 1);
  await expect(page.getByRole('menu')).toBeHidden();
  // when the same keys come as fast once the menu is open, on the copy that has focus
  await expect(page.locator('.react-flow__node:focus')).toHaveCount(1);
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await page.keyboard.press('Shift+F10');
  for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp', 'Enter']) await page.keyboard.press(key);
  // then Duplicate is chosen again (an arrow pressed before the menu had moved focus moved from the same item)
  await expect.poll(stepCount).toBe(before + 2);
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(page.getByRole('textbox', { name: /^Rename / })).toHaveCount(0);
});
