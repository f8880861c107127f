/** The Why panel speaks in the present tense: the unmet start condition as of the moment shown (issue 15 item 4). */
import { expect, test, type Page } from '@playwright/test';
import { waitsForPayment as waiting } from './fixtures/waitsForPayment';
import { node } from './helpers';
import { startRun } from './runHelpers';

/** Shows the state right after trace event `index` (from the start, one Step forward per event). */
async function showEvent(page: Page, index: number): Promise<void> {
  await page.getByRole('button', { name: 'Reset' }).click();
  for (let i = 0; i <= index; i++) await page.getByRole('button', { name: 'Step forward' }).click();
}

test('a waiting step names its predecessor and that predecessor\'s status now, never a later time', async ({ page }) => {
  // given the order sample at the moment Create_Shipment_Label has started (event 14, t = 4.5 s)
  await page.goto('/?sample=order-fulfilment');
  await startRun(page);
  await showEvent(page, 14);
  await expect(node(page, 'Create_Shipment_Label')).toHaveAttribute('data-status', 'InProgress');
  // when
  await node(page, 'Mark_Shipped').click();
  // then
  const why = page.getByRole('note', { name: 'Why it has not started' });
  await expect(why).toContainText('at 4.5 s');
  await expect(why).toContainText('Waits for step “Create shipment” to be Completed; it is In progress now.');
  await expect(why).toContainText('not met');
  await expect(why).not.toContainText('later');
  await expect(why).not.toContainText('7.5 s'); // when it will start: the future of the trace
  // and one step on, when the predecessor has completed, the same panel says it is met
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(why).toContainText('it is Completed now');
  await expect(why).toContainText('✓ met');
});

test('requirements are shown row by row with the values of the moment', async ({ page }) => {
  // given the moment Validate has started but not completed (event 3): Charge_Payment waits
  await page.goto('/?sample=order-fulfilment');
  await startRun(page);
  await showEvent(page, 3);
  // when
  await node(page, 'Charge_Payment').click();
  // then: row 1 reads Validate's status now, in the canvas's words (In progress), row 2 the order total;
  // each resource in words (the step by its label, the triggering record as Flow Builder names it), its API name under it
  const rows = page.getByRole('table', { name: 'Start requirements' }).getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1).getByRole('cell')).toHaveText(['1', 'Status of step “Validate order” (Validate.Status)', 'In progress', 'Equals', '"Completed"', '✗ not met']);
  await expect(rows.nth(2).getByRole('cell')).toHaveText(['2', 'Triggering Order › Total ($Record.Total)', '249.9', 'Greater Than', '0', '✓ met']);
});

test('a stalled step says which row is not met, at the start and at the end of the run', async ({ page }) => {
  // given a run that stalls: Ship waits for order.Paid, which never changes
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
  expect((await page.evaluate((d) => window.stageflow.loadDocument(JSON.stringify(d)), waiting)).ok).toBe(true);
  await startRun(page);
  await showEvent(page, 2);
  // when
  await node(page, 'Ship').click();
  // then: at 0 ms
  const why = page.getByRole('note', { name: 'Why it has not started' });
  await expect(why).toContainText('at 0 ms');
  const row = page.getByRole('table', { name: 'Start requirements' }).getByRole('row').nth(1);
  await expect(row.getByRole('cell')).toHaveText(['1', 'order.Paid', 'false', 'Equals', 'true', '✗ not met']);
  // and at the end of the stalled run (after Pack completed at 1 s) the same row, still not met
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await slider.focus();
  await slider.press('End');
  await expect(page.getByText('The run is stuck')).toBeVisible();
  // the banner says it in the editor's words, as the Why panel does: "Equals", not the API name "EqualTo"
  const banner = page.getByRole('status').filter({ hasText: 'The run is stuck' });
  await expect(banner).toContainText('needs Equals true');
  await expect(banner).not.toContainText('EqualTo');
  await expect(why).toContainText('at 1 s');
  await expect(row.getByRole('cell')).toHaveText(['1', 'order.Paid', 'false', 'Equals', 'true', '✗ not met']);
});

test('an evaluation-flow start at the moment a published event\'s pass re-checks it: it starts in this pass, it is not "waiting for an event" (R12)', async ({ page }) => {
  // given onboarding under its default scenario: HR confirms the hire (no wake-up), then an orchestration event is published
  await page.goto('/?sample=onboarding');
  await startRun(page);
  const events = await page.evaluate(() => (window.stageflow.getTrace() as unknown as { events: { type: string; cause?: string; step?: string }[] }).events);
  const pass = events.findIndex((e) => e.type === 'evaluation' && e.cause === 'publishEvent');
  expect(pass).toBeGreaterThan(0);
  expect(events[pass + 1]).toMatchObject({ type: 'stepStarted', step: 'Buddy' });
  // when the pass the event caused is shown, with Buddy (not started yet) selected
  await showEvent(page, pass);
  await node(page, 'Buddy').click();
  // then the panel says it starts in this pass, and not that it waits for an event
  const why = page.getByRole('note', { name: 'Why it has not started' });
  await expect(why).toContainText('it starts in this evaluation pass');
  await expect(why).not.toContainText('only re-checked on an orchestration event');
});

test('in the run view, Ctrl/Cmd+F finds a step and shows why it has not started, and ? lists the run view\'s keys', async ({ page }) => {
  // given the order sample's run at its start
  await page.goto('/?sample=order-fulfilment');
  await startRun(page);
  await page.getByRole('button', { name: 'Reset' }).click();
  // when the user finds a step by name from the keyboard
  await page.keyboard.press('ControlOrMeta+F');
  await page.getByRole('searchbox', { name: 'Find element' }).fill('Mark_Shipped');
  await page.keyboard.press('Enter');
  // then it is selected and the Why panel speaks of it
  await expect(node(page, 'Mark_Shipped')).toHaveClass(/selected/);
  await expect(page.getByRole('note', { name: 'Why it has not started' })).toContainText('Its stage “Ship order” has not started.');
  // and ? opens the help, from the Timeline too (a slider's own keys are its arrows), whose run view section names the Timeline's keys
  await page.getByRole('slider', { name: 'Timeline' }).focus();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  // (opened at its top: the heading has focus, not the link at the end of the list)
  await expect(help.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeFocused();
  await expect(help.getByRole('table', { name: 'Anywhere' })).toBeInViewport();
  const runKeys = help.getByRole('table', { name: 'Run view' });
  await expect(runKeys.getByRole('rowheader', { name: 'Move one change of the run' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('a stage in progress says why it has not completed: its exit requirements row by row with the logic, as of the moment shown', async ({ page }) => {
  // given the case sample's run, right after its first event (Triage has started, nothing has completed)
  await page.goto('/?sample=case-escalation');
  await startRun(page);
  await showEvent(page, 1);
  // when the user selects the Triage stage
  await node(page, 'Triage').click({ position: { x: 12, y: 8 } });
  // then its exit condition is read now: custom logic, three rows, not met
  const why = page.getByRole('note', { name: 'Why it has not completed' });
  await expect(why).toContainText('Exit requirements (logic 1 AND (2 OR 3))');
  await expect(why).toContainText('✗ not met');
  const rows = why.getByRole('table', { name: 'Exit requirements' }).getByRole('row');
  await expect(rows).toHaveCount(4); // the header and three rows
  await expect(rows.nth(1)).toContainText('Manager_Review.Status');
  // and at the end of the run the stage has completed, so there is nothing left to explain
  await page.getByRole('slider', { name: 'Timeline' }).press('End');
  await expect(page.getByRole('region', { name: 'Selected element' })).toContainText('Stage status: Completed');
  await expect(why).toBeHidden();
});

test('a stage that has not started says so and what leads to it, with where that stands now (it said "This element has not run")', async ({ page }) => {
  // given the loan sample whose credit check times out: Intake fails, its fault path runs, Underwriting never starts
  await page.goto('/?sample=loan-approval');
  await startRun(page);
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'The credit bureau times out' });
  await page.getByRole('slider', { name: 'Timeline' }).press('End');
  // when
  await node(page, 'Underwriting').click({ position: { x: 30, y: 12 } });
  // then
  const selected = page.getByRole('region', { name: 'Selected element' });
  await expect(selected).toContainText('Stage status: Not started');
  await expect(selected).not.toContainText('This element has not run');
  const why = selected.getByRole('note', { name: 'Why it has not started' });
  await expect(why).toContainText('It starts when decision “Large loan?” takes outcome “Large loan with good credit”');
  await expect(why).toContainText('it has not been reached');
  // and the stage the fault path leads to, before it starts, names the stage and its status then
  await page.getByRole('slider', { name: 'Timeline' }).press('Home');
  await node(page, 'Manual_Recovery').click({ position: { x: 30, y: 12 } });
  await expect(selected.getByRole('note', { name: 'Why it has not started' })).toContainText('It starts when stage “Intake checks” fails (its fault path leads here): it is Not started now');
});

test('an evaluation flow is named by its label in the Why panel, as on its card and in the Outline, its API name beside', async ({ page }) => {
  // given the case sample at the moment Score the case has completed: Escalate to tier 2 waits on Needs_Tier_Two
  await page.goto('/?sample=case-escalation');
  await startRun(page);
  await showEvent(page, 3);
  // when
  await node(page, 'Escalate_To_Tier_Two').click();
  // then
  const why = page.getByRole('note', { name: 'Why it has not started' });
  await expect(why).toContainText('Starts when evaluation flow “Needs tier 2?” Needs_Tier_Two returns true. It returns false now');
});

test('an interactive step in progress says its work item waits for its assignee, and how to complete it; completed, it says nothing more', async ({ page }) => {
  // given Case Escalation at the moment Manager review's work item is assigned to mgr_lee
  await page.goto('/?sample=case-escalation');
  await startRun(page);
  const events = await page.evaluate(() => (window.stageflow.getTrace() as unknown as { events: { type: string; step?: string }[] }).events);
  const assigned = events.findIndex((e) => e.type === 'workItemAssigned' && e.step === 'Manager_Review');
  expect(assigned).toBeGreaterThan(0);
  await showEvent(page, assigned);
  await expect(node(page, 'Manager_Review')).toHaveAttribute('data-status', 'InProgress');
  // when the step is selected
  await node(page, 'Manager_Review').click({ position: { x: 20, y: 10 } });
  // then the Why panel says whom its work item waits for, and how to complete it now
  const why = page.getByRole('note', { name: 'Why it has not completed' });
  await expect(why).toContainText('Its work item waits for mgr_lee to complete it.');
  await expect(why).toContainText('Complete work item, on its card or under Act on the run, completes it at this moment.');
  // and once the work item is completed, the step is Completed and the note goes
  await node(page, 'Manager_Review').getByRole('button', { name: 'Complete work item' }).click();
  await expect(node(page, 'Manager_Review')).toHaveAttribute('data-status', 'Completed');
  await expect(why).toHaveCount(0);
});
