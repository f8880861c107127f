/**
 * A real orchestration opened from its SFDX project in the browser and run with its scenario: SFDC-Assets'
 * recruiting demo (src/io/project/__fixtures__/RecruitingOrchestrator), whose orchestration lives in one
 * package directory and its nine flows in another. The same run is checked step by step in
 * src/io/project/recruitingOrchestration.test.ts; here the app's path: folder, picker, scenario kept
 * beside the orchestration, run view.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator } from '@playwright/test';
import { STRONG_CANDIDATE } from '../src/io/project/testing/recruitingScenario';
import { getDocument, node, openProjectOrchestration } from './helpers';
import { copyFixtureProject, openFixtureProject } from './projectFixtures';

/** The lines an element's text is laid out on, read from where each character is drawn. */
function linesOf(el: Locator): Promise<string[]> {
  return el.evaluate((root) => {
    const out: { top: number; text: string }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      for (let i = 0; i < (text.textContent ?? '').length; i++) {
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const top = Math.round(range.getBoundingClientRect().top);
        const last = out.at(-1);
        if (last && Math.abs(last.top - top) < 3) last.text += text.textContent![i];
        else out.push({ top, text: text.textContent![i]! });
      }
    }
    return out.map((l) => l.text);
  });
}

test('a real orchestration in its own package directory opens with the flows of another and runs to an offer with its scenario (recruiting demo)', async ({ page }) => {
  // given a copy of the project with the scenario kept beside the orchestration
  const dir = copyFixtureProject('RecruitingOrchestrator', 'recruiting'); // in test-results/, emptied by each run
  writeFileSync(join(dir, 'orchestrator/main/default/flows/Recruiting_Orchestration_v6.scenario.json'), JSON.stringify(STRONG_CANDIDATE));
  // when it is opened
  await openProjectOrchestration(page, dir, 'Recruiting_Orchestration_v6');
  // then its steps call the flows of force-app, and nothing on the canvas is invalid
  const doc = (await getDocument(page)) as unknown as { flows?: { name: string; source?: { path: string } }[] };
  expect((doc.flows ?? []).map((f) => f.source?.path).filter((p) => !p?.startsWith('force-app/main/default/flows/'))).toEqual([]);
  expect(doc.flows).toHaveLength(8);
  await expect(page.locator('.react-flow__node[data-invalid="true"]')).toHaveCount(0);
  // when it runs to the end
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const timeline = page.getByRole('slider', { name: 'Timeline' });
  await expect(timeline).toBeEnabled({ timeout: 15_000 });
  await timeline.focus();
  await timeline.press('End');
  // then the candidate got an offer, each work item went to the person the design names
  await expect.poll(async () => page.evaluate(() => (window.stageflow.getTrace() as unknown as { run: { status: string } } | null)?.run.status)).toBe('Completed');
  await expect(node(page, 'Create_and_Send_Offer')).toHaveAttribute('data-status', 'Completed');
  await expect(node(page, 'Enter_Job_Application')).toHaveAttribute('data-run-as', 'recruiter@example.com');
  await expect(node(page, 'Hiring_Manager_Interview')).toHaveAttribute('data-run-as', 'manager@example.com');
  await expect(node(page, 'Phone_Screen_Scheduled')).toHaveAttribute('data-run-as', 'recruiter@example.com');
  await page.screenshot({ path: 'reports/screenshots/recruiting-run.png' });
});

test('the running user\'s missing User record is added from the note under Flow runs, and the run goes past the flow that faulted without it (recruiting demo: Get_Usernames as the Automated Process User)', async ({ page }) => {
  // given the demo's scenario without the Automated Process User, whose $User.Id Get_Usernames looks up
  const dir = copyFixtureProject('RecruitingOrchestrator', 'recruiting');
  const scenario = { ...STRONG_CANDIDATE, records: { ...STRONG_CANDIDATE.records, User: STRONG_CANDIDATE.records!.User!.filter((u) => u.Username !== '$AutomatedProcessUser') } };
  writeFileSync(join(dir, 'orchestrator/main/default/flows/Recruiting_Orchestration_v6.scenario.json'), JSON.stringify(scenario));
  await openProjectOrchestration(page, dir, 'Recruiting_Orchestration_v6');
  // when it runs: the first step's flow faults, and its note names the missing record
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const timeline = page.getByRole('slider', { name: 'Timeline' });
  await expect(timeline).toBeEnabled({ timeout: 15_000 });
  await timeline.focus();
  await timeline.press('End');
  await expect(node(page, 'Get_Usernames_Step')).toHaveAttribute('data-status', 'Error');
  await node(page, 'Get_Usernames_Step').click();
  const flowRun = page.getByRole('region', { name: 'Flow runs' }).getByRole('article', { name: 'Flow run Get_Usernames' });
  await expect(flowRun).toContainText('Get_System_User_Record has no record');
  await expect(flowRun).toContainText('the user the step runs as, the Automated Process User, has no User record in the simulated org');
  // and the admin adds it from there, by keyboard
  const give = flowRun.getByRole('button', { name: 'Add the User record of the Automated Process User' });
  await give.focus();
  await page.keyboard.press('Enter');
  // then the run is computed again: the flow finds the record, the note and its button go, and the flow run keeps the focus
  await expect(flowRun).toContainText('Get_System_User_Record: User 005SCN000000000001');
  await expect(flowRun).not.toContainText('has no User record');
  await expect(give).toHaveCount(0);
  await expect(flowRun).toBeFocused();
  await expect(node(page, 'Get_Usernames_Step')).toHaveAttribute('data-status', 'Completed');
  // and the run now goes on to the offer
  await timeline.focus();
  await timeline.press('End');
  await expect.poll(async () => page.evaluate(() => (window.stageflow.getTrace() as unknown as { run: { status: string } } | null)?.run.status)).toBe('Completed');
  // and the design's scenario keeps the record, for the admin to complete in Scenarios
  await page.getByRole('button', { name: 'Exit run' }).click();
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const added = page.getByRole('dialog', { name: 'Scenarios' }).getByRole('group', { name: 'User 4' });
  await expect(added.getByRole('textbox', { name: 'Username value' })).toHaveValue('$AutomatedProcessUser');
  await expect(added.getByRole('textbox', { name: 'Id value' })).toHaveValue('005SCN000000000001');
});

test('a step is linked to a flow of the project the orchestration did not call yet, from the Flow picker (recruiting demo)', async ({ page }) => {
  // given the recruiting project opened: its Get_Position_Owner_Username flow is called by no step
  // selected from the outline (Enter), as a keyboard user does: at 1280×800 its card lies under the
  // Properties panel as the design opens (with the CPU slowed 20 times, a click on it timed out every time)
  await openFixtureProject(page, 'RecruitingOrchestrator', 'Recruiting_Orchestration_v6', { folder: 'recruiting', select: 'Background step Thank You for Your Interest' });
  const picker = page.getByRole('complementary', { name: 'Properties' }).getByRole('combobox', { name: 'Flow', exact: true });
  // then the picker offers it under the project's name
  await expect(picker.locator('optgroup[label="More flows in recruiting"] option')).toHaveText(['Get Position Owner Username (Get_Position_Owner_Username)']);
  // when it is picked (focus in the picker, as a keyboard user has it)
  await picker.focus();
  await picker.selectOption('Get_Position_Owner_Username');
  // then the step calls it, read from its file, and its input is offered with the type the file declares
  await expect(picker).toHaveValue('Get_Position_Owner_Username');
  const doc = (await getDocument(page)) as unknown as { flows?: { name: string; source?: { path: string } }[] };
  expect(doc.flows?.find((f) => f.name === 'Get_Position_Owner_Username')?.source?.path).toBe('force-app/main/default/flows/Get_Position_Owner_Username.flow-meta.xml');
  await expect(page.getByLabel('vRecord')).toHaveAccessibleDescription(/Type: Position__c record/);
  await expect(picker).toBeFocused();
  // and Undo takes the link back whole
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => ((await getDocument(page)) as unknown as { flows?: { name: string }[] }).flows?.some((f) => f.name === 'Get_Position_Owner_Username')).toBe(false);
});

test('a long reference on a card breaks after its dots, not inside a word, and stays on its card (recruiting demo: Assigned to $Record.Owner:User.Username)', async ({ page }) => {
  // given the recruiting demo, whose interactive steps are assigned to references longer than a card's line
  await openFixtureProject(page, 'RecruitingOrchestrator', 'Recruiting_Orchestration_v6', { folder: 'recruiting' });
  for (const step of ['Enter_Job_Application', 'Hiring_Manager_Interview', 'Recruiter_Phone_Screen']) {
    const card = node(page, step);
    const chip = card.locator('.sf-chip', { hasText: 'Assigned to' });
    // when its assignee chip is laid out: its lines, read from where each character is drawn
    const lines = await linesOf(chip);
    // then it is on more than one line, and every line but the last ends at a space or after a dot or colon
    expect(lines.length, `${step}: ${JSON.stringify(lines)}`).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line, `${step}: ${JSON.stringify(lines)}`).toMatch(/[\s.:]$/);
    // and the chip ends inside its card
    const [chipBox, cardBox] = [await chip.boundingBox(), await card.boundingBox()];
    expect(chipBox!.y + chipBox!.height).toBeLessThanOrEqual(cardBox!.y + cardBox!.height);
  }
});

test('a step whose flow the project lacks (a mistyped name) keeps saying so after the import report is closed, on its card and at its Flow picker, until the project\'s flow is picked (recruiting demo)', async ({ page }) => {
  // given the recruiting project whose orchestration calls Recruiter_Phone_Scren, a typo of its screen flow
  const dir = copyFixtureProject('RecruitingOrchestrator', 'recruiting');
  const file = join(dir, 'orchestrator/main/default/flows/Recruiting_Orchestration_v6.flow-meta.xml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('<actionName>Recruiter_Phone_Screen</actionName>', '<actionName>Recruiter_Phone_Scren</actionName>'));
  // when it is opened and its report closed
  await openProjectOrchestration(page, dir, 'Recruiting_Orchestration_v6');
  // then the step's card carries a warning that names the project's flow it likely meant
  const said = 'The project recruiting has no flow Recruiter_Phone_Scren: a run uses a stand-in for it, not a real flow. Did you mean *Recruiter Phone Screen* (Recruiter_Phone_Screen)?';
  const card = node(page, 'Recruiter_Phone_Screen');
  await expect(card.getByRole('img', { name: `Warning: ${said}` })).toBeVisible();
  // and so does its Flow picker
  await card.click();
  const picker = page.getByRole('complementary', { name: 'Properties' }).getByRole('combobox', { name: 'Flow', exact: true });
  await expect(picker).toHaveAccessibleDescription(new RegExp(said.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  // when the project's flow is picked
  await picker.selectOption('Recruiter_Phone_Screen');
  // then the warnings go
  await expect(picker).toHaveValue('Recruiter_Phone_Screen');
  await expect(page.getByTestId('missing-project-flow')).toHaveCount(0);
  await expect(card.getByRole('img', { name: /^Warning:/ })).toHaveCount(0);
  // and the step keeps its mapping of the input the project's flow declares under the same name (docs/editor.md, "Choosing another flow")
  await expect(page.getByRole('complementary', { name: 'Properties' }).getByLabel('jobApplicationId', { exact: true })).toHaveValue('Enter_Job_Application.Outputs.varJobApplicationId');
});

test('in Scenarios, a screen field\'s long name breaks between its parts, never inside a word (recruiting demo: Recruiter_Review: Company_Values_Comments)', async ({ page }) => {
  // given the recruiting demo's Scenarios, whose review screens have field names longer than their column
  await openFixtureProject(page, 'RecruitingOrchestrator', 'Recruiting_Orchestration_v6', { folder: 'recruiting' });
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const answers = page.getByRole('dialog', { name: 'Scenarios' }).getByRole('group', { name: 'Screen answers of Recruiter Phone Screen' });
  const names = answers.locator('li > span.font-mono');
  await expect(names).toHaveCount(7);
  let broken = 0;
  for (const name of await names.all()) {
    // when its name is laid out
    const lines = await linesOf(name);
    // then every line but the last ends after a dot, an underscore, a colon or a space
    for (const line of lines.slice(0, -1)) expect(line, JSON.stringify(lines)).toMatch(/[._:\s]$/);
    if (lines.length > 1) broken++;
  }
  expect(broken).toBeGreaterThan(0); // some are longer than their column
});
