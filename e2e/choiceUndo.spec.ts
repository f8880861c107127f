/**
 * Arrow keys through a select (When to start) or a radio group (Condition requirements) are one
 * undo entry, as typing in a text field is (src/ui/fields/useChoiceGesture.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { node } from './helpers';

interface StartShape { mode: string; logic?: string }
const startOf = (page: Page, step: string): Promise<StartShape | undefined> =>
  page.evaluate((name) => {
    const doc = window.stageflow.getDocument() as unknown as { stages: { steps: { name: string; start?: StartShape }[] }[] };
    return doc.stages.flatMap((s) => s.steps).find((s) => s.name === name)?.start;
  }, step);

test('↑ ↑ through When to start, then Tab and one Undo: the choice before the arrows is back', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await node(page, 'Welcome_Email').click();
  const panel = page.getByRole('complementary', { name: 'Properties' });
  const select = panel.getByLabel('When to start', { exact: true });
  const before = (await startOf(page, 'Welcome_Email'))!.mode;
  // when the closed select is moved two options on by the keyboard and left
  await select.focus();
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => (await startOf(page, 'Welcome_Email'))!.mode).toBe('stepCompleted');
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => (await startOf(page, 'Welcome_Email'))!.mode).toBe('stageStarts');
  await page.keyboard.press('Tab');
  // then one Undo returns to the choice before
  await page.getByRole('toolbar', { name: 'Design tools' }).getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await startOf(page, 'Welcome_Email'))!.mode).toBe(before);
});

test('arrows through Condition requirements and Ctrl+Z on the radio: one Undo returns to the choice before', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await node(page, 'Welcome_Email').click();
  const panel = page.getByRole('complementary', { name: 'Properties' });
  const group = panel.getByRole('group', { name: 'Condition requirements' }).first();
  const checked = group.locator('input[type="radio"]:checked');
  const logicBefore = (await startOf(page, 'Welcome_Email'))!.logic;
  await checked.focus();
  // when the arrow moves the choice twice
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await startOf(page, 'Welcome_Email'))!.logic).not.toBe(logicBefore);
  // and Ctrl+Z is pressed there
  await page.keyboard.press('ControlOrMeta+z');
  // then the logic before the arrows is back
  await expect.poll(async () => (await startOf(page, 'Welcome_Email'))!.logic).toBe(logicBefore);
});
