/**
 * Undo after typing a label and pressing Tab takes the whole label back in one step (docs/editor.md,
 * "Undo in a text field", chosen): the browser's own Undo, which the next field's Ctrl+Z was left
 * to, undid the Label one character a press, each a new edit of the design.
 */
import { expect, test } from '@playwright/test';
import { getDocument, node } from './helpers';

const buddyLabel = async (page: import('@playwright/test').Page) => (await getDocument(page)).stages[1]!.steps[0]!.label;

test('typed Label, Tab, Ctrl+Z: the label before typing is back in one Undo, Redo brings the typing back', async ({ page }) => {
  // given the onboarding sample and its step Assign buddy selected
  await page.goto('/?sample=onboarding');
  await node(page, 'Buddy').click();
  const panel = page.getByRole('complementary', { name: 'Properties' });
  const label = panel.getByLabel('Label', { exact: true });
  // when " now" is typed into Label and Tab goes on to API Name
  await label.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' now');
  await page.keyboard.press('Tab');
  await expect(panel.getByLabel('API Name', { exact: true })).toBeFocused();
  await expect.poll(() => buddyLabel(page)).toBe('Assign buddy now');
  // and Undo is pressed there
  await page.keyboard.press('Control+z');
  // then the whole label is back, and focus stays where it was
  await expect.poll(() => buddyLabel(page)).toBe('Assign buddy');
  await expect(label).toHaveValue('Assign buddy');
  await expect(panel.getByLabel('API Name', { exact: true })).toBeFocused();
  // and a second Undo has nothing of the label left to take (no stray character edits)
  await page.keyboard.press('Control+z');
  await expect.poll(() => buddyLabel(page)).toBe('Assign buddy');
  // when Redo is pressed
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => buddyLabel(page)).toBe('Assign buddy now');
});

test('Ctrl+Z while still typing in a field is the field\'s own (the browser\'s text undo), focus stays in it', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await node(page, 'Buddy').click();
  const label = page.getByRole('complementary', { name: 'Properties' }).getByLabel('Label', { exact: true });
  await label.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' now');
  // when
  await page.keyboard.press('Control+z');
  // then the field undid its own typing and still has focus
  await expect(label).toBeFocused();
  await expect(label).not.toHaveValue('Assign buddy now');
});

test('a new flow\'s draft (its own Save) keeps the browser\'s Undo: Ctrl+Z in Outputs after typing Inputs keeps the flow', async ({ page }) => {
  // given a new design with an interactive step and a new screen flow being filled in
  await page.goto('/?new');
  await page.getByRole('button', { name: 'Add stage', exact: true }).click();
  await page.getByRole('button', { name: 'Add interactive step', exact: true }).click();
  await page.getByRole('button', { name: /New screen flow/ }).click();
  const inputs = page.getByLabel('Inputs (comma-separated)');
  await inputs.click();
  await page.keyboard.type('recordId');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Outputs (comma-separated)')).toBeFocused();
  // when
  await page.keyboard.press('Control+z');
  // then the flow and the step's choice of it stay: the app's Undo is not the draft's
  const doc = await page.evaluate(() => window.stageflow.getDocument() as unknown as { flows?: { name: string }[]; stages: { steps: { flow?: string }[] }[] });
  expect(doc.flows?.map((f) => f.name)).toEqual(['New_Flow_1']);
  expect(doc.stages[0]!.steps[0]!.flow).toBe('New_Flow_1');
  await expect(inputs).toBeVisible();
});

test('Label typed, Tab, API Name typed: Undo takes API Name\'s typing back first, then the whole Label in one more Undo', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await node(page, 'Buddy').click();
  const panel = page.getByRole('complementary', { name: 'Properties' });
  const label = panel.getByLabel('Label', { exact: true });
  const apiName = panel.getByLabel('API Name', { exact: true });
  await label.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' now');
  await page.keyboard.press('Tab');
  await page.keyboard.press('End');
  await page.keyboard.type('X');
  await expect(apiName).toHaveValue('BuddyX');
  // when Undo: the field's own typing goes
  await page.keyboard.press('Control+z');
  await expect(apiName).toHaveValue('Buddy');
  // when Undo again: the browser would go on into Label a character at a time ("Assign buddy no")
  await page.keyboard.press('Control+z');
  // then the whole Label is back in one step
  await expect.poll(() => buddyLabel(page)).toBe('Assign buddy');
  await expect(label).toHaveValue('Assign buddy');
});
