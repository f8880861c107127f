/**
 * What the real-project e2e specs share (project.spec.ts, projectRun.spec.ts, recruitingProject.spec.ts…):
 * the fixtures and set-ups — a fixture project copied, changed, opened and an Outline item selected.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openProjectOrchestration } from './helpers';

/** alexed1/LightningFlowComponents' orchestration projects (src/io/project/__fixtures__/README.md). */
export const FIXTURES = 'src/io/project/__fixtures__/LightningFlowComponents';

/** The app's fixture projects (src/io/project/__fixtures__/README.md). */
const PROJECTS = 'src/io/project/__fixtures__';

/**
 * A copy of the fixture project `fixture` (a folder of src/io/project/__fixtures__: `CaseLifecycle`,
 * `LightningFlowComponents/DeactivateUser`) in the test's output folder, emptied by each run, so a
 * test may change its files and the app save into it. `folder` is the copy's name, which the app says
 * as the project's ("The project recruiting has no flow …"); the fixture's own by default.
 */
export function copyFixtureProject(fixture: string, folder = basename(fixture)): string {
  const dir = test.info().outputPath(folder);
  cpSync(join(PROJECTS, fixture), dir, { recursive: true });
  return dir;
}

export interface FixtureProjectOptions {
  /** The copy's folder name (copyFixtureProject). */
  folder?: string;
  /** The Outline item to select once it is open (selectInOutline), by its accessible name. */
  select?: string | RegExp;
}

/**
 * A copy of the fixture project `fixture` with its orchestration `name` opened
 * (openProjectOrchestration: the import report closed) and `options.select` selected from the Outline.
 * Returns the copy's folder. A test that changes the copy's files first calls copyFixtureProject, then
 * openProjectOrchestration.
 */
export async function openFixtureProject(page: Page, fixture: string, name: string, options: FixtureProjectOptions = {}): Promise<string> {
  const dir = copyFixtureProject(fixture, options.folder);
  await openProjectOrchestration(page, dir, name);
  if (options.select !== undefined) await selectInOutline(page, options.select);
  return dir;
}

/**
 * Selects the Outline item named `item` (`Stage Triage`, `Background step Thank You for Your
 * Interest`) as a keyboard user does, focus and Enter: at 1280×800 a card may lie under the Properties
 * panel as a design opens, and a click on it landed only once Playwright had scrolled the pane (a 60 s
 * timeout under load).
 */
export async function selectInOutline(page: Page, item: string | RegExp): Promise<void> {
  await page.getByRole('tree', { name: 'Orchestration outline' }).getByRole('treeitem', { name: item }).focus();
  await page.keyboard.press('Enter');
}

/**
 * A copy of the CaseLifecycle project in a new folder, its Resolve step waiting for `left` instead
 * of `$Record.Status`, with Case field files (`name` → its <CustomField> body).
 */
export function caseLifecycleWith(left: string, fields: Record<string, string>): string {
  const dir = copyFixtureProject('CaseLifecycle', 'project');
  const orchestration = join(dir, 'force-app/main/default/flows/Case_Lifecycle.flow-meta.xml');
  writeFileSync(orchestration, readFileSync(orchestration, 'utf8').replace('<leftValueReference>$Record.Status</leftValueReference>', `<leftValueReference>${left}</leftValueReference>`));
  const folder = join(dir, 'force-app/main/default/objects/Case/fields');
  mkdirSync(folder, { recursive: true });
  for (const [name, body] of Object.entries(fields)) {
    writeFileSync(join(folder, `${name}.field-meta.xml`), `<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n    <fullName>${name}</fullName>\n${body}</CustomField>\n`);
  }
  return dir;
}

/** Runs the open design and moves the Timeline to the run's end. */
export async function runToEnd(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('slider', { name: 'Timeline' })).toBeEnabled({ timeout: 15_000 });
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await slider.focus();
  await slider.press('End');
}
