/** Issue 17: "New flow…" inside a step's Flow picker, and API names that follow labels (flows, the orchestration). */
import { expect, test } from '@playwright/test';
import { getDocument, openEmpty } from './helpers';

interface FlowDoc {
  name: string;
  flows?: { name: string; label?: string; type: string }[];
  stages: { steps: { name: string; flow?: string }[] }[];
}
const flowDoc = (page: import('@playwright/test').Page) => getDocument(page) as unknown as Promise<FlowDoc>;

/** A new design with one stage holding one new step of `kind` (selected): its Properties panel. */
async function newStepPanel(page: import('@playwright/test').Page, kind: 'background' | 'interactive') {
  await openEmpty(page);
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.getByRole('button', { name: `Add ${kind} step` }).click();
  return page.getByRole('complementary', { name: 'Properties' });
}

test('"New autolaunched flow…" in a background step’s Flow picker creates and picks it, focus in its label; the API name follows; Undo takes it back in one step', async ({ page }) => {
  // given a new background step (selected, its properties shown)
  const panel = await newStepPanel(page, 'background');
  // when
  await panel.getByRole('button', { name: 'New autolaunched flow…' }).click();
  // then the flow exists in the simulated org, the step runs it, and focus is in its label
  let doc = await flowDoc(page);
  expect(doc.flows).toEqual([expect.objectContaining({ name: 'New_Flow_1', type: 'autolaunched' })]);
  expect(doc.stages[0]!.steps[0]!.flow).toBe('New_Flow_1');
  await expect(panel.getByRole('combobox', { name: 'Flow', exact: true })).toHaveValue('New_Flow_1');
  const label = panel.getByRole('textbox', { name: 'Flow label' });
  await expect(label).toBeFocused();
  // when the admin types its label (replacing the selected default) and saves
  await page.keyboard.type('Check stock');
  await expect(panel.getByRole('textbox', { name: 'Flow API name' })).toHaveValue('Check_stock');
  await panel.getByRole('button', { name: 'Save flow' }).click();
  // then the flow is renamed, the step follows it, and focus is back on the picker
  await expect.poll(async () => (await flowDoc(page)).stages[0]!.steps[0]!.flow).toBe('Check_stock');
  doc = await flowDoc(page);
  expect(doc.flows!.map((f) => f.name)).toEqual(['Check_stock']);
  await expect(panel.getByRole('combobox', { name: 'Flow', exact: true })).toBeFocused();
  // when the save and then the creation are undone
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await undo.click();
  await expect.poll(async () => (await flowDoc(page)).stages[0]!.steps[0]!.flow).toBe('New_Flow_1');
  await undo.click();
  // then one more Undo removed both the flow and the step's choice
  await expect.poll(async () => (await flowDoc(page)).flows ?? []).toEqual([]);
  expect((await flowDoc(page)).stages[0]!.steps[0]!.flow).toBeUndefined();
  expect((await flowDoc(page)).stages[0]!.steps).toHaveLength(1);
});

test('Save flow answers after the org\'s latency: focus put elsewhere meanwhile (a click into the step\'s Label, then typing) stays there', async ({ page }) => {
  // given a new flow being edited from a background step's picker
  const panel = await newStepPanel(page, 'background');
  await panel.getByRole('button', { name: 'New autolaunched flow…' }).click();
  await page.keyboard.type('Check stock');
  // when the admin saves and, before the org has answered, clicks into the step's Label and types
  const label = panel.getByRole('textbox', { name: 'Label', exact: true });
  await panel.getByRole('button', { name: 'Save flow' }).click();
  await label.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' first');
  // then once the save is done, focus is still in the Label (the picker took it, and typing chose flows)
  await expect.poll(async () => (await flowDoc(page)).stages[0]!.steps[0]!.flow).toBe('Check_stock');
  await expect(panel.getByRole('combobox', { name: 'Flow', exact: true })).toHaveCount(1);
  await page.waitForTimeout(200);
  await expect(label).toBeFocused();
  await page.keyboard.type(' then');
  await expect(label).toHaveValue('Background step 1 first then');
});

test('the flow catalog\'s Save flow likewise leaves focus in the Description the admin clicked into while the org answered', async ({ page }) => {
  await openEmpty(page);
  const panel = page.getByRole('complementary', { name: 'Properties' });
  await panel.getByRole('button', { name: '+ New flow' }).click();
  await expect(panel.getByRole('textbox', { name: 'Flow label' })).toBeFocused();
  // when the admin saves and at once clicks into the orchestration's Description and types
  const description = panel.getByRole('textbox', { name: 'Description', exact: true });
  await panel.getByRole('button', { name: 'Save flow' }).click();
  await description.click();
  await page.keyboard.type('Ships');
  // then once the flow is saved (its Edit button listed), focus is still there (the Edit button took it, and a space pressed it)
  await expect(panel.getByRole('button', { name: 'Edit flow' })).toHaveCount(1);
  await page.waitForTimeout(200);
  await expect(description).toBeFocused();
  await page.keyboard.type(' orders');
  await expect(description).toHaveValue('Ships orders');
});

test('an interactive step offers a new screen flow; an evaluation-flow condition a new evaluation flow', async ({ page }) => {
  const panel = await newStepPanel(page, 'interactive');
  // when
  await panel.getByRole('button', { name: 'New screen flow…' }).click();
  // then
  await expect.poll(async () => (await flowDoc(page)).flows?.[0]?.type).toBe('screen');
  expect((await flowDoc(page)).stages[0]!.steps[0]!.flow).toBe('New_Flow_1');
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByRole('combobox', { name: 'Flow', exact: true })).toBeFocused();
  // when the step starts by an evaluation flow and a new one is made for it
  await panel.getByRole('combobox', { name: 'When to start' }).selectOption('evaluationFlow');
  await panel.getByRole('button', { name: 'New evaluation flow…' }).click();
  // then
  await expect(panel.getByRole('textbox', { name: 'Flow label' })).toBeFocused();
  const doc = await getDocument(page) as unknown as { flows: { name: string; type: string }[]; stages: { steps: { start?: { mode: string; flow?: string } }[] }[] };
  expect(doc.flows.map((f) => f.type)).toEqual(['screen', 'evaluation']);
  expect(doc.stages[0]!.steps[0]!.start).toMatchObject({ mode: 'evaluationFlow', flow: 'New_Flow_2' });
});

test('a relabelled new design takes the API name its label derives (what Export writes), until the API name is typed', async ({ page }) => {
  // given an empty design (nothing selected: the orchestration's settings)
  await openEmpty(page);
  const panel = page.getByRole('complementary', { name: 'Properties' });
  const label = panel.getByRole('textbox', { name: 'Label', exact: true });
  // when it is relabelled
  await label.fill('Order fulfilment');
  await label.blur();
  // then the design has the derived name
  await expect(panel.getByRole('textbox', { name: 'API Name', exact: true })).toHaveValue('Order_fulfilment');
  // (the test hook returns what Export writes; an empty design's Export is blocked by its problems)
  expect(await getDocument(page)).toMatchObject({ name: 'Order_fulfilment', label: 'Order fulfilment' });
  // when the admin types an API name, a new label no longer changes it
  const apiName = panel.getByRole('textbox', { name: 'API Name', exact: true });
  await apiName.fill('Fulfil_Orders');
  await apiName.blur();
  await label.fill('Order fulfilment v2');
  await label.blur();
  await expect.poll(async () => (await getDocument(page)).name).toBe('Fulfil_Orders');
  expect((await getDocument(page)).label).toBe('Order fulfilment v2');
});

test('the flow editor shows each "How to run the flow" option whole at 1280×800 (none cut, as "Default (system contex")', async ({ page }) => {
  // given a new flow in Properties with nothing selected
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?sample=onboarding');
  await page.getByRole('button', { name: '+ New flow' }).click();
  const select = page.getByRole('form', { name: 'New flow' }).getByRole('combobox', { name: 'How to run the flow' });
  await expect(select).toBeVisible();
  // then every option's text fits the select, beside its arrow (about 20 px)
  const cut = await select.evaluate((s: HTMLSelectElement) => {
    const style = getComputedStyle(s);
    const text = document.createElement('canvas').getContext('2d')!;
    text.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24;
    return [...s.options].filter((o) => text.measureText(o.text).width > room).map((o) => o.text);
  });
  expect(cut).toEqual([]);
  await expect(select.locator('option')).toHaveText(['Default (system context without sharing)', 'User or system context (user’s access)', 'System context with sharing', 'System context without sharing']);
});

// until 2026-12-05 the closed picker showed "Verify income documents (Verify_Income_Docs) — runs async", cut
test('at 1280×800 the closed Flow picker shows the whole chosen flow: its label, with the API name and run mode beside it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?sample=loan-approval');
  const step = page.locator('.react-flow__node[data-id="Verify_Income"]');
  await expect(step).toBeVisible();
  await step.click();
  const panel = page.getByRole('complementary', { name: 'Properties' });
  const flow = panel.getByRole('combobox', { name: 'Flow', exact: true });
  // (the flow catalog loads first: "Loading flows from the org…")
  await expect(panel.getByTestId('flow-details')).toHaveText(/^API name Verify_Income_Docs · runs (sync|async)$/, { timeout: 15_000 });
  // then the text of the closed control fits it (a select scrolls its text when it does not)
  const fits = await flow.evaluate((el: HTMLSelectElement) => ({ text: el.selectedOptions[0]?.textContent, fits: el.scrollWidth <= el.clientWidth }));
  expect(fits).toEqual({ text: 'Verify income documents', fits: true });
  await expect(flow).toHaveAccessibleDescription(/^API name Verify_Income_Docs · runs (sync|async)$/);
  await flow.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: 'reports/flow-picker-closed.png' });
});
