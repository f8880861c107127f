/**
 * A new admin's first steps: "New autolaunched flow…", its label typed, then on to the next step
 * without pressing Save flow (below the fold at 1280×800). What was typed is kept, and the next
 * step's picker offers its own "New … flow…" (docs/editor.md, "New flow… in a Flow picker").
 */
import { expect, test, type Page } from '@playwright/test';
import { getDocument, openNewFlowEditor } from './helpers';
import { seriousViolations } from './axe';

interface FlowDoc {
  flows?: { name: string; label?: string }[];
  stages: { steps: { name: string; flow?: string }[] }[];
}
const flowDoc = (page: Page) => getDocument(page) as unknown as Promise<FlowDoc>;

for (const { width, height, scheme } of [
  { width: 1280, height: 800, scheme: 'light' },
  { width: 1440, height: 900, scheme: 'dark' },
] as const) {
  test(`${width}×${height} ${scheme}: a new flow's label typed and left unsaved for the next step is kept; the next step offers its own new flow`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    // given a stage with a background step whose new flow's label the admin typed
    const panel = await openNewFlowEditor(page);
    await expect(panel.getByRole('textbox', { name: 'Flow label' })).toBeFocused();
    await page.keyboard.type('Create User Account');
    // when the admin adds the next step without pressing Save flow
    await page.getByRole('button', { name: 'Add background step' }).click();
    // then the first step runs the flow under the label typed (its API name followed)
    await expect.poll(async () => (await flowDoc(page)).flows?.map((f) => [f.name, f.label])).toEqual([['Create_User_Account', 'Create User Account']]);
    expect((await flowDoc(page)).stages[0]!.steps[0]!.flow).toBe('Create_User_Account');
    await expect(page.locator('.react-flow__node[data-id="Background_step_1"]')).toContainText('Flow: Create User Account');
    // and the new step's panel shows its own picker, closed, with "New autolaunched flow…"
    await expect(panel.getByRole('textbox', { name: 'Label', exact: true })).toHaveValue('Background step 2');
    await expect(panel.getByRole('form', { name: /flow/i })).toHaveCount(0);
    await panel.getByRole('button', { name: 'New autolaunched flow…' }).click();
    await expect(panel.getByRole('textbox', { name: 'Flow label' })).toHaveValue('New Flow 2');
    await page.screenshot({ path: `reports/flowDraftKept-${width}-${scheme}.png` });
    expect(await seriousViolations(page, 'aside')).toEqual([]);
  });
}

test('Cancel still leaves the flow as it was, and renaming the step keeps its flow editor open', async ({ page }) => {
  const panel = await openNewFlowEditor(page);
  await page.keyboard.type('Order Laptop');
  // when the admin renames the step (its API name follows on blur) and comes back to the flow label
  const label = panel.getByRole('textbox', { name: 'Label', exact: true });
  await label.fill('Order Laptop');
  await panel.getByRole('textbox', { name: 'Flow label' }).click();
  // then the step was renamed and its flow editor stayed open with what was typed, focus in it
  await expect.poll(async () => (await flowDoc(page)).stages[0]!.steps[0]!.name).toBe('Order_Laptop');
  await expect(panel.getByRole('textbox', { name: 'Flow label' })).toBeFocused();
  await expect(panel.getByRole('textbox', { name: 'Flow label' })).toHaveValue('Order Laptop');
  // when the admin cancels and selects the stage
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await page.locator('.react-flow__node[data-id="Stage_1"]').click({ position: { x: 20, y: 10 } });
  // then nothing was saved
  await page.waitForTimeout(500);
  expect((await flowDoc(page)).flows?.map((f) => f.label)).toEqual(['New Flow 1']);
});
