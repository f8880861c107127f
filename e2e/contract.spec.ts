/** docs/spec/UI-CONTRACT.md, item by item: the surface outside browser tests rely on. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { getDocument, node } from './helpers';

const EDIT_BUTTONS = ['Add stage', 'Add background step', 'Add interactive step', 'Add decision', 'Undo', 'Redo', 'Tidy up', 'Fit view', 'Export', 'Import', 'Run'];
const RUN_BUTTONS = ['Play', 'Pause', 'Step forward', 'Step back', 'Reset', 'Exit run'];

test('every named control is found by role and name, and exactly once (names are not ambiguous)', async ({ page }) => {
  await page.goto('/?sample=case-escalation');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  for (const name of EDIT_BUTTONS) await expect(page.getByRole('button', { name }), name).toHaveCount(1);
  await expect(page.getByRole('complementary', { name: 'Properties' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.getByRole('slider', { name: 'Timeline' })).toBeEnabled({ timeout: 15_000 });
  for (const name of RUN_BUTTONS) await expect(page.getByRole('button', { name }), name).toHaveCount(1);
  await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveCount(1);
  // the side column keeps its landmark in the run view, where it shows the selected element's status and why
  await node(page, 'Manager_Review').click();
  const properties = page.getByRole('complementary', { name: 'Properties' });
  await expect(properties).toHaveCount(1);
  await expect(properties).toContainText('Manager review');
  await expect(page.getByRole('combobox', { name: 'Speed' })).toHaveCount(1);
});

test('nodes: ids are API names, data-kind on the node element, data-invalid on problems', async ({ page }) => {
  await page.goto('/?sample=loan-approval');
  const doc = await (async () => { await expect(page.locator('.react-flow__node').first()).toBeVisible(); return getDocument(page); })();
  for (const stage of doc.stages) {
    await expect(node(page, stage.name)).toHaveAttribute('data-kind', 'stage');
    for (const step of stage.steps) await expect(node(page, step.name)).toHaveAttribute('data-kind', step.kind);
  }
  for (const d of doc.decisions ?? []) await expect(node(page, d.name)).toHaveAttribute('data-kind', 'decision');
  await expect(page.locator('.react-flow__node[data-invalid="true"]')).toHaveCount(0);
  // run-as a chosen user does not exist before API 60 (R41): that step becomes invalid
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  await expect(node(page, 'Provision_Laptop')).not.toHaveAttribute('data-invalid', 'true');
  await page.getByRole('complementary', { name: 'Properties' }).getByLabel('API version').selectOption('59');
  await expect(node(page, 'Provision_Laptop')).toHaveAttribute('data-invalid', 'true');
  await expect(node(page, 'Create_User_Accounts')).not.toHaveAttribute('data-invalid', 'true');
});

test('palette placement: a step joins the selected stage, a stage goes after the selected one; the new element is selected', async ({ page }) => {
  await page.goto('/?sample=onboarding');
  await expect(node(page, 'Buddy')).toBeVisible();
  await node(page, 'Create_User_Accounts').click();
  await page.getByRole('button', { name: 'Add background step' }).click();
  let doc = await getDocument(page);
  const added = doc.stages[0]!.steps.at(-1)!;
  expect(doc.stages[0]!.steps).toHaveLength(4);
  await expect(node(page, added.name)).toHaveClass(/selected/);
  await node(page, 'Accounts_And_Equipment').click({ position: { x: 30, y: 12 } });
  await page.getByRole('button', { name: 'Add stage' }).click();
  doc = await getDocument(page);
  expect(doc.stages.map((s) => s.name)[1]).not.toBe('Settle_In');
  expect(doc.stages[0]!.next).toBe(doc.stages[1]!.name);
  expect(doc.stages[1]!.next).toBe('Settle_In');
});

test('palette placement with nothing selected: a stage goes at the end of the main path, not after a fault path\'s stage (Loan Approval)', async ({ page }) => {
  // given Loan Approval, whose Intake fails over to Manual_Recovery, with nothing selected
  await page.goto('/?sample=loan-approval');
  await expect(node(page, 'Funding')).toBeVisible();
  // when
  await page.getByRole('button', { name: 'Add stage' }).click();
  // then Funding, the last stage of the main path, leads to the new stage, which is selected
  const doc = await getDocument(page);
  const added = doc.stages.at(-1)!;
  expect(doc.stages.find((s) => s.name === 'Funding')!.next).toBe(added.name);
  expect(doc.stages.find((s) => s.name === 'Manual_Recovery')!.next).toBeUndefined();
  await expect(node(page, added.name)).toHaveClass(/selected/);
});

test('the test hook: getDocument, loadDocument never throws, getTrace, version, ?sample', async ({ page }) => {
  await page.goto('/?sample=order-fulfilment');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const hook = await page.evaluate(() => ({
    keys: Object.keys(window.stageflow).sort(),
    version: window.stageflow.version,
    trace: window.stageflow.getTrace(),
    name: window.stageflow.getDocument().name,
    garbage: [42, null, 'not json', '{"format":"stageflow.orchestration"}', { format: 'x' }].map((x) => {
      try {
        const r = window.stageflow.loadDocument(x as never);
        return { ok: r.ok, problems: Array.isArray(r.problems) && r.problems.length > 0 };
      } catch (e) {
        return { threw: String(e) };
      }
    }),
  }));
  expect(hook.keys).toEqual(['getDocument', 'getTrace', 'loadDocument', 'version']);
  expect(typeof hook.version).toBe('string');
  expect(hook.trace).toBeNull();
  expect(hook.name).toBe('Order_Fulfilment');
  for (const g of hook.garbage) expect(g).toEqual({ ok: false, problems: true });
  expect((await getDocument(page)).name).toBe('Order_Fulfilment');
});

test('a design loaded through the hook runs under the default scenario, not the scenario of the sample open before it', async ({ page }) => {
  // given a sample open with its own scenario as the active one
  await page.goto('/?sample=onboarding');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.getByRole('button', { name: 'Scenarios' }).click();
  await expect(page.getByRole('dialog', { name: 'Scenarios' }).getByRole('combobox', { name: 'Scenario to edit' }).locator('option')).toHaveCount(3); // its .scenario.json, its .scenarios/never-confirmed.json, the default
  await page.keyboard.press('Escape');
  // when another design is loaded and run
  const text = readFileSync('public/samples/order-fulfilment.json', 'utf8');
  expect((await page.evaluate((t) => window.stageflow.loadDocument(t), text)).ok).toBe(true);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('slider', { name: 'Timeline' })).toBeEnabled({ timeout: 15_000 });
  // then the run's scenario is the default one, the only one there is
  const picker = page.locator('#side-panel').getByRole('combobox', { name: 'Scenario' });
  await expect(picker.locator('option')).toHaveText(['Default behaviour']);
});

test('a design whose own names hold the control names (a flow Run_Report, a step "Export data") leaves every control name matching one control', async ({ page }) => {
  // given a design whose flows, variables, users, labels and outcomes contain the words of the contract's controls
  const doc = JSON.parse(readFileSync('src/engine/__fixtures__/onboarding.orchestration.json', 'utf8'));
  doc.flows[0].name = 'Run_Report';
  doc.stages[0].steps[0].flow = 'Run_Report';
  doc.variables[1].name = 'importCount';
  doc.stages[0].steps[1].outputs.assetTag = 'importCount';
  doc.users.push({ username: 'reset_admin', name: 'Undo Redo', active: true });
  doc.stages[0].label = 'Import leads';
  doc.stages[0].steps[1].label = 'Export data';
  doc.stages[0].next = 'Run_Again';
  doc.decisions = [{ name: 'Run_Again', outcomes: [{ name: 'Fit_View', label: 'Tidy up', requirements: [{ left: 'importCount', operator: 'IsNull', right: { boolean: true } }], next: 'Settle_In' }], defaultNext: 'Settle_In' }];
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage', exact: true })).toBeVisible({ timeout: 20_000 });
  expect((await page.evaluate((d) => window.stageflow.loadDocument(d), doc)).ok).toBe(true);
  await expect(node(page, 'Run_Again')).toBeVisible();
  // then in each state the name of each control (a case-insensitive part of it) finds that control alone
  for (const select of [null, 'Accounts_And_Equipment', 'Provision_Laptop', 'Run_Again']) {
    if (select) await node(page, select).click({ position: { x: 20, y: 10 } });
    await expect(page.getByRole('complementary', { name: 'Properties' })).toHaveCount(1);
    for (const name of EDIT_BUTTONS) await expect(page.getByRole('button', { name }), `${name} (${select ?? 'nothing'} selected)`).toHaveCount(1);
  }
});

test('in the run view, a design whose labels hold the run controls\' names (a step "Reset password") leaves each run control name matching one control', async ({ page }) => {
  // given a design whose stage and step labels contain the words of the run controls
  const doc = JSON.parse(readFileSync('src/engine/__fixtures__/onboarding.orchestration.json', 'utf8'));
  doc.stages[0].label = 'Step back office';
  doc.stages[0].steps[0].label = 'Reset password';
  doc.stages[0].steps[1].label = 'Pause billing';
  doc.stages[0].steps[2].label = 'Step forward plan';
  doc.stages[1].label = 'Play welcome video';
  doc.stages[1].steps[0].label = 'Exit run book';
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage', exact: true })).toBeVisible({ timeout: 20_000 });
  expect((await page.evaluate((d) => window.stageflow.loadDocument(d), doc)).ok).toBe(true);
  // when it runs to its end, the event log listing every step by its label
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const timeline = page.getByRole('slider', { name: 'Timeline' });
  await expect(timeline).toBeEnabled({ timeout: 15_000 });
  await timeline.focus();
  await timeline.press('End');
  await expect(page.getByRole('list', { name: 'Events, newest first' }).getByText('Started step “Reset password”')).toBeVisible();
  // then the Timeline's value is the virtual time in ms, read as the attribute as well as the value: the trace's last event
  const lastTime = await page.evaluate(() => { const t = window.stageflow.getTrace(); return t ? t.events[t.events.length - 1]!.t : -1; });
  await expect(timeline).toHaveValue(String(lastTime));
  await expect(timeline).toHaveAttribute('aria-valuenow', String(lastTime));
  await expect(timeline).toHaveAttribute('aria-valuemin', '0');
  // and the name of each run control (a case-insensitive part of it) finds that control alone
  for (const name of RUN_BUTTONS) await expect(page.getByRole('button', { name }), name).toHaveCount(1);
  // and an event still takes the run to its moment, found by its sentence
  await page.getByRole('link', { name: 'Started step “Reset password”' }).click();
  await expect(page.getByRole('complementary', { name: 'Properties' })).toContainText('Reset password');
});

test('a script that presses Run reads the trace at once: a small run is computed as Run is pressed', async ({ page }) => {
  // given a sample, its scenarios in (the Run button is there once they are)
  await page.goto('/?sample=order-fulfilment');
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
  // the engine is loaded while the page is idle after the start
  await page.waitForTimeout(1500);
  // when Run is clicked and the trace read in the same task (no time for a worker to answer)
  const trace = await page.evaluate(() => {
    [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Run')!.click();
    return window.stageflow.getTrace();
  });
  // then
  expect(trace?.format).toBe('stageflow.trace');
  expect(trace?.events.length).toBeGreaterThan(0);
});

test('a script that presses Run finds the run controls at once, not a task later', async ({ page }) => {
  // given a sample, the page idle after the start (the engine and the run view are loaded then)
  await page.goto('/?sample=order-fulfilment');
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
  await page.waitForTimeout(1500);
  // when Run is clicked and the controls counted right after (count() does not wait)
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const shown = await page.evaluate(() => ({
    trace: window.stageflow.getTrace() !== null,
    timeline: document.querySelectorAll('input[type="range"][aria-label="Timeline"]').length,
  }));
  // then the trace and the controls that show it are both there
  expect(shown).toEqual({ trace: true, timeline: 1 });
  for (const name of ['Play', 'Step forward', 'Exit run']) expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(1);
  await expect(page.getByRole('complementary', { name: 'Properties' })).toHaveCount(1);
});

test('the run controls appear with the trace: while a run is computed only Exit run is there, and leaving stops it', async ({ page }) => {
  // given a loop that never waits: ten million status changes (FORMAT.md's default limit), minutes of work
  const loop = {
    format: 'stageflow.orchestration', version: 1, name: 'Loop_Forever', apiVersion: 63,
    flows: [{ name: 'Quick', type: 'autolaunched', active: true, elements: ['Assignment'] }],
    stages: [{ name: 'Again', next: 'Again', steps: [{ name: 'Tick', kind: 'background', flow: 'Quick' }] }],
  };
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage', exact: true })).toBeVisible({ timeout: 20_000 });
  expect((await page.evaluate((d) => window.stageflow.loadDocument(d), JSON.stringify(loop))).ok).toBe(true);
  // when it is run: no Timeline or Play before there is a trace to show
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Exit run' })).toBeVisible();
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => window.stageflow.getTrace())).toBeNull();
  await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Play' })).toHaveCount(0);
  // when the user leaves it and runs another design, that run is not kept waiting behind the loop
  await page.getByRole('button', { name: 'Exit run' }).click();
  const sample = readFileSync('public/samples/order-fulfilment.json', 'utf8');
  expect((await page.evaluate((t) => window.stageflow.loadDocument(t), sample)).ok).toBe(true);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  // then once the Timeline is there, the trace and every node's status are there too
  await expect(page.getByRole('slider', { name: 'Timeline' })).toBeVisible({ timeout: 15_000 });
  const shown = await page.evaluate(() => ({ status: window.stageflow.getTrace()?.run.status, unmarked: [...document.querySelectorAll('.react-flow__node[data-kind="stage"], .react-flow__node[data-kind="background"], .react-flow__node[data-kind="interactive"]')].filter((n) => !n.getAttribute('data-status')).length }));
  expect(shown).toEqual({ status: 'Completed', unmarked: 0 });
});
