/**
 * S, B, I and D add a stage, background step, interactive step and decision with the canvas
 * focused, as they do in the Outline: the same actions' shortcuts (src/actions/elementActions.ts).
 */
import { expect, test } from '@playwright/test';
import { getDocument, node } from './helpers';

test('with a step\'s node focused, B and I add steps to its stage and focus follows; on the canvas region S and D add a stage and a decision', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Provision_Laptop')).toBeVisible();
  // given a step's node focused by a click
  await node(page, 'Provision_Laptop').click();
  await expect(node(page, 'Provision_Laptop')).toBeFocused();
  const stage = async () => (await getDocument(page)).stages.find((s) => s.name === 'Accounts_And_Equipment')!;
  const steps = (await stage()).steps.length;
  // when B is pressed
  await page.keyboard.press('b');
  // then a background step is added to the same stage, selected, and its node has focus
  await expect.poll(async () => (await stage()).steps.length).toBe(steps + 1);
  const added = (await stage()).steps.at(-1)!;
  expect(added).toMatchObject({ kind: 'background', label: expect.stringMatching(/^Background step \d+$/) });
  await expect(node(page, added.name)).toBeFocused();
  // when I is pressed there
  await page.keyboard.press('i');
  await expect.poll(async () => (await stage()).steps.at(-1)!.kind).toBe('interactive');
  // when the canvas region has focus, S and D add a stage and a decision
  const stagesBefore = (await getDocument(page)).stages.length;
  await page.getByRole('region', { name: 'Canvas' }).focus();
  await page.keyboard.press('s');
  await expect.poll(async () => (await getDocument(page)).stages.length).toBe(stagesBefore + 1);
  const decisionsBefore = (await getDocument(page)).decisions?.length ?? 0;
  await page.keyboard.press('d');
  await expect.poll(async () => (await getDocument(page)).decisions?.length ?? 0).toBe(decisionsBefore + 1);
});

test('S pressed on a toolbar button adds nothing; the Shortcuts dialog says where the keys work', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Provision_Laptop')).toBeVisible();
  const before = (await getDocument(page)).stages.length;
  // given focus on the toolbar's Fit view
  await page.getByRole('button', { name: 'Fit view' }).focus();
  // when S is pressed
  await page.keyboard.press('s');
  // then nothing is added
  expect((await getDocument(page)).stages.length).toBe(before);
  // and the help lists the keys with where they work
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByRole('row', { name: /Add stage/ })).toContainText('Canvas or Outline focused: S');
  await expect(help.getByRole('row', { name: /Add decision/ })).toContainText('Canvas or Outline focused: D');
});
