/**
 * Keyboard focus in the Scenarios dialog after removing a row (docs/editor.md, "Focus after each
 * action"): it stays inside the dialog, never on <body>. Split from focusRescue.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { focusedName } from './helpers';

test('removing a timed event in Scenarios moves focus to the Remove button in its place, else Add timed event', async ({ page }) => {
  await page.goto('/?sample=order-fulfilment');
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scenarios' });
  await dialog.getByRole('button', { name: 'New scenario' }).click();
  const add = dialog.getByRole('button', { name: 'Add timed event' });
  await add.click();
  await add.click();
  // when the last event is removed
  await dialog.getByRole('button', { name: 'Remove event 2' }).focus();
  await page.keyboard.press('Enter');
  // then the one before takes focus; removing it leaves focus on Add timed event
  await expect(dialog.getByRole('button', { name: 'Remove event 2' })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Remove event 1' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(add).toBeFocused();
  expect(await focusedName(page)).not.toBe('body');
});

test('removing an expectation in Scenarios moves focus to the Remove button now last, else Add expectation', async ({ page }) => {
  await page.goto('/?sample=order-fulfilment');
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scenarios' });
  await dialog.getByRole('button', { name: 'New scenario' }).click();
  const add = dialog.getByRole('button', { name: 'Add expectation' });
  await add.click();
  await add.click();
  // when the last expectation is removed from the keyboard
  await dialog.getByRole('button', { name: 'Remove expectation 2' }).focus();
  await page.keyboard.press('Enter');
  // then the one before takes focus; removing it leaves focus on Add expectation, inside the dialog
  await expect(dialog.getByRole('button', { name: 'Remove expectation 2' })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Remove expectation 1' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Remove expectation 1' })).toHaveCount(0);
  await expect(add).toBeFocused();
  expect(await focusedName(page)).not.toBe('body');
});
