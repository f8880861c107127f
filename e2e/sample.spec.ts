import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { defaultSample, getDocument, node } from './helpers';

test('opens the default sample with its stages and steps visible by name', async ({ page }) => {
  // given
  const { doc } = defaultSample();
  // when
  await page.goto('/');
  // then
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(doc.label ?? doc.name);
  for (const stage of doc.stages) {
    await expect(node(page, stage.name)).toHaveAttribute('data-kind', 'stage');
    await expect(node(page, stage.name).getByText(stage.label ?? stage.name, { exact: true })).toBeVisible();
    for (const step of stage.steps) {
      await expect(node(page, step.name)).toHaveAttribute('data-kind', step.kind);
      await expect(node(page, step.name).getByText(step.label ?? step.name, { exact: true })).toBeVisible();
    }
  }
  expect((await getDocument(page)).name).toBe(doc.name);
  await page.screenshot({ path: '/tmp/stageflow-sample.png' });
});

test('has no serious or critical accessibility violations (axe, WCAG 2 A/AA)', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
});

test('/?sample=<name> opens that sample', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Accounts_And_Equipment')).toBeVisible();
  await expect(node(page, 'Provision_Laptop')).toHaveAttribute('data-kind', 'background');
  expect((await getDocument(page)).name).toBe('Employee_Onboarding');
});

test('a script reads the sample right after navigating: /?sample= and the default sample are open when goto returns', async ({ page }) => {
  // when: goto returns once every frame has loaded (earlyStart.ts), and nothing is waited for before the document is read
  await page.goto('/?sample=onboarding');
  const named = await page.evaluate(() => window.stageflow.getDocument().name);
  await page.goto('/');
  const byDefault = await page.evaluate(() => window.stageflow.getDocument().name);
  // then
  expect(named).toBe('Employee_Onboarding');
  expect(byDefault).toBe(defaultSample().doc.name);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(defaultSample().doc.label ?? defaultSample().doc.name);
});

test('a sample open when goto returns still comes with its scenarios, and a document the test hook loads at once wins', async ({ page }) => {
  // given: the sample is open as goto returns; its scenarios are fetched after
  await page.goto('/?sample=loan-approval');
  expect(await page.evaluate(() => window.stageflow.getDocument().name)).toBe('Loan_Approval');
  // when
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  // then
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('0');
  await expect(page.getByRole('combobox', { name: 'Scenario' }).locator('option').first()).toHaveText('The credit bureau times out');
  // and: a document loaded right after navigating is not replaced when the start finishes
  await page.goto('/?sample=loan-approval');
  const fixture = readFileSync('e2e/fixtures/onboarding.json', 'utf8');
  expect((await page.evaluate((t) => window.stageflow.loadDocument(t), fixture)).ok).toBe(true);
  await expect(node(page, 'Settle_In')).toBeVisible();
  await page.waitForTimeout(1500);
  expect((await getDocument(page)).name).toBe('Employee_Onboarding');
});

test('a sample comes with every scenario saved beside it: its .scenario.json first, then its .scenarios folder', async ({ page }) => {
  // given
  await page.goto('/?sample=loan-approval');
  await expect(node(page, 'Intake')).toBeVisible();
  // when
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  // then
  const picker = page.getByRole('combobox', { name: 'Scenario' });
  await expect(picker.locator('option')).toHaveText(['The credit bureau times out', 'A large loan with a good score goes to an underwriter', 'A small loan is approved automatically', 'Default behaviour']);
});

test('a missing sample shows a clear message and an empty design', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto('/?sample=no-such-sample');
  await expect(page.getByText('Sample "no-such-sample" was not found')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
  expect((await getDocument(page)).stages).toEqual([]);
  // the server answers the missing file with the app's page: nothing of it is loaded or run
  expect(errors).toEqual([]);
});

test('?sample=index (the samples list beside the samples, not a design) is not found, like any unknown name', async ({ page }) => {
  await page.goto('/?sample=index');
  await expect(page.getByText('Sample "index" was not found')).toBeVisible();
  await expect(page.getByText('must be an object')).toHaveCount(0);
  expect((await getDocument(page)).stages).toEqual([]);
});

test('the test hook loads a document as an import would, and refuses a broken one', async ({ page }) => {
  // given
  await page.goto('/?new');
  const fixture = JSON.parse(readFileSync('e2e/fixtures/onboarding.json', 'utf8')) as unknown;
  // when
  const ok = await page.evaluate((doc) => window.stageflow.loadDocument(JSON.stringify(doc)), fixture);
  const bad = await page.evaluate(() => window.stageflow.loadDocument('{"format":"nope"'));
  // then
  expect(ok.ok).toBe(true);
  expect(bad.ok).toBe(false);
  expect(bad.problems.length).toBeGreaterThan(0);
  await expect(node(page, 'Settle_In')).toBeVisible();
  expect(await page.evaluate(() => typeof window.stageflow.version)).toBe('string');
  expect(await page.evaluate(() => window.stageflow.getTrace())).toBeNull();
  // undoable
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await getDocument(page)).stages.length).toBe(0);
});
