/**
 * A second project opened over the first (docs/projects.md, "In the app"): the design the admin
 * worked on stays in Designs under its own name, and the new orchestration is a design of its own.
 */
import { expect, test } from '@playwright/test';
import { fileMenu, getDocument, openProjectOrchestration } from './helpers';

test('an orchestration of a second project opened over an edited one leaves the edited design in Designs, and says so', async ({ page }) => {
  // given DepotSweep opened and relabelled
  await openProjectOrchestration(page, 'src/io/project/__fixtures__/DepotSweep', 'Depot_Sweep');
  const label = page.getByRole('complementary', { name: 'Properties' }).getByRole('textbox', { name: 'Label' });
  await label.fill('Depot Sweep (my edit)');
  await label.press('Tab');
  await expect(page.getByText('Saved in this browser')).toBeVisible();
  // when CrateIntake is opened (as the admin does: Open folder, then Open in the picker)
  await page.getByTestId('project-folder-input').setInputFiles('src/io/project/__fixtures__/CrateIntake');
  await page.getByRole('dialog', { name: /^Open an orchestration of / }).getByRole('button', { name: 'Open Crate_Intake' }).click({ timeout: 15_000 });
  await expect.poll(async () => (await getDocument(page)).name).toBe('Crate_Intake');
  // then the notice says where the edited design is, and Designs lists both, the edit kept
  await expect(page.getByText('“Depot Sweep (my edit)” stays in Designs (File ▸ Designs…); Crate_Intake opened as a design of its own.')).toBeVisible();
  await expect(page.getByText('Saved in this browser')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('switched.png') });
  // its report holds only parts kept as written: a notice offers it, no dialog to close (docs/projects.md)
  await expect(page.getByText(/^Opened Crate_Intake from CrateIntake(, with its scenario)?: nothing to fix or check; \d+ parts? kept as written\./)).toBeVisible();
  await expect(page.getByRole('dialog', { name: /Crate_Intake/ })).toHaveCount(0);
  // the first project's notice, which stays until dismissed, went with the design it spoke of
  await expect(page.getByText(/^Opened Depot_Sweep/)).toHaveCount(0);
  await fileMenu(page, 'Designs…');
  const library = page.getByRole('dialog', { name: 'Design library' });
  await expect(library.getByText('Depot Sweep (my edit)')).toBeVisible();
  await expect(library.getByText('Crate Intake', { exact: true })).toBeVisible();
});
