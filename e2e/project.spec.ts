/**
 * Real Salesforce projects in the app (issue 12): a real SFDX project folder (or its .zip) is
 * opened, its orchestrations are listed, the one picked opens with its steps linked to the
 * project's flows (not placeholders) and runs. Scenarios and the run view of real projects are
 * projectRun.spec.ts.
 */
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { fileMenu, getDocument, node, openEmpty, openProjectOrchestration } from './helpers';
import { caseLifecycleWith, copyFixtureProject, FIXTURES, runToEnd } from './projectFixtures';

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

test('an orchestration opens with the scenarios kept beside it in the project, where stageflow test finds them', async ({ page }) => {
  // given a copy of CaseLifecycle with Case_Lifecycle.scenario.json beside the orchestration
  const dir = copyFixtureProject('CaseLifecycle', 'project');
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
