/**
 * The Scenarios dialog's Step behaviour rows show what they hold whole: a step's label wraps rather
 * than being cut, and an error message is as wide as the row allows (docs/editor.md, "Scenarios").
 */
import { expect, test } from '@playwright/test';

test('a step behaviour row shows its step label and its error message whole (loan-approval, 1280×800)', async ({ page }) => {
  await page.goto('/?sample=loan-approval');
  await page.getByRole('button', { name: 'Scenarios', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Scenarios' });
  // given the scenario in which Credit check fails with a message, and a row for a step with a long label
  await dialog.getByRole('combobox', { name: 'Scenario to edit' }).selectOption({ label: 'The credit bureau times out' });
  await dialog.getByRole('combobox', { name: 'Override a step' }).selectOption({ label: 'Loan officer calls the applicant (Officer_Call)' });
  // then the message reads whole in its field
  const credit = dialog.getByRole('group', { name: 'Behaviour of Credit check' });
  const message = credit.getByRole('textbox', { name: 'Message' });
  await expect(message).toHaveValue('credit bureau did not answer within 30 seconds');
  const fits = await message.evaluate((e) => ({ content: e.scrollWidth, box: e.clientWidth }));
  expect(fits.content, 'the message scrolls in its field').toBeLessThanOrEqual(fits.box);
  // and the long label is all there, on as many lines as it needs
  const label = dialog.getByRole('group', { name: 'Behaviour of Loan officer calls the applicant' }).getByText('Loan officer calls the applicant', { exact: true });
  const cut = await label.evaluate((e) => ({ content: e.scrollWidth, box: e.clientWidth, ellipsis: getComputedStyle(e).textOverflow }));
  expect(cut.ellipsis).not.toBe('ellipsis');
  expect(cut.content).toBeLessThanOrEqual(cut.box);
});
