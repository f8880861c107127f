/**
 * An admin's first Run of their real project, opened without a scenario file: the simulated org
 * holds only what the scenario gives, so the recruiting demo's first step fails at 0 ms (its
 * Get_Usernames reads the running user's User record, then a user by name). The run's banner says
 * which records a real org has that this one lacked, and gives them in one click
 * (docs/scenarios.md, "A first run of a real project").
 */
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { getDocument, node } from './helpers';
import { openFixtureProject } from './projectFixtures';
import { startRun, toEnd, trace } from './runHelpers';

async function openRecruiting(page: Page): Promise<void> {
  await openFixtureProject(page, 'RecruitingOrchestrator', 'Recruiting_Orchestration_v6', { folder: 'recruiting' }); // no scenario file beside the orchestration: the default scenario
}

for (const theme of ['light', 'dark'] as const) {
  test(`the first run's failure names the records the simulated org lacks and adds them in one key press, and the run goes past the step that failed (recruiting demo, ${theme})`, async ({ page }) => {
    if (theme === 'dark') {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.setViewportSize({ width: 1440, height: 900 });
    }
    // given the recruiting demo opened with no scenario of its own, run to its end
    await openRecruiting(page);
    await startRun(page);
    await toEnd(page);
    await expect.poll(async () => (await trace(page))?.run.status).toBe('Error');
    // then the banner says what a real org has and this one lacked, without selecting the step first
    const banner = page.getByRole('status').filter({ hasText: 'The run failed.' });
    const lacks = banner.getByRole('group', { name: 'Records the simulated org lacks' });
    await expect(lacks).toContainText('the User record of the Automated Process User, whom Get_Usernames runs as');
    await expect(lacks).toContainText('a User where FirstName = "Nicki" and LastName = "Sanchez" (Get_Usernames.Get_Nicki_Sanchez_User_Record looks it up)');
    const give = lacks.getByRole('button', { name: 'Add the 2 records to the scenario and run again' });
    await expect(give).toHaveAccessibleDescription(/the User record of the Automated Process User.*a User where FirstName = "Nicki"/);
    expect(await seriousViolations(page, '[role="status"]')).toEqual([]);
    await page.screenshot({ path: `reports/screenshots/first-run-org-setup-${theme}.png` });
    // when the admin presses it from the keyboard
    await give.focus();
    await page.keyboard.press('Enter');
    // then the run is computed again: Get_Usernames completes, and the banner, with the focus, says the next failure
    await expect(node(page, 'Get_Usernames_Step')).toHaveAttribute('data-status', 'Completed');
    await expect(banner).toContainText('Enter Job Application');
    await expect(banner).toContainText('$Record.Owner:User.Username has no value');
    // and says where that value is given
    await expect(banner).toContainText('$Record.Owner:User.Username is read from the triggering record, and the scenario\'s has no value there: give it in Scenarios, under Triggering record ($Record).');
    await expect(lacks).toHaveCount(0);
    await expect(banner).toBeFocused();
    // and the design's scenario keeps the two records, for the admin to complete in Scenarios
    await page.getByRole('button', { name: 'Exit run' }).click();
    await page.getByRole('button', { name: 'Scenarios' }).click();
    const dialog = page.getByRole('dialog', { name: 'Scenarios' });
    await expect(dialog.getByRole('group', { name: 'User 1' }).getByRole('textbox', { name: 'Username value' })).toHaveValue('$AutomatedProcessUser');
    await expect(dialog.getByRole('group', { name: 'User 2' }).getByRole('textbox', { name: 'FirstName value' })).toHaveValue('Nicki');
    expect((await getDocument(page)).name).toBe('Recruiting_Orchestration_v6');
  });
}

test('a first run whose interactive step has no assignee says the orchestration\'s input is given under Launch (User deactivation: curUser, which its launcher passes)', async ({ page }) => {
  // given the autolaunched User deactivation orchestration opened with no scenario of its own
  await openFixtureProject(page, 'LightningFlowComponents/DeactivateUser', 'Handle_User_Deactivation_auto', { folder: 'deactivate' });
  // when it runs to its end
  await startRun(page);
  await toEnd(page);
  await expect.poll(async () => (await trace(page))?.run.status).toBe('Error');
  // then the banner says where the assignee's value comes from, and where to give it
  const banner = page.getByRole('status').filter({ hasText: 'The run failed.' });
  await expect(banner).toContainText('curUser is an input variable of the orchestration, which its launcher passes, and the scenario passes none: give it in Scenarios, under Launch.');
  expect(await seriousViolations(page, '[role="status"]')).toEqual([]);
});
