/**
 * Keyboard focus after actions that remove, disable or replace the focused control (docs/editor.md,
 * "Focus after each action": never on <body>), and element shortcuts acting on the focused node.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { seriousViolations } from './axe';
import { focusedName, getDocument, node } from './helpers';

/** True when `locator` (one element) is `document.activeElement`. */
const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

const stepNames = async (page: Page) => (await getDocument(page)).stages.flatMap((s) => s.steps.map((x) => x.name));

/** Presses Shift+Tab until the node `name` has keyboard focus (at most `max` times). */
async function shiftTabTo(page: Page, name: string, max = 15): Promise<void> {
  for (let i = 0; i < max && !(await isFocused(node(page, name))); i++) await page.keyboard.press('Shift+Tab');
  await expect(node(page, name)).toBeFocused();
}

test.describe('element shortcuts act on the node with keyboard focus', () => {
  test('Delete on a node reached with Shift+Tab deletes that node, not the one clicked before', async ({ page }) => {
    await page.goto('/?sample=order-fulfilment');
    await expect(node(page, 'Notify_Customer')).toBeVisible();
    await node(page, 'Notify_Customer').click();
    await expect(node(page, 'Notify_Customer')).toHaveClass(/selected/);
    await shiftTabTo(page, 'Validate');
    // when
    await page.keyboard.press('Delete');
    // then the focused node went, the one clicked earlier is still there
    await expect(node(page, 'Validate')).toHaveCount(0);
    await expect(node(page, 'Notify_Customer')).toHaveCount(1);
    expect(await stepNames(page)).toContain('Notify_Customer');
    expect(await stepNames(page)).not.toContain('Validate');
    await expect.poll(() => focusedName(page)).not.toBe('body');
  });

  test('F2 on a node reached with Shift+Tab renames that node', async ({ page }) => {
    await page.goto('/?sample=order-fulfilment');
    await expect(node(page, 'Notify_Customer')).toBeVisible();
    await node(page, 'Notify_Customer').click();
    await shiftTabTo(page, 'Validate');
    // when
    await page.keyboard.press('F2');
    // then the in-place field is Validate's
    const field = node(page, 'Validate').getByRole('textbox', { name: /rename/i });
    await expect(field).toBeFocused();
    await expect(node(page, 'Notify_Customer').getByRole('textbox')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(node(page, 'Validate')).toBeFocused();
  });

  test('a focused node that is part of a multi-selection keeps it: Delete deletes the whole selection', async ({ page }) => {
    await page.goto('/?sample=order-fulfilment');
    await expect(node(page, 'Notify_Customer')).toBeVisible();
    await node(page, 'Mark_Shipped').click();
    await node(page, 'Notify_Customer').click({ modifiers: ['Shift'] });
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
    await shiftTabTo(page, 'Mark_Shipped');
    // when
    await page.keyboard.press('Delete');
    // then
    const names = await stepNames(page);
    expect(names).not.toContain('Mark_Shipped');
    expect(names).not.toContain('Notify_Customer');
    expect(names).toContain('Validate');
  });
  test('mouse focus does not select: a node Ctrl+clicked out of the selection is not what Delete deletes', async ({ page }) => {
    await page.goto('/?sample=order-fulfilment');
    await expect(node(page, 'Notify_Customer')).toBeVisible();
    await node(page, 'Mark_Shipped').click();
    await node(page, 'Notify_Customer').click({ modifiers: ['Control'] });
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
    await node(page, 'Notify_Customer').click({ modifiers: ['Control'] });
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
    // when
    await page.keyboard.press('Delete');
    // then the selection went, the node clicked out of it stays
    await expect(node(page, 'Mark_Shipped')).toHaveCount(0);
    await expect(node(page, 'Notify_Customer')).toHaveCount(1);
  });
});

test('Run with an element selected puts focus on the first enabled run control', async ({ page }) => {
  await page.goto('/?sample=order-fulfilment');
  await expect(node(page, 'Notify_Customer')).toBeVisible();
  await node(page, 'Notify_Customer').click();
  // when
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  // then
  const controls = page.getByRole('toolbar', { name: 'Run controls' });
  await expect(page.getByRole('button', { name: 'Exit run' })).toBeVisible();
  await expect(controls.locator(':focus')).toHaveCount(1, { timeout: 10_000 });
  await expect(controls.locator(':focus')).toBeEnabled();
  await expect(controls.locator(':focus')).toHaveText(/^(Play|Pause)$/);
});

test.describe('run interventions keep focus off the page body', () => {
  const runTo = async (page: Page, beats: number) => {
    await page.goto('/?sample=case-escalation');
    await expect(node(page, 'Manager_Review')).toBeVisible();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const forward = page.getByRole('button', { name: 'Step forward' });
    for (let i = 0; i < beats; i++) {
      await expect(forward).toBeEnabled({ timeout: 10_000 });
      await forward.click();
    }
    await expect(page.getByRole('button', { name: 'Suspend', exact: true })).toBeEnabled();
  };
  const press = async (page: Page, control: Locator) => {
    await control.focus();
    await page.keyboard.press('Enter');
  };

  test('Suspend → Resume takes focus; Resume → Suspend takes it back', async ({ page }) => {
    await runTo(page, 8);
    // when
    await press(page, page.getByRole('button', { name: 'Suspend', exact: true }));
    // then
    await expect(page.getByRole('button', { name: 'Resume', exact: true })).toBeFocused({ timeout: 10_000 });
    // when
    await press(page, page.getByRole('button', { name: 'Resume', exact: true }));
    // then
    await expect(page.getByRole('button', { name: 'Suspend', exact: true })).toBeFocused({ timeout: 10_000 });
  });

  test('Cancel orchestration leaves focus on an enabled control', async ({ page }) => {
    await runTo(page, 8);
    // when
    await press(page, page.getByRole('button', { name: 'Cancel orchestration' }));
    // then
    await expect(page.getByRole('button', { name: 'Cancel orchestration' })).toBeDisabled({ timeout: 10_000 });
    await expect.poll(() => focusedName(page), { timeout: 10_000 }).not.toBe('body');
    await expect(page.locator(':focus')).toBeEnabled();
  });

  test("the panel's Complete work item leaves focus on an enabled control", async ({ page }) => {
    await runTo(page, 8);
    const panel = page.getByRole('region', { name: 'Interventions' });
    // when
    await page.evaluate(() => { (window as unknown as { traceBefore: unknown }).traceBefore = window.stageflow.getTrace(); });
    await press(page, panel.getByRole('button', { name: 'Complete work item', exact: true }));
    // then, once the run is recomputed
    await expect.poll(() => page.evaluate(() => window.stageflow.getTrace() !== (window as unknown as { traceBefore: unknown }).traceBefore), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => focusedName(page), { timeout: 10_000 }).not.toBe('body');
    await expect(page.locator(':focus')).toBeEnabled();
  });

  for (const [width, height] of [[1280, 800], [1440, 900]] as const) {
    test(`the panel's Complete work item on the last open work item puts focus on its step's node, not Play (${width}×${height})`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await runTo(page, 8);
      const panel = page.getByRole('region', { name: 'Interventions' });
      const item = panel.getByRole('combobox', { name: 'Open work item' });
      await expect(item.locator('option')).toHaveText(['Manager review']);
      // when the only open work item is completed from the panel
      await press(page, panel.getByRole('button', { name: 'Complete work item', exact: true }));
      // then the button is disabled, and focus is on the node of the step it completed, which shows the change
      await expect(panel.getByRole('button', { name: 'Complete work item', exact: true })).toBeDisabled({ timeout: 10_000 });
      await expect(node(page, 'Manager_Review')).toBeFocused({ timeout: 10_000 });
      await page.waitForTimeout(300); // a later rescue (Play) would come within frames
      await expect(node(page, 'Manager_Review')).toBeFocused();
      await page.screenshot({ path: test.info().outputPath(`complete-last-${width}.png`) });
      expect(await seriousViolations(page, 'aside')).toEqual([]);
    });
  }

  for (const how of ['Enter', 'click'] as const) {
    test(`the step card's Complete work item (${how}) puts focus on the step's node`, async ({ page }) => {
      await runTo(page, 8);
      await node(page, 'Manager_Review').click({ position: { x: 12, y: 8 } });
      await expect(node(page, 'Manager_Review')).toHaveClass(/selected/);
      const button = node(page, 'Manager_Review').getByRole('button', { name: 'Complete work item' });
      await expect(button).toBeVisible();
      // when
      if (how === 'Enter') await press(page, button);
      else await button.click();
      // then
      await expect(button).toHaveCount(0, { timeout: 10_000 });
      await expect(node(page, 'Manager_Review')).toBeFocused({ timeout: 10_000 });
    });
  }
});

test.describe('deleting a connector puts focus on its source node', () => {
  const waitsFor = async (page: Page) => (await getDocument(page)).stages[0]!.steps.find((s) => s.name === 'Manager_Review')!.start;

  test('Enter, Delete on a focused connector', async ({ page }) => {
    await page.goto('/?sample=case-escalation');
    const edge = page.locator('g[data-id="pred:Manager_Review"]');
    await expect(edge).toHaveCount(1);
    await edge.focus();
    // when
    await page.keyboard.press('Enter');
    await page.keyboard.press('Delete');
    // then
    await expect.poll(async () => (await waitsFor(page))?.mode).not.toBe('stepCompleted');
    await expect(edge).toHaveCount(0);
    await expect(node(page, 'Classify_Case')).toBeFocused();
  });

  test('Delete connector from its context menu (Shift+F10)', async ({ page }) => {
    await page.goto('/?sample=case-escalation');
    const edge = page.locator('g[data-id="pred:Manager_Review"]');
    await expect(edge).toHaveCount(1);
    await edge.focus();
    // when
    await page.keyboard.press('Shift+F10');
    await expect(page.getByRole('menuitem', { name: 'Delete connector' })).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // then
    await expect.poll(async () => (await waitsFor(page))?.mode).not.toBe('stepCompleted');
    await expect(node(page, 'Classify_Case')).toBeFocused();
  });
});

test.describe('closing the import report of a dropped project puts focus on the canvas', () => {
  const FIXTURE = 'src/io/project/__fixtures__/CaseLifecycle';
  const zip = (): string => {
    const files: Record<string, Uint8Array> = {};
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const full = join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else files[`CaseLifecycle/${relative(FIXTURE, full).split(sep).join('/')}`] = strToU8(readFileSync(full, 'utf8'));
      }
    };
    walk(FIXTURE);
    return Buffer.from(zipSync(files)).toString('base64');
  };

  for (const how of ['Close', 'Escape', 'Enter'] as const) {
    test(`closed with ${how}`, async ({ page }) => {
      await page.goto('/?sample=onboarding');
      await expect(node(page, 'Buddy')).toBeVisible();
      await page.evaluate((data) => {
        const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], 'CaseLifecycle.zip', { type: 'application/zip' }));
        window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }, zip());
      const picker = page.getByRole('dialog', { name: 'Open an orchestration of CaseLifecycle.zip' });
      await expect(picker).toBeVisible({ timeout: 15_000 });
      await picker.getByRole('button', { name: 'Open Case_Lifecycle', exact: true }).click();
      // nothing in its report to act on (parts kept as written): the notice offers it (docs/projects.md)
      await page.getByRole('status', { name: 'Notices' }).getByRole('button', { name: 'Show report' }).click({ timeout: 15_000 });
      const report = page.getByRole('dialog', { name: /Case_Lifecycle/ });
      await expect(report).toBeVisible({ timeout: 15_000 });
      // when
      if (how === 'Close') await report.getByRole('button', { name: 'Close' }).click();
      else if (how === 'Escape') await page.keyboard.press('Escape');
      else {
        // the report opens on Close, not on its schema link (Enter would follow the link instead)
        await expect(report.getByRole('button', { name: 'Close' })).toBeFocused();
        await page.keyboard.press('Enter');
      }
      // then
      await expect(report).toBeHidden();
      await expect.poll(() => focusedName(page)).not.toBe('body');
      await expect.poll(() => page.evaluate(() => !!document.querySelector('[data-canvas-host]')?.contains(document.activeElement))).toBe(true);
    });
  }
});

test('Find closed with Escape gives focus back to where it was; Enter on a match puts it on the match', async ({ page }) => {
  await page.goto('/?sample=order-fulfilment');
  await expect(node(page, 'Validate')).toBeVisible();
  await node(page, 'Validate').focus();
  await expect(node(page, 'Validate')).toBeFocused();
  // when Find opens and closes with Escape
  await page.keyboard.press('Control+f');
  const find = page.getByRole('searchbox', { name: 'Find element' });
  await expect(find).toBeFocused();
  await find.fill('noth');
  await page.keyboard.press('Escape');
  // then focus is back on the node it came from
  await expect(find).toHaveCount(0);
  await expect(node(page, 'Validate')).toBeFocused();
  // when a match is chosen with Enter
  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox', { name: 'Find element' }).fill('Notify');
  await page.keyboard.press('Enter');
  // then the match has focus
  await expect(node(page, 'Notify_Customer')).toBeFocused();
  // when ↓ moves into the matches ("ship": Ship order, Create shipment, Mark order shipped) and ↓ again to the second, Enter picks that one
  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox', { name: 'Find element' }).fill('ship');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(node(page, 'Create_Shipment_Label')).toBeFocused();
});

test('Escape on a selected canvas node clears the selection and leaves focus on the canvas, not <body>', async ({ page }) => {
  await page.goto('/?sample=order-fulfilment');
  await node(page, 'Charge_Payment').click();
  await expect(node(page, 'Charge_Payment')).toBeFocused();
  await page.keyboard.press('Escape');
  // React Flow blurs the node a frame after unselecting it; a few frames on, the canvas has focus
  await page.evaluate(() => new Promise((done) => { let n = 4; const tick = () => (--n ? requestAnimationFrame(tick) : done(null)); requestAnimationFrame(tick); }));
  expect(await focusedName(page)).not.toBe('body');
  expect(await page.evaluate(() => !!document.activeElement?.closest('[data-canvas-host]'))).toBe(true);
  expect((await page.evaluate(() => window.stageflow.getDocument())).stages.length).toBe(2);
});

test('undoing a paste that took focus leaves focus on the canvas, not <body>', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await node(page, 'Welcome_Email').focus();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(node(page, 'Welcome_Email_2')).toBeFocused(); // focus moves with the selection to the copy
  // when the paste is undone: the copy, focused and still selected, goes
  await page.keyboard.press('Control+z');
  await expect(node(page, 'Welcome_Email_2')).toHaveCount(0);
  // then (before: the rescue tried to focus the selected copy, which has no node, and left focus on <body>)
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-canvas-host]'))).toBe(true);
  expect(await focusedName(page)).not.toBe('body');
  // and the keys work again: Ctrl+Y brings the copy back
  await page.keyboard.press('Control+y');
  expect(await stepNames(page)).toContain('Welcome_Email_2');
});

test('undoing a rename whose API name followed the label keeps the element selected and focused, under its old name; redo likewise', async ({ page }) => {
  await page.goto('/?new');
  await page.getByRole('button', { name: 'Add stage', exact: true }).click();
  await node(page, 'Stage_1').focus();
  await page.keyboard.press('F2');
  await page.getByRole('textbox', { name: /rename/i }).fill('Intake');
  await page.keyboard.press('Enter');
  await expect(node(page, 'Intake')).toBeFocused();
  const panel = page.getByRole('complementary', { name: 'Properties' });
  // when the rename is undone: the node Intake goes, Stage_1 comes back
  await page.keyboard.press('Control+z');
  // then (before: the selection stayed on Intake, a name no element had; the panel showed the orchestration and focus went to the canvas)
  await expect(node(page, 'Stage_1')).toBeFocused();
  await expect(node(page, 'Stage_1')).toHaveClass(/selected/);
  await expect(panel.getByRole('textbox', { name: 'API Name' })).toHaveValue('Stage_1');
  // and redo renames it again, still the selection and the focus
  await page.keyboard.press('Control+Shift+z');
  await expect(node(page, 'Intake')).toBeFocused();
  await expect(panel.getByRole('textbox', { name: 'API Name' })).toHaveValue('Intake');
});

test('Undo pressed until nothing is left to undo gives focus to Redo, Redo pressed to the end to Undo — not to <body>', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.getByRole('button', { name: 'Add stage' }).click();
  const tools = page.getByRole('toolbar', { name: 'Design tools' });
  const undo = tools.getByRole('button', { name: 'Undo', exact: true });
  const redo = tools.getByRole('button', { name: 'Redo', exact: true });
  // when Enter is pressed on Undo until it is disabled
  await undo.focus();
  while (await undo.isEnabled()) await page.keyboard.press('Enter');
  // then Redo, beside it, has focus
  await expect(redo).toBeFocused();
  // when Enter is pressed on Redo until it is disabled
  while (await redo.isEnabled()) await page.keyboard.press('Enter');
  // then Undo has it (not Tidy up, past the separator)
  await expect(undo).toBeFocused();
});
