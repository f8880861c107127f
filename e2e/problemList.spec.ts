/**
 * Every problem of the design in one place (docs/editor.md, "The Problems list"): the orchestration's
 * form lists them, "Show it" selects the element and focuses the problem's field, and the Run-blocked
 * notice's "Show all problems" opens the list. axe clean in both themes with the list shown.
 */
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { getDocument, node, openEmpty } from './helpers';

test('the Problems list: three problems in three steps, Show it focuses the Flow picker of the step, and Run blocked opens the list', async ({ page }) => {
  // given a new design of three stages, each with a background step that has no flow yet (three errors)
  await openEmpty(page);
  for (let i = 0; i < 3; i++) {
    await page.getByRole('button', { name: 'Add stage' }).click();
    await page.getByRole('button', { name: 'Add background step' }).click();
  }
  const doc = await getDocument(page);
  expect(doc.stages.map((s) => s.steps.length)).toEqual([1, 1, 1]);
  const places = doc.stages.map((s) => `Step “${s.steps[0]!.label ?? s.steps[0]!.name}” in stage “${s.label ?? s.name}”`);
  const last = doc.stages[2]!.steps[0]!.name;
  await expect(node(page, last)).toHaveAttribute('data-invalid', 'true');
  await page.keyboard.press('Escape'); // nothing selected: the orchestration's form
  // then with nothing selected the Properties panel lists them, each named in the admin's words
  const panel = page.getByRole('complementary', { name: 'Properties' });
  const heading = panel.getByRole('heading', { name: /^Problems \(\d+\)$/ });
  await expect(heading).toBeVisible();
  const list = panel.getByRole('list').filter({ has: page.getByRole('button', { name: /^Show Step/ }) });
  for (const where of places) {
    await expect(list.getByRole('listitem').filter({ hasText: `Error — ${where} (Flow)` })).toHaveCount(1);
  }
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveClass(/dark/);
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  // when Show it is pressed on the second
  await list.getByRole('button', { name: `Show ${places[1]}` }).click();
  // then that step is selected and focus is in its Flow picker, the field the problem is about (showProblemField.spec)
  await expect(node(page, doc.stages[1]!.steps[0]!.name)).toHaveClass(/selected/);
  await expect(panel.getByRole('heading', { name: 'Step', exact: true })).toBeVisible();
  await expect(panel.getByRole('combobox', { name: 'Flow', exact: true })).toBeFocused();
  // when Run is refused: the notice names the first and offers the list of all
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const notice = page.getByRole('status', { name: 'Notices' }).getByRole('listitem').first();
  await expect(notice).toContainText(/Can’t run yet\. .*\(and \d+ other problems\)/);
  await notice.getByRole('button', { name: 'Show all problems' }).click();
  // then the selection is cleared and the list's heading has focus
  await expect(heading).toBeFocused();
  expect((await page.evaluate(() => document.activeElement?.id))).toBe('problem-list-title');
});
