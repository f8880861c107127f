/**
 * Real Salesforce projects in the app (issue 12): a real SFDX project folder (or its .zip) is
 * opened, its orchestrations are listed, the one picked opens with its steps linked to the
 * project's flows (not placeholders) and runs.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { fileMenu, getDocument, node, openEmpty, openProjectOrchestration } from './helpers';

const FIXTURES = 'src/io/project/__fixtures__/LightningFlowComponents';

interface CatalogShape { flows?: { name: string; source?: { path: string } }[] }

const runTrace = (page: Page) => page.evaluate(() => window.stageflow.getTrace() as unknown as { run: { status: string } } | null);

/** Every file of a fixture project, as a zip archive under `root/`. */
function zipOf(project: string, root: string): Buffer {
  const base = join(FIXTURES, project);
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[`${root}/${relative(base, full).split(sep).join('/')}`] = strToU8(readFileSync(full, 'utf8'));
    }
  };
  walk(base);
  return Buffer.from(zipSync(files));
}

/** Drops `archive` on the page as the file `name`, as a user dragging a .zip from their desktop does. */
async function dropZip(page: Page, archive: Buffer, name: string): Promise<void> {
  await page.evaluate(([data, fileName]) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], fileName, { type: 'application/zip' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, [archive.toString('base64'), name] as const);
}

/**
 * A copy of the CaseLifecycle project in a new folder, its Resolve step waiting for `left` instead
 * of `$Record.Status`, with Case field files (`name` → its <CustomField> body).
 */
function caseLifecycleWith(left: string, fields: Record<string, string>): string {
  const dir = test.info().outputPath('project'); // in test-results/, emptied by each run
  cpSync('src/io/project/__fixtures__/CaseLifecycle', dir, { recursive: true });
  const orchestration = join(dir, 'force-app/main/default/flows/Case_Lifecycle.flow-meta.xml');
  writeFileSync(orchestration, readFileSync(orchestration, 'utf8').replace('<leftValueReference>$Record.Status</leftValueReference>', `<leftValueReference>${left}</leftValueReference>`));
  const folder = join(dir, 'force-app/main/default/objects/Case/fields');
  mkdirSync(folder, { recursive: true });
  for (const [name, body] of Object.entries(fields)) {
    writeFileSync(join(folder, `${name}.field-meta.xml`), `<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n    <fullName>${name}</fullName>\n${body}</CustomField>\n`);
  }
  return dir;
}

async function runToEnd(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('slider', { name: 'Timeline' })).toBeEnabled({ timeout: 15_000 });
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await slider.focus();
  await slider.press('End');
}

test('a project folder: the orchestrations are listed, the one picked opens with its flows and runs', async ({ page }) => {
  // given
  await openEmpty(page);
  // ("Open folder" and "Save to project" are in the toolbar's File menu)
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await expect(page.getByRole('menuitem', { name: /Open folder/ })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Save to project' })).toBeDisabled();
  await page.keyboard.press('Escape');
  // when the folder is chosen (the input behind "Open folder" where there is no directory picker)
  await page.getByTestId('project-folder-input').setInputFiles(join(FIXTURES, 'DeactivateUser'));
  // then its orchestrations are listed with their label, API name, API version, status and trigger
  const picker = page.getByRole('dialog', { name: 'Open an orchestration of DeactivateUser' });
  await expect(picker).toBeVisible({ timeout: 15_000 });
  const row = picker.getByRole('row', { name: /User_deactivation_orchestration/ });
  await expect(row).toContainText('User deactivation orchestration');
  await expect(row).toContainText('55');
  await expect(row).toContainText('Obsolete');
  await expect(row).toContainText('User record created or updated');
  await expect(picker.getByRole('row')).toHaveCount(5); // the header and four orchestrations
  await page.screenshot({ path: 'reports/screenshots/project-picker.png' });
  // when
  await row.getByRole('button', { name: 'Open User_deactivation_orchestration' }).click();
  // then the design is the orchestration, its steps call the project's flows (no placeholders)
  await expect.poll(async () => (await getDocument(page)).name).toBe('User_deactivation_orchestration');
  const doc = (await getDocument(page)) as unknown as CatalogShape & Awaited<ReturnType<typeof getDocument>>;
  const stepFlows = doc.flows ?? [];
  expect(stepFlows.length).toBeGreaterThan(0);
  for (const flow of stepFlows) expect(flow.source?.path, flow.name).toBe(`force-app/main/default/flows/${flow.name}.flow-meta.xml`);
  const firstStep = doc.stages[0]!.steps[0]!.name;
  await expect(node(page, firstStep)).toBeVisible();
  // the report lists what the conversion noted, none of it a placeholder
  const report = page.getByRole('dialog', { name: /User_deactivation_orchestration/ });
  if (await report.isVisible()) {
    await expect(report).not.toContainText('placeholder');
    await page.screenshot({ path: 'reports/screenshots/project-report.png' });
    await report.getByRole('button', { name: 'Close' }).click();
  }
  await page.screenshot({ path: 'reports/screenshots/project-opened.png' });
  // when the label is edited and saved (files chosen in an input cannot be written: it downloads)
  const label = page.getByRole('complementary', { name: 'Properties' }).getByLabel('Label', { exact: true });
  await label.fill('User deactivation (edited)');
  await label.press('Tab');
  const [download] = await Promise.all([page.waitForEvent('download'), fileMenu(page, 'Save to project')]);
  // then the file is the project's own, with only the edited label changed (and the interview label made of it)
  expect(download.suggestedFilename()).toBe('User_deactivation_orchestration.flow-meta.xml');
  const saved = readFileSync(await download.path(), 'utf8').split('\n');
  const original = readFileSync(join(FIXTURES, 'DeactivateUser/force-app/main/default/flows/User_deactivation_orchestration.flow-meta.xml'), 'utf8').split('\n');
  expect(saved.length).toBe(original.length);
  const changed = original.flatMap((line, i) => (line === saved[i] ? [] : [[line.trim(), saved[i]!.trim()]]));
  expect(changed).toEqual([
    ['<interviewLabel>User deactivation orchestration {!$Flow.CurrentDateTime}</interviewLabel>', '<interviewLabel>User deactivation (edited) {!$Flow.CurrentDateTime}</interviewLabel>'],
    ['<label>User deactivation orchestration</label>', '<label>User deactivation (edited)</label>'],
  ]);
});

test('the project picker opens on the first orchestration that can be opened, past an empty draft listed first', async ({ page }) => {
  await openEmpty(page);
  await page.getByTestId('project-folder-input').setInputFiles(join(FIXTURES, 'OrchestratorResources'));
  const picker = page.getByRole('dialog', { name: 'Open an orchestration of OrchestratorResources' });
  await expect(picker.getByRole('button', { name: 'Open Aaron_test' })).toBeDisabled(); // "Aaron test", first by label, has no stages
  // and its row says why, where everyone reads it (the disabled button's tooltip alone did not)
  await expect(picker.getByRole('row', { name: /^Aaron test/ })).toContainText('No stages: nothing to open');
  await expect(picker.getByRole('button', { name: 'Open Aaron_test' })).toHaveAccessibleDescription('No stages: nothing to open');
  // before: focus fell on the table's scroll box, which shows no focus ring
  await expect(picker.getByRole('button', { name: 'Open Orch_Contract_2' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await getDocument(page)).name).toBe('Orch_Contract_2');
});

test('a dropped .zip of a project opens an orchestration that runs to the end', async ({ page }) => {
  // given
  await openEmpty(page);
  // when the archive is dropped on the page
  await dropZip(page, zipOf('WorkGuidePlus', 'WorkGuidePlus-main'), 'WorkGuidePlus-main.zip');
  // then its only orchestration is offered
  const picker = page.getByRole('dialog', { name: 'Open an orchestration of WorkGuidePlus-main.zip' });
  await expect(picker).toBeVisible({ timeout: 15_000 });
  await picker.getByRole('button', { name: 'Open Test_Orchestration' }).click();
  await expect.poll(async () => (await getDocument(page)).name).toBe('Test_Orchestration');
  const doc = (await getDocument(page)) as unknown as CatalogShape;
  expect(doc.flows?.find((f) => f.name === 'Test_Screen_Flow')?.source?.path).toBe('WorkGuidePlus-main/force-app/main/default/flows/Test_Screen_Flow.flow-meta.xml');
  const report = page.getByRole('dialog', { name: /Test_Orchestration/ });
  if (await report.isVisible()) await report.getByRole('button', { name: 'Close' }).click();
  // when it runs
  await runToEnd(page);
  // then
  await expect.poll(async () => (await runTrace(page))?.run.status).toBe('Completed');
  await expect(node(page, 'Open_Case')).toHaveAttribute('data-status', 'Completed');
  await page.screenshot({ path: 'reports/screenshots/project-run.png' });
});

test('a retrieved package (.zip of unpackaged/flows/*.flow, the Metadata API format) opens like a project and saves to its .flow', async ({ page }) => {
  // given the WorkGuidePlus flows as Workbench or `sf project retrieve start --target-metadata-dir` give them
  const base = join(FIXTURES, 'WorkGuidePlus/force-app/main/default/flows');
  const files: Record<string, Uint8Array> = { 'unpackaged/package.xml': strToU8('<?xml version="1.0" encoding="UTF-8"?>\n<Package xmlns="http://soap.sforce.com/2006/04/metadata"><types><members>*</members><name>Flow</name></types><version>56.0</version></Package>\n') };
  for (const name of readdirSync(base)) files[`unpackaged/flows/${name.replace(/\.flow-meta\.xml$/, '.flow')}`] = strToU8(readFileSync(join(base, name), 'utf8'));
  await openEmpty(page);
  // when the archive is dropped on the page
  await dropZip(page, Buffer.from(zipSync(files)), 'unpackaged.zip');
  // then its orchestration is offered and opens with the package's flows
  const picker = page.getByRole('dialog', { name: 'Open an orchestration of unpackaged.zip' });
  await expect(picker).toBeVisible({ timeout: 15_000 });
  await picker.getByRole('button', { name: 'Open Test_Orchestration' }).click();
  await expect.poll(async () => (await getDocument(page)).name).toBe('Test_Orchestration');
  const doc = (await getDocument(page)) as unknown as CatalogShape;
  expect(doc.flows?.find((f) => f.name === 'Test_Screen_Flow')?.source?.path).toBe('unpackaged/flows/Test_Screen_Flow.flow');
  const report = page.getByRole('dialog', { name: /Test_Orchestration/ });
  if (await report.isVisible()) {
    await expect(report).not.toContainText('placeholder');
    await report.getByRole('button', { name: 'Close' }).click();
  }
  // when its label is edited and it is saved back (files from an archive cannot be written: it downloads under the file's own name)
  const label = page.getByRole('complementary', { name: 'Properties' }).getByLabel('Label', { exact: true });
  await label.fill('Test Orchestration (edited)');
  await label.press('Tab');
  const [download] = await Promise.all([page.waitForEvent('download'), fileMenu(page, 'Save to project')]);
  // then the package's own file comes back with only the label changed
  expect(download.suggestedFilename()).toBe('Test_Orchestration.flow');
  const saved = readFileSync(await download.path(), 'utf8');
  expect(saved).toBe(readFileSync(join(base, 'Test_Orchestration.flow-meta.xml'), 'utf8').replaceAll('Test Orchestration', 'Test Orchestration (edited)'));
  await expect(page.getByRole('status').filter({ hasText: 'Test_Orchestration.flow was downloaded; put it at unpackaged/flows/Test_Orchestration.flow' })).toBeVisible();
});

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

test('opening a project reports a custom field the design reads that the project\'s object metadata does not declare', async ({ page }) => {
  // given the CaseLifecycle project whose Resolve step reads $Record.Customer_Satisfed__c (misspelt), and Case's field files
  const dir = caseLifecycleWith('$Record.Customer_Satisfed__c', { Customer_Satisfied__c: '    <type>Checkbox</type>\n' });
  await openEmpty(page);
  // when the folder is opened and the orchestration chosen
  await page.getByTestId('project-folder-input').setInputFiles(dir);
  await page.getByRole('dialog', { name: /^Open an orchestration of / }).getByRole('button', { name: 'Open Case_Lifecycle' }).click({ timeout: 15_000 });
  // then the report names the field, where it is read and what to do
  const report = page.getByRole('dialog', { name: /Case_Lifecycle/ });
  await expect(report).toContainText("$Record.Customer_Satisfed__c: the project's Case has no field Customer_Satisfed__c");
  await expect(report).toContainText('stages[2].steps[0].start.requirements[0].left');
  await page.screenshot({ path: 'reports/screenshots/project-undeclared-field.png' });
  // and the check stays live: the step's requirement row carries it in Properties
  await report.getByRole('button', { name: 'Close' }).click();
  await node(page, 'Resolve').click();
  const properties = page.getByRole('complementary', { name: 'Properties' });
  await expect(properties).toContainText("the project's Case has no field Customer_Satisfed__c");
  await page.screenshot({ path: 'reports/screenshots/project-undeclared-field-live.png' });
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

test('connector labels of a design with Go To loops neither lie on each other nor on their decision (CaseLifecycle)', async ({ page }) => {
  // given a design whose two decisions both send a connector back across the same gap between rows
  await openProjectOrchestration(page, 'src/io/project/__fixtures__/CaseLifecycle', 'Case_Lifecycle');
  await expect(page.locator('.edge-label')).toHaveCount(3);
  // then every outcome label is in view, apart from the others and from every node
  const labels = await page.locator('.edge-label').evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return { text: e.textContent, x: r.x, y: r.y, w: r.width, h: r.height }; }));
  const nodes = await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return { id: e.getAttribute('data-id'), x: r.x, y: r.y, w: r.width, h: r.height }; }));
  type Box = { x: number; y: number; w: number; h: number };
  const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  for (const [i, a] of labels.entries()) {
    for (const b of labels.slice(i + 1)) expect(overlap(a, b), `${a.text} on ${b.text}`).toBe(false);
    for (const n of nodes) expect(overlap(a, n), `${a.text} on ${n.id}`).toBe(false);
  }
});

test('a requirement on a standard picklist offers the values of the project\'s standard value set (Case.Status from CaseStatus)', async ({ page }) => {
  // given the CaseLifecycle project, which holds standardValueSets/CaseStatus
  await openProjectOrchestration(page, 'src/io/project/__fixtures__/CaseLifecycle', 'Case_Lifecycle');
  // when the Resolve step, which waits for $Record.Status = Resolved, is selected
  await node(page, 'Resolve').click();
  const value = page.getByRole('complementary', { name: 'Properties' }).getByRole('group', { name: /^Requirement 1/ }).getByLabel('Value', { exact: true });
  // then its value offers the statuses the project lists, and no warning is shown for Resolved
  await expect(value).toHaveValue('Resolved');
  const offered = await value.evaluate((input) => [...((input as HTMLInputElement).list?.options ?? [])].map((o) => o.value));
  expect(offered).toEqual(['New', 'Working', 'Escalated', 'Resolved', 'Reopened', 'Closed']);
  await expect(page.getByRole('complementary', { name: 'Properties' })).not.toContainText('is not one of the values');
  // when it is misspelt, the warning comes at once
  await value.fill('Resolvd');
  await expect(page.getByRole('complementary', { name: 'Properties' })).toContainText('"Resolvd" is not one of the values the project lists for Case.Status');
});

test('a long API name wraps inside its box in the side column instead of running out of it (the stuck run of Parallel Approvals, at its end)', async ({ page }) => {
  // given a real orchestration whose last step waits on an evaluation flow with a 45-character API name
  await openProjectOrchestration(page, join(FIXTURES, 'OrchestratorResources'), 'Orchestration_Parallel_Approvals');
  // when it runs to the end
  await runToEnd(page);
  const panel = page.locator('#side-panel');
  await expect(panel.getByRole('status').filter({ hasText: 'The run is stuck' })).toContainText('Entry_Flow_Have_Both_Approvals_Been_Received');
  // then no text in the column runs out of the box that holds it (text nodes measured: the box stays in place while its text runs out)
  const outside = await panel.evaluate((column) => {
    const walker = document.createTreeWalker(column, NodeFilter.SHOW_TEXT);
    const out: string[] = [];
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(text);
      const r = range.getBoundingClientRect();
      const box = text.parentElement!.closest('div, li, p, td, section, article')!.getBoundingClientRect();
      if (r.width > 0 && r.right > box.right + 1) out.push((text.textContent ?? '').slice(0, 60));
    }
    return out;
  });
  expect(outside).toEqual([]);
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

test('an orchestration opens with the scenarios kept beside it in the project, where stageflow test finds them', async ({ page }) => {
  // given a copy of CaseLifecycle with Case_Lifecycle.scenario.json beside the orchestration
  const dir = test.info().outputPath('project');
  cpSync('src/io/project/__fixtures__/CaseLifecycle', dir, { recursive: true });
  const flows = join(dir, 'force-app/main/default/flows');
  writeFileSync(join(flows, 'Case_Lifecycle.scenario.json'), JSON.stringify({ format: 'stageflow.scenario', version: 1, name: 'Urgent case', record: { Priority: 'High' }, events: [] }));
  // when it is opened
  await openProjectOrchestration(page, dir, 'Case_Lifecycle');
  // then its scenario is the one the run uses and the one Scenarios edits
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scenarios' });
  await expect(dialog.getByRole('combobox', { name: 'Scenario to edit' }).locator('option')).toHaveText(['Urgent case']);
});

test('Save to project writes the scenarios beside the orchestration, into a folder the browser gave a handle to', async ({ page }) => {
  // given CaseLifecycle in a folder the browser can write (the origin's private file system stands in
  // for the folder picker's choice: the same File System Access handles)
  const root = 'src/io/project/__fixtures__/CaseLifecycle';
  const files = (readdirSync(root, { recursive: true }) as string[])
    .filter((p) => statSync(join(root, p)).isFile())
    .map((p) => ({ path: p.split(sep).join('/'), text: readFileSync(join(root, p), 'utf8') }));
  await openEmpty(page);
  await page.evaluate(async (list) => {
    const opfs = await navigator.storage.getDirectory();
    const project = await opfs.getDirectoryHandle('case-project', { create: true });
    for (const { path, text } of list) {
      const parts = path.split('/');
      let folder = project;
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
      const writable = await (await folder.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () => project;
  }, files);
  await fileMenu(page, /Open folder/);
  await page.getByRole('dialog', { name: 'Open an orchestration of case-project' }).getByRole('button', { name: 'Open Case_Lifecycle' }).click({ timeout: 15_000 });
  await expect.poll(async () => (await getDocument(page)).name).toBe('Case_Lifecycle');
  const report = page.getByRole('dialog', { name: /Case_Lifecycle/ });
  if (await report.isVisible()) await report.getByRole('button', { name: 'Close' }).click();
  // when a second scenario is added in the app and the design is saved to the project
  await page.getByRole('button', { name: 'Scenarios' }).click();
  await page.getByRole('dialog', { name: 'Scenarios' }).getByRole('button', { name: 'New scenario' }).click();
  await page.keyboard.press('Escape');
  await fileMenu(page, 'Save to project');
  // then both scenarios are files of the folder stageflow test reads, and the notice says so
  await expect(page.getByText(/Wrote the scenario files .*Case_Lifecycle\.scenarios\/Default_behaviour\.json \(new\), .*Case_Lifecycle\.scenarios\/Scenario_2\.json \(new\)/)).toBeVisible();
  const written = await page.evaluate(async () => {
    const opfs = await navigator.storage.getDirectory();
    let folder = await opfs.getDirectoryHandle('case-project');
    for (const part of ['force-app', 'main', 'default', 'flows', 'Case_Lifecycle.scenarios']) folder = await folder.getDirectoryHandle(part);
    const out: Record<string, unknown> = {};
    for await (const [name, handle] of (folder as unknown as { entries(): AsyncIterable<[string, FileSystemFileHandle]> }).entries()) out[name] = JSON.parse(await (await handle.getFile()).text());
    return out;
  });
  expect(Object.keys(written).sort()).toEqual(['Default_behaviour.json', 'Scenario_2.json']);
  expect(written['Scenario_2.json']).toMatchObject({ format: 'stageflow.scenario', version: 1, name: 'Scenario 2' });
});

test('a project\'s .zip chosen through Import opens as a project, as when it is dropped', async ({ page }) => {
  await openEmpty(page);
  await page.locator('input[type="file"][accept^=".json,.xml"]').setInputFiles({ name: 'WorkGuidePlus-main.zip', mimeType: 'application/zip', buffer: zipOf('WorkGuidePlus', 'WorkGuidePlus-main') });
  const picker = page.getByRole('dialog', { name: 'Open an orchestration of WorkGuidePlus-main.zip' });
  await expect(picker).toBeVisible({ timeout: 15_000 });
  await picker.getByRole('button', { name: 'Open Test_Orchestration' }).click();
  await expect.poll(async () => (await getDocument(page)).name).toBe('Test_Orchestration');
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
  const dir = test.info().outputPath('project');
  cpSync('src/io/project/__fixtures__/AutomationSwitch', dir, { recursive: true });
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
  const dir = test.info().outputPath('project');
  cpSync('src/io/project/__fixtures__/CaseLifecycle', dir, { recursive: true });
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

test('a project with flows and no orchestration: a new one is started in it, its step calls a project flow, and Save to project writes it as a new file', async ({ page }) => {
  // given a folder with the recruiting demo's flows but not its orchestration
  const dir = test.info().outputPath('hiring');
  cpSync('src/io/project/__fixtures__/RecruitingOrchestrator/force-app', join(dir, 'force-app'), { recursive: true });
  writeFileSync(join(dir, 'sfdx-project.json'), JSON.stringify({ packageDirectories: [{ path: 'force-app', default: true }] }));
  await openEmpty(page);
  // when it is opened, the picker offers to start an orchestration (focus on that button), and it is started
  await page.getByTestId('project-folder-input').setInputFiles(dir);
  const picker = page.getByRole('dialog', { name: 'Open an orchestration of hiring' });
  await expect(picker).toContainText('No orchestration yet, and 9 flows found.');
  await expect(picker.getByRole('button', { name: 'New orchestration' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(page.getByText('New orchestration in hiring: its steps can call the project\'s 9 flows.', { exact: false })).toBeVisible();
  // focus on the empty design's first useful control (until 2026-12-05: the canvas region)
  await expect(page.getByRole('button', { name: 'Create the first stage' })).toBeFocused();
  // and it gets a label, a stage and a background step calling the project's Get_Position_Owner_Username
  const properties = page.getByRole('complementary', { name: 'Properties' });
  await properties.getByLabel('Label', { exact: true }).fill('Hiring');
  await properties.getByLabel('Label', { exact: true }).press('Tab');
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.getByRole('button', { name: 'Add background step' }).click();
  const flow = properties.getByRole('combobox', { name: 'Flow', exact: true });
  await expect(flow.locator('optgroup[label="More flows in hiring"] option')).toHaveText([
    '**Get Usernames** (Get_Usernames)', '*Interview Scheduled* (Interview_Scheduled)', '*Phone Screening Scheduled* (Phone_Screening_Scheduled)',
    '*Thank You For Your Interest* (Thank_You_For_Your_Interest)', 'Get Position Owner Username (Get_Position_Owner_Username)',
  ]);
  await flow.focus();
  await flow.selectOption('Get_Position_Owner_Username');
  // then Save to project (a folder chosen in an input cannot be written: it downloads) gives the new file
  const [download] = await Promise.all([page.waitForEvent('download'), fileMenu(page, 'Save to project')]);
  expect(download.suggestedFilename()).toBe('Hiring.flow-meta.xml');
  const saved = readFileSync(await download.path(), 'utf8');
  expect(saved).toContain('<processType>Orchestrator</processType>');
  expect(saved).toContain('<actionName>Get_Position_Owner_Username</actionName>');
  await expect(page.getByText('put it at force-app/main/default/flows/Hiring.flow-meta.xml (a new file of the project)', { exact: false })).toBeVisible();
});
