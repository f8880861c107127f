/**
 * Real Salesforce projects in Scenarios and the run view (issue 12): what a real orchestration's
 * run needs is offered from the project (its records, lookups, Record inputs), a real flow's fault
 * or stand-in shows on its step, and a stuck or failed run says why. Opening and saving projects
 * are project.spec.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { getDocument, node, openProjectOrchestration } from './helpers';
import { caseLifecycleWith, copyFixtureProject, FIXTURES, runToEnd } from './projectFixtures';

test('a real record-triggered orchestration gets its scenario data in Scenarios: the manager its assignee reads through $Record.Manager.Username', async ({ page }) => {
  // given the DeactivateUser project's orchestration, whose first step is assigned to $Record.Manager.Username
  await openProjectOrchestration(page, join(FIXTURES, 'DeactivateUser'), 'User_deactivation_orchestration');
  const events = page.getByRole('region', { name: 'Event log' });
  const runUntilFirstSteps = async () => {
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Exit run' })).toBeVisible();
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Next change' }).click();
  };
  // when it runs with the default scenario, the assignee has no value
  await runUntilFirstSteps();
  await expect(events).toContainText('the assignee $Record.Manager.Username has no value');
  await page.getByRole('button', { name: 'Exit run' }).click();
  // when the scenario gives the user a manager: ManagerId on the triggering record, that User among the org's records
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scenarios' });
  const trigger = dialog.getByRole('group', { name: 'Triggering record ($Record)' });
  await trigger.getByRole('button', { name: '+ Add field' }).click();
  await trigger.getByRole('textbox', { name: 'Field', exact: true }).last().fill('ManagerId');
  await trigger.getByRole('textbox', { name: 'Field', exact: true }).last().press('Tab');
  await trigger.getByRole('textbox', { name: 'ManagerId value' }).fill('005SCN000000000001');
  const org = dialog.getByRole('group', { name: 'Other records of the org' });
  await org.getByRole('combobox', { name: 'Object of a new record' }).fill('User');
  await org.getByRole('button', { name: 'Add record' }).click();
  const manager = org.getByRole('group', { name: 'User 1' });
  await expect(manager.getByRole('textbox', { name: 'Id value' })).toHaveValue('005SCN000000000001');
  await manager.getByRole('button', { name: '+ Add field' }).click();
  await manager.getByRole('textbox', { name: 'Field', exact: true }).last().fill('Username');
  await manager.getByRole('textbox', { name: 'Field', exact: true }).last().press('Tab');
  await manager.getByRole('textbox', { name: 'Username value' }).fill('boss@example.com');
  await dialog.getByRole('button', { name: 'Close' }).click();
  // then the work item goes to the manager
  await runUntilFirstSteps();
  await expect(events).toContainText('Work item of step “Reassign Account Ownership” assigned');
  await expect(events).not.toContainText('has no value');
});

test('the record the design reads through $Record.Manager is one click away in Scenarios, then a value', async ({ page }) => {
  // given the DeactivateUser project's record-triggered orchestration, assigned to $Record.Manager.Username
  await openProjectOrchestration(page, join(FIXTURES, 'DeactivateUser'), 'User_deactivation_orchestration');
  // when the scenario gets the manager the design reads, and the manager's username
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scenarios' });
  const trigger = dialog.getByRole('group', { name: 'Triggering record ($Record)' });
  await expect(trigger).toContainText('Manager (Username) — no User yet: Manager reads null');
  await trigger.getByRole('button', { name: 'Add the Manager (a User record)' }).click();
  await expect(trigger).toContainText("ManagerId points to User 1 of the org's records");
  await expect(trigger.getByRole('textbox', { name: 'ManagerId value' })).toHaveValue('005SCN000000000001');
  await dialog.getByRole('group', { name: 'User 1' }).getByRole('textbox', { name: 'Username value' }).fill('boss@example.com');
  await dialog.getByRole('button', { name: 'Close' }).click();
  // then the work item goes to the manager
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Exit run' })).toBeVisible();
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Next change' }).click();
  const events = page.getByRole('region', { name: 'Event log' });
  await expect(events).toContainText('Work item of step “Reassign Account Ownership” assigned');
  await expect(events).not.toContainText('has no value');
  // and the notify step's flow, which finds no notification type in the simulated org, says what setup is missing
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await slider.focus();
  await slider.press('End');
  await node(page, 'notify_manager').click();
  await expect(page.getByRole('region', { name: 'Flow runs' })).toContainText('The simulated org has no CustomNotificationType where DeveloperName = "account_reassignment". A real org has such setup; give it to the scenario in Scenarios, under Other records of the org.');
});

test('a scenario makes an action of a real flow fail: the step running that flow ends in Error with the message', async ({ page }) => {
  // given the DeactivateUser orchestration, whose notify step runs the real Notify_account_owner flow (a custom notification)
  await openProjectOrchestration(page, join(FIXTURES, 'DeactivateUser'), 'User_deactivation_orchestration');
  const doc = await getDocument(page) as unknown as { stages: { steps: { name: string; flow?: string }[] }[] };
  const notify = doc.stages.flatMap((s) => s.steps).find((s) => s.flow === 'Notify_account_owner')!.name;
  // when the scenario gives the user a manager (the first step's assignee)
  await page.getByRole('button', { name: 'Scenarios' }).click();
  await page.getByRole('button', { name: 'Add the Manager (a User record)' }).click();
  await page.getByRole('group', { name: 'User 1' }).getByRole('textbox', { name: 'Username value' }).fill('boss@example.com');
  // and the notification type the flow looks up (its Get Records of CustomNotificationType), in one click
  const org = page.getByRole('group', { name: 'Other records of the org' });
  await expect(org).toContainText('CustomNotificationType where DeveloperName = "account_reassignment" (Notify_account_owner.get_reassignment_notification) — none in the org yet');
  await org.getByRole('button', { name: 'Add a CustomNotificationType with DeveloperName = "account_reassignment"' }).click();
  await expect(org).toContainText('CustomNotificationType 1 matches');
  await expect(org.getByRole('group', { name: 'CustomNotificationType 1' }).getByRole('textbox', { name: 'DeveloperName value' })).toHaveValue('account_reassignment');
  // and makes the notification action fail
  const actions = page.getByRole('dialog', { name: 'Scenarios' }).getByRole('group', { name: 'Actions the flows call' });
  await actions.getByRole('combobox', { name: 'What Notify_account_owner does' }).selectOption('fails');
  await expect(actions).toContainText('It has no fault path: the flow fails, and the step with it.');
  await actions.getByRole('textbox', { name: 'Notify_account_owner failure message' }).fill('no recipients');
  await page.getByRole('dialog', { name: 'Scenarios' }).getByRole('button', { name: 'Close' }).click();
  // then the step that runs the flow ends in Error, saying why
  await runToEnd(page);
  await expect(node(page, notify)).toHaveAttribute('data-status', 'Error');
  await expect(page.getByRole('region', { name: 'Event log' })).toContainText('no recipients');
  // and with the notification type given, its flow run has nothing missing to say
  await node(page, notify).click();
  await expect(page.getByRole('region', { name: 'Flow runs' })).toContainText('get_reassignment_notification');
  await expect(page.getByRole('region', { name: 'Flow runs' })).not.toContainText('The simulated org has no');
});

test('a custom lookup\'s object comes from the project\'s object metadata: Scenarios adds the Parent_Case__r record without asking', async ({ page }) => {
  // given the CaseLifecycle project, its Resolve step waiting for $Record.Parent_Case__r.Status = Resolved,
  // and Case's field Parent_Case__c declared a Lookup to Case under objects/
  const dir = caseLifecycleWith('$Record.Parent_Case__r.Status', {
    Parent_Case__c: '    <label>Parent Case</label>\n    <referenceTo>Case</referenceTo>\n    <relationshipName>Child_Cases</relationshipName>\n    <type>Lookup</type>\n',
  });
  await openProjectOrchestration(page, dir, 'Case_Lifecycle');
  // when Scenarios is opened
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scenarios' });
  const trigger = dialog.getByRole('group', { name: 'Triggering record ($Record)' });
  // then the row names the object the project declares, with no object to type
  await expect(trigger).toContainText('Parent_Case__r (Status) — no Case yet: Parent_Case__r reads null (in the project, Parent_Case__c looks up Case)');
  await expect(trigger.getByRole('combobox', { name: 'Object of the Parent_Case__r record' })).toHaveCount(0);
  await page.screenshot({ path: 'reports/screenshots/scenario-project-lookup.png' });
  // when the record is added and given the status the step waits for
  await trigger.getByRole('button', { name: 'Add the Parent_Case__r (a Case record)' }).click();
  await expect(trigger).toContainText("Parent_Case__c points to Case 1 of the org's records");
  await dialog.getByRole('group', { name: 'Case 1' }).getByRole('textbox', { name: 'Status value' }).fill('Resolved');
  await dialog.getByRole('button', { name: 'Close' }).click();
  // then the run starts the Resolve step, which waits for the parent case
  await runToEnd(page);
  await expect.poll(async () => ((await page.evaluate(() => window.stageflow.getTrace())) as unknown as { steps: Record<string, { startedAt?: number }> } | null)?.steps.Resolve?.startedAt).toBeGreaterThanOrEqual(0);
});

test('an autolaunched orchestration\'s Record input: what the design reads of curUser is offered once passed, and the run assigns its work items', async ({ page }) => {
  // given the DeactivateUser project's autolaunched orchestration, whose work items go to curUser.Username and curUser.Manager.Username
  await openProjectOrchestration(page, join(FIXTURES, 'DeactivateUser'), 'Handle_User_Deactivation_auto');
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scenarios' });
  const launch = dialog.getByRole('group', { name: 'Launch' });
  // when the launcher passes curUser, with the fields the design reads and its manager
  await launch.getByRole('checkbox', { name: /Pass curUser/ }).check();
  await launch.getByRole('button', { name: /^Add the (field|\d+ fields) the design reads of curUser$/ }).click();
  await launch.getByRole('textbox', { name: 'Username value' }).fill('leaving@example.com');
  await expect(launch).toContainText('Manager (Username) — no User yet: Manager reads null');
  await launch.getByRole('button', { name: 'Add the Manager (a User record)' }).click();
  await expect(launch).toContainText("ManagerId points to User 1 of the org's records");
  await dialog.getByRole('group', { name: 'User 1' }).getByRole('textbox', { name: 'Username value' }).fill('boss@example.com');
  await page.screenshot({ path: 'reports/screenshots/scenario-record-input.png' });
  await dialog.getByRole('button', { name: 'Close' }).click();
  // then the run assigns the first work item to curUser instead of failing for want of a value
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Exit run' })).toBeVisible();
  const events = page.getByRole('region', { name: 'Event log' });
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Next change' }).click();
  await expect(events).toContainText('Work item of step “Invite Owner to Confirm Interest” assigned');
  await expect(events).not.toContainText('has no value');
});

test('a project run stuck on $Record.Status is moved on from the run view: the field the design reads is offered to Set value (the design has no sample record)', async ({ page }) => {
  // given the CaseLifecycle project, run to its end: the Resolve step waits for $Record.Status = Resolved
  await openProjectOrchestration(page, 'src/io/project/__fixtures__/CaseLifecycle', 'Case_Lifecycle');
  await runToEnd(page);
  await expect(page.getByText('The run is stuck')).toBeVisible();
  const act = page.getByRole('region', { name: 'Interventions' });
  // then no empty user list: work items are completed as their assignee
  await expect(act.getByRole('combobox', { name: 'Acting user' })).toHaveCount(0);
  await expect(act).toContainText('Work items are completed as their assignee');
  // when $Record.Status is set to Resolved
  await act.getByRole('combobox', { name: 'Value to change' }).selectOption('$Record.Status');
  await act.getByRole('textbox', { name: 'New value' }).fill('Resolved');
  await act.getByRole('button', { name: 'Set value' }).click();
  // then the Resolve step starts in the forked run
  await expect.poll(async () => ((await page.evaluate(() => window.stageflow.getTrace())) as unknown as { steps: Record<string, { startedAt?: number }> } | null)?.steps.Resolve?.startedAt).toBeGreaterThanOrEqual(0);
});

test('a failed run names the step that failed and why, one click from selecting it (User deactivation: no manager to assign)', async ({ page }) => {
  // given a real orchestration whose interactive step is assigned to $Record.Manager.Username, which the default scenario leaves empty
  await openProjectOrchestration(page, join(FIXTURES, 'DeactivateUser'), 'User_deactivation_orchestration');
  // when it runs to the end
  await runToEnd(page);
  // then the banner names the failed step and the cause, not a rule number
  const banner = page.locator('#side-panel').getByRole('status').filter({ hasText: 'The run failed.' });
  await expect(banner).toContainText('Reassign Account Ownership Reassign_Account_Ownership failed: the assignee $Record.Manager.Username has no value (null)');
  await expect(banner).not.toContainText('(R34)');
  // and its label (the API name beside it, as in the Why panel's heading) selects the step
  await banner.getByRole('link', { name: 'Reassign Account Ownership', exact: true }).click();
  await expect(page.locator('#side-panel')).toContainText('Status: Error');
  // and the selected step says why it failed; before the failure, it does not
  await expect(page.getByRole('note', { name: 'Why it failed' })).toContainText('the assignee $Record.Manager.Username has no value (null)');
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('note', { name: 'Why it failed' })).toHaveCount(0);
});

test('at 1280×800 the run view frames a tall design whole once the run controls are drawn (Parallel Approvals)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openProjectOrchestration(page, join(FIXTURES, 'OrchestratorResources'), 'Orchestration_Parallel_Approvals');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Exit run' })).toBeVisible();
  // then, once the view has settled, every card is inside the canvas pane
  await expect.poll(async () => page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    return [...document.querySelectorAll('.react-flow__node')].filter((n) => {
      const box = n.getBoundingClientRect();
      return box.bottom > pane.bottom + 1 || box.top < pane.top - 1;
    }).map((n) => n.getAttribute('data-id'));
  }), { timeout: 5000 }).toEqual([]);
});

test('a project\'s custom setting defaults drive its flow in the run; a step whose flow could not be simulated says "Stand-in" on its card (AutomationSwitch)', async ({ page }) => {
  // given the project as it is: Route_Case reads $Setup.Automation_Settings__c, which no scenario record gives, so the declared defaults apply
  await openProjectOrchestration(page, 'src/io/project/__fixtures__/AutomationSwitch', 'Case_Intake');
  await runToEnd(page);
  await expect(node(page, 'Route')).toHaveAttribute('data-status', 'Completed');
  await expect(node(page, 'Route').getByText('Stand-in', { exact: true })).toHaveCount(0);
  await node(page, 'Route').click();
  await expect(page.getByRole('region', { name: 'Flow runs' })).toContainText('Route_Case (its flow): completed');
  await expect(page.getByRole('region', { name: 'Flow runs' })).toContainText('Routing_Queue__c null → "Support_Tier_1"');
  // given a copy whose flow reads a custom label the project does not have
  const dir = copyFixtureProject('AutomationSwitch', 'project');
  const flow = join(dir, 'force-app/main/default/flows/Route_Case.flow-meta.xml');
  writeFileSync(flow, readFileSync(flow, 'utf8').replace('<elementReference>$Setup.Automation_Settings__c.Routing_Queue__c</elementReference>', '<elementReference>$Label.Default_Queue</elementReference>'));
  await openProjectOrchestration(page, dir, 'Case_Intake');
  await runToEnd(page);
  // then the step completes on its stand-in, and its card says so, as does the run panel with why
  await expect(node(page, 'Route')).toHaveAttribute('data-status', 'Completed');
  await expect(node(page, 'Route').getByText('Stand-in', { exact: true })).toBeVisible();
  await node(page, 'Route').click();
  await expect(page.getByRole('region', { name: 'Flow runs' })).toContainText('Route_Case (its flow): unsupported, stand-in used');
  await expect(page.getByRole('region', { name: 'Flow runs' })).toContainText('{!$Label.Default_Queue} reads a custom label');
  // and back at the start of the run, before the step ran, the card does not say it yet
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await slider.focus();
  await slider.press('Home');
  await expect(node(page, 'Route').getByText('Stand-in', { exact: true })).toHaveCount(0);
});

test('a stage whose exit evaluation flow could not be simulated says "Stand-in" on its header, in place of how it exits (CaseLifecycle)', async ({ page }) => {
  // given the project as it is: the Work stage exits on Can_Leave_Work, which runs its own elements
  await openProjectOrchestration(page, 'src/io/project/__fixtures__/CaseLifecycle', 'Case_Lifecycle');
  await runToEnd(page);
  const header = node(page, 'Work').locator('.sf-stage-header');
  await expect(node(page, 'Work')).toHaveAttribute('data-status', 'InProgress');
  await expect(header.getByText('Exits on evaluation flow', { exact: true })).toBeVisible();
  await expect(header.getByText('Stand-in', { exact: true })).toHaveCount(0);
  // given a copy whose exit flow reads a custom label the project does not have
  const dir = copyFixtureProject('CaseLifecycle', 'project');
  const flow = join(dir, 'force-app/main/default/flows/Can_Leave_Work.flow-meta.xml');
  writeFileSync(flow, readFileSync(flow, 'utf8').replace('<elementReference>recordId</elementReference>', '<elementReference>$Label.Case_Id</elementReference>'));
  await page.getByRole('button', { name: 'Exit run' }).click();
  await openProjectOrchestration(page, dir, 'Case_Lifecycle');
  await runToEnd(page);
  // then the stage's header says so, as the run panel does with why, and the header keeps its height
  await expect(header.getByText('Stand-in', { exact: true })).toBeVisible();
  await expect(header.getByText('Exits on evaluation flow', { exact: true })).toHaveCount(0);
  const headerBox = await header.boundingBox();
  const firstCard = await node(page, 'Resolve').boundingBox();
  expect(headerBox!.y + headerBox!.height).toBeLessThanOrEqual(firstCard!.y);
  // selected from the Outline: a click at a point of the header missed it once in CI, under load
  await page.getByRole('treeitem', { name: /^Stage Work\b/ }).click();
  await expect(page.getByRole('region', { name: 'Flow runs' })).toContainText('Can_Leave_Work (its exit condition): unsupported, stand-in used');
  // and why it has not completed says the flow could not be simulated (it said the flow "has neither a condition nor a result")
  const why = page.getByRole('note', { name: 'Why it has not completed' });
  await expect(why).toContainText('It returns false now (it could not be simulated, and its stand-in has neither a condition nor a result).');
  // and back at the start of the run, before the stage was entered, the header does not say it yet
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await slider.focus();
  await slider.press('Home');
  await expect(header.getByText('Stand-in', { exact: true })).toHaveCount(0);
  await expect(header.getByText('Exits on evaluation flow', { exact: true })).toBeVisible();
});
