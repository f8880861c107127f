/**
 * A decision's outcome fields show their text whole in the Properties panel (docs/editor.md,
 * "Outcome label").
 */
import { expect, test } from '@playwright/test';
import { node } from './helpers';

test('an outcome\'s label and API name read whole in their fields at 1280×800 (loan-approval)', async ({ page }) => {
  await page.goto('/?sample=loan-approval');
  await node(page, 'Route_By_Amount').click();
  const properties = page.getByRole('complementary', { name: 'Properties' });
  const label = properties.getByRole('textbox', { name: 'Outcome label' });
  await expect(label).toHaveValue('Large loan with good credit');
  for (const field of [label, properties.getByRole('textbox', { name: 'Outcome API name' })]) {
    const fits = await field.evaluate((e) => ({ content: e.scrollWidth, box: e.clientWidth }));
    expect(fits.content, `"${await field.inputValue()}" scrolls in its field`).toBeLessThanOrEqual(fits.box);
  }
});
