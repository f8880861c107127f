/**
 * The edit lock in the run view (docs/editor.md, "Edit keys in the run view"): a key that would edit
 * the design says why nothing happens, instead of doing nothing.
 */
import { expect, test } from '@playwright/test';
import { getDocument, node } from './helpers';

const LOCKED = 'The design is read-only while a run is shown. Exit the run to edit it.';

test('in the run view, Ctrl+Z and Delete on a step say the design is read-only while a run is shown, and change nothing', async ({ page }) => {
  // given a run of the default sample, a step selected
  await page.goto('/?sample=order-fulfilment');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('slider', { name: 'Timeline' })).toBeEnabled({ timeout: 15_000 });
  const before = await getDocument(page);
  await node(page, 'Charge_Payment').click({ position: { x: 10, y: 10 } });
  const notices = page.getByRole('status', { name: 'Notices' });
  // when Escape (a key that edits nothing) is pressed, nothing is said
  await page.keyboard.press('Escape');
  await expect(notices).not.toContainText(LOCKED);
  // when Undo's key is pressed
  await page.keyboard.press('ControlOrMeta+z');
  // then the user is told why nothing happens (before: nothing at all)
  await expect(notices).toContainText(LOCKED);
  // and Delete on the step changes nothing either
  await node(page, 'Charge_Payment').focus();
  await page.keyboard.press('Delete');
  await expect(node(page, 'Charge_Payment')).toBeVisible();
  expect(await getDocument(page)).toEqual(before);
});

test('in the run view, S, B, I and D on the canvas say the design is read-only, and add nothing', async ({ page }) => {
  // given a run of the default sample, a step focused on the canvas
  await page.goto('/?sample=order-fulfilment');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('slider', { name: 'Timeline' })).toBeEnabled({ timeout: 15_000 });
  const before = await getDocument(page);
  const notices = page.getByRole('status', { name: 'Notices' });
  for (const key of ['s', 'b', 'i', 'd']) {
    await node(page, 'Charge_Payment').focus();
    await expect(notices).not.toContainText(LOCKED);
    // when an add's key is pressed there
    await page.keyboard.press(key);
    // then the user is told why nothing is added (before: nothing at all, as the edit keys once did)
    await expect(notices, key).toContainText(LOCKED);
    await notices.getByRole('button', { name: 'Dismiss notice' }).click();
    await expect(notices).not.toContainText(LOCKED);
  }
  expect(await getDocument(page)).toEqual(before);
});
