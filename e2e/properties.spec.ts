import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { propertiesFixture } from '../src/commands/__fixtures__/propertiesFixture';
import type { Orchestration, Step } from '../src/model/types';

const SHOTS = process.env.E2E_SHOTS ?? 'test-results/properties';

async function open(page: Page): Promise<Locator> {
  await page.goto('/?sample=onboarding');
  await page.waitForFunction(() => typeof window.stageflow?.loadDocument === 'function');
  await expect(page.locator('.react-flow__node[data-id="Buddy"]')).toBeVisible();
  const result = await page.evaluate((doc) => window.stageflow.loadDocument(doc), propertiesFixture());
  expect(result.ok).toBe(true);
  await expect(page.locator('.react-flow__node[data-id="Review"]')).toBeVisible();
  return page.getByRole('complementary', { name: 'Properties' });
}

const getDocument = (page: Page): Promise<Orchestration> => page.evaluate(() => window.stageflow.getDocument());

function stepOf(doc: Orchestration, name: string): Step {
  for (const stage of doc.stages) for (const step of stage.steps) if (step.name === name) return step;
  throw new Error(`no step ${name}`);
}

async function selectNode(page: Page, panel: Locator, name: string): Promise<void> {
  // near the top-left corner: a stage node's middle is covered by its steps
  await page.locator(`.react-flow__node[data-id="${name}"]`).click({ position: { x: 24, y: 10 } });
  await expect(panel.getByLabel('API Name', { exact: true })).toHaveValue(name);
}

async function selectNothing(page: Page, panel: Locator): Promise<void> {
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await expect(panel.getByRole('heading', { name: 'Orchestration' })).toBeVisible();
}

const row = (panel: Locator, n: number) => panel.getByRole('group', { name: new RegExp(`^Requirement ${n}\\b`) });

test('fills every start mode of a step', async ({ page }) => {
  const panel = await open(page);
  await selectNode(page, panel, 'Welcome_Email');
  const whenToStart = panel.getByLabel('When to start');

  await whenToStart.selectOption({ label: 'When the stage starts' });
  await expect.poll(async () => stepOf(await getDocument(page), 'Welcome_Email').start).toEqual({ mode: 'stageStarts' });

  await whenToStart.selectOption({ label: 'When another step is completed' });
  await panel.getByLabel('Step to wait for').selectOption('Provision_Laptop');
  await expect.poll(async () => stepOf(await getDocument(page), 'Welcome_Email').start).toEqual({ mode: 'stepCompleted', step: 'Provision_Laptop' });

  await whenToStart.selectOption({ label: 'When the specified evaluation flow returns True' });
  await panel.getByLabel('Evaluation flow').selectOption('Hire_Confirmed');
  await expect.poll(async () => stepOf(await getDocument(page), 'Welcome_Email').start).toEqual({ mode: 'evaluationFlow', flow: 'Hire_Confirmed', inputs: {} });

  await whenToStart.selectOption({ label: 'When the specified requirements are met' });
  await panel.getByRole('button', { name: '+ Add requirement' }).click();
  await row(panel, 1).getByLabel('Resource').selectOption('hire.Confirmed');
  await expect.poll(async () => stepOf(await getDocument(page), 'Welcome_Email').start).toEqual({
    mode: 'requirements',
    logic: 'and',
    requirements: [{ left: 'hire.Confirmed', operator: 'EqualTo', right: { boolean: true } }],
  });
});

test('builds a 3-row custom-logic requirement, sees a typo at its position, fixes it, and is refused an 11th row', async ({ page }) => {
  const panel = await open(page);
  await selectNode(page, panel, 'Buddy');
  await panel.getByLabel('When to start').selectOption('requirements');
  const add = panel.getByRole('button', { name: '+ Add requirement' });

  await add.click();
  await row(panel, 1).getByLabel('Resource').selectOption('Create_User_Accounts.Status');
  await row(panel, 1).getByLabel('Value').selectOption('Completed');
  await add.click();
  await row(panel, 2).getByLabel('Resource').selectOption('hire.Department');
  await row(panel, 2).getByLabel('Operator').selectOption({ label: 'Starts With' });
  await row(panel, 2).getByLabel('Value').fill('Sal');
  await add.click();
  await row(panel, 3).getByLabel('Resource').selectOption('amount');
  await row(panel, 3).getByLabel('Operator').selectOption({ label: 'Greater Than' });
  await row(panel, 3).getByLabel('Value').fill('100');

  await panel.getByLabel('Custom condition logic is met').check();
  const logic = panel.getByLabel('Condition logic', { exact: true });
  await logic.fill('1 AND (2 ORR 3)');
  await expect(logic).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByTestId('logic-error-marker')).toHaveAttribute('data-error-position', '10');
  await expect(panel.getByTestId('logic-error-char')).toHaveText('O');
  await expect(logic).toHaveAccessibleDescription(/"ORR" is not AND, OR, NOT or a row number \(character 10\)/);
  await page.screenshot({ path: `${SHOTS}/logic-error.png` });

  await logic.fill('1 AND (2 OR 3)');
  await logic.blur();
  await expect(logic).not.toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByTestId('logic-error-marker')).toHaveCount(0);

  const doc = await getDocument(page);
  expect(stepOf(doc, 'Buddy').start).toEqual({
    mode: 'requirements',
    logic: '1 AND (2 OR 3)',
    requirements: [
      { left: 'Create_User_Accounts.Status', operator: 'EqualTo', right: { string: 'Completed' } },
      { left: 'hire.Department', operator: 'StartsWith', right: { string: 'Sal' } },
      { left: 'amount', operator: 'GreaterThan', right: { number: 100 } },
    ],
  });

  for (let i = 0; i < 7; i++) await add.click();
  await expect(row(panel, 10)).toBeVisible();
  await add.click();
  await expect(panel.getByRole('alert')).toContainText('at most 10 requirements');
  await expect(panel.getByRole('alert')).toContainText('evaluation flow');
  await expect(row(panel, 11)).toHaveCount(0);
  expect((stepOf(await getDocument(page), 'Buddy').start as { requirements: unknown[] }).requirements).toHaveLength(10);
});

test('selects a run-as user, then API 59 leaves only the default to choose, with the reason, and choosing it clears the error', async ({ page }) => {
  const panel = await open(page);
  await selectNode(page, panel, 'Create_User_Accounts');
  await panel.getByLabel('Run as').selectOption({ label: 'Ike Tran (it_ops)' });
  await expect(panel.getByTestId('run-as-identity')).toContainText('Will run as Ike Tran (it_ops)');
  expect(stepOf(await getDocument(page), 'Create_User_Accounts').runAs).toEqual({ mode: 'user', user: 'it_ops' });

  await selectNothing(page, panel);
  await panel.getByLabel('API version').selectOption('59');
  await selectNode(page, panel, 'Create_User_Accounts');
  const runAs = panel.getByLabel('Run as');
  // the step still holds a chosen user: the field stays usable, with the default as its only choice
  await expect(runAs).toBeEnabled();
  await expect(runAs.locator('option', { hasText: 'Ike Tran (it_ops)' })).toBeDisabled();
  await expect(runAs).toHaveAccessibleDescription(/needs API 60 or later/);
  await expect(panel.getByText(/choose the default here, or raise the API version/)).toBeVisible();
  await expect(panel.getByTestId('run-as-identity')).toContainText('Hana Ruiz (hr_admin)');
  await page.screenshot({ path: `${SHOTS}/run-as-59.png` });

  const doc = await getDocument(page);
  expect(doc.apiVersion).toBe(59);
  expect(stepOf(doc, 'Create_User_Accounts').runAs).toEqual({ mode: 'user', user: 'it_ops' });
  // when the default is chosen, the error is gone and the field is disabled as for any step under API 59
  await runAs.selectOption({ index: 0 });
  expect(stepOf(await getDocument(page), 'Create_User_Accounts').runAs).toEqual({ mode: 'default' });
  await expect(runAs).toBeDisabled();
  await expect(panel.getByText(/choose the default here, or raise the API version/)).toHaveCount(0);
});

test('axe finds no serious or critical issue in the panel', async ({ page }) => {
  // one axe analysis per element kind, CPU-bound: up to a minute in all when the machine is shared
  test.slow();
  const panel = await open(page);
  for (const target of [null, 'Welcome_Email', 'Review', 'Settle_In']) {
    if (target) await selectNode(page, panel, target);
    await expect(panel.getByRole('heading').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).include('aside[aria-label="Properties"]').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${target}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('a catalog error shows Retry, and Retry recovers', async ({ page }) => {
  const panel = await open(page);
  // The catalog settles first (no request of the org in flight: the count without "refreshing…"),
  // so the only request that can answer after the switch is the one the switch starts.
  const settled = panel.getByRole('status').filter({ hasText: /^\d+ flows?$/ });
  const simulateErrors = panel.getByLabel('Simulate org errors');
  await expect(settled).toBeVisible();
  await expect(panel.getByRole('article', { name: 'Flow Ship laptop' })).toBeVisible();
  await simulateErrors.check();
  const alert = panel.getByRole('alert').filter({ hasText: 'Could not load the flow catalog' });
  await expect(alert).toContainText('simulated org error');
  await expect(panel.getByRole('article', { name: 'Flow Ship laptop' })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/catalog-error.png` });
  // Switching errors off does not refetch (like an org coming back): the error stays until Retry.
  await simulateErrors.uncheck();
  await expect(simulateErrors).not.toBeChecked();
  await expect(alert).toBeVisible();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(settled).toBeVisible();
  await expect(alert).toHaveCount(0);
  await expect(panel.getByRole('article', { name: 'Flow Ship laptop' })).toBeVisible();
});

test('screenshots of the panel at 1280×800', async ({ page }) => {
  const panel = await open(page);
  await page.screenshot({ path: `${SHOTS}/orchestration.png` });
  await selectNode(page, panel, 'Welcome_Email');
  await expect(panel.getByTestId('sync-mode')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/step.png` });
  await selectNode(page, panel, 'Review');
  await page.screenshot({ path: `${SHOTS}/interactive.png` });
  await selectNode(page, panel, 'Is_Sales');
  await page.screenshot({ path: `${SHOTS}/decision.png` });
  await selectNode(page, panel, 'Settle_In');
  await panel.getByLabel('When to complete the stage').selectOption('requirements');
  await panel.getByRole('button', { name: '+ Add requirement' }).click();
  await page.screenshot({ path: `${SHOTS}/stage.png` });
});

test('typing a label is one undo entry, and the API name of a new step follows its label', async ({ page }) => {
  const panel = await open(page);
  await page.getByRole('button', { name: 'Add background step' }).click();
  const label = panel.getByLabel('Label', { exact: true });
  await expect(label).toBeVisible();
  const created = await panel.getByLabel('API Name', { exact: true }).inputValue();
  await label.fill('');
  await label.pressSequentially('Notify manager');
  await label.blur();
  await expect(panel.getByLabel('API Name', { exact: true })).toHaveValue('Notify_manager');
  await expect(page.locator('.react-flow__node[data-id="Notify_manager"]')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  const doc = await getDocument(page);
  const names = doc.stages.flatMap((st) => st.steps.map((x) => x.name));
  expect(names).toContain(created);
  expect(names).not.toContain('Notify_manager');
});

test('a DateTime requirement value takes the row\'s whole width at 1280×800 (its time was cut off beside the operator) and starts at the run\'s start', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?sample=onboarding');
  await page.locator('.react-flow__node[data-id="Welcome_Email"]').waitFor();
  await page.evaluate(() => {
    const d = window.stageflow.getDocument();
    d.variables = [...(d.variables ?? []), { name: 'due', type: 'DateTime', value: '2025-01-06T09:00:00Z' }];
    window.stageflow.loadDocument(d);
  });
  await page.locator('.react-flow__node[data-id="Welcome_Email"]').click();
  const panel = page.getByRole('complementary', { name: 'Properties' });
  await panel.getByRole('button', { name: '+ Add requirement' }).click();
  const fourth = row(panel, 4);
  await fourth.getByLabel('Resource').selectOption('due');
  const value = fourth.getByLabel('Value');
  await expect(value).toHaveAttribute('type', 'datetime-local');
  const valueBox = (await value.boundingBox())!;
  const rowBox = (await fourth.boundingBox())!;
  expect(valueBox.width, 'the value spans the row').toBeGreaterThan(rowBox.width * 0.8);
  expect((await getDocument(page)).stages[0]!.steps[2]!.start).toMatchObject({ requirements: expect.arrayContaining([{ left: 'due', operator: 'EqualTo', right: { dateTime: '2025-01-06T09:00:00Z' } }]) });
});

test('an operator is never cut off at 1280×800, in a decision\'s outcome either; a reference value takes the row\'s whole width', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?sample=loan-approval');
  await page.locator('.react-flow__node[data-id="Route_By_Amount"]').click({ position: { x: 20, y: 10 } });
  const panel = page.getByRole('complementary', { name: 'Properties' });
  const operators = panel.getByLabel('Operator');
  await expect(operators).toHaveCount(2);
  await expect(operators.nth(1)).toHaveValue('GreaterThanOrEqualTo');
  // then each operator is as wide as its longest choice needs ("Greater Than or Equal" read "Greater Than or Equ": in halves of the row it had 149 px of 178)
  const widths = await operators.evaluateAll((selects) => selects.map((s) => {
    const select = s as HTMLSelectElement;
    const shown = select.offsetWidth;
    select.style.width = 'max-content';
    const needed = select.offsetWidth;
    select.style.width = '';
    return { shown, needed };
  }));
  for (const { shown, needed } of widths) expect(shown).toBeGreaterThanOrEqual(needed);
  // and a value given by a reference (a resource's name) spans the row, under the operator
  const second = panel.locator('fieldset[data-row="2"]');
  await second.getByLabel('Use a reference').check();
  const valueBox = (await second.getByLabel('Value').boundingBox())!;
  const rowBox = (await second.boundingBox())!;
  expect(valueBox.width, 'the reference spans the row').toBeGreaterThan(rowBox.width * 0.8);
});
