/** What the real-project e2e specs share (project.spec.ts, projectRun.spec.ts): the fixtures and set-ups. */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/** alexed1/LightningFlowComponents' orchestration projects (src/io/project/__fixtures__/README.md). */
export const FIXTURES = 'src/io/project/__fixtures__/LightningFlowComponents';

/**
 * A copy of the CaseLifecycle project in a new folder, its Resolve step waiting for `left` instead
 * of `$Record.Status`, with Case field files (`name` → its <CustomField> body).
 */
export function caseLifecycleWith(left: string, fields: Record<string, string>): string {
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

/** Runs the open design and moves the Timeline to the run's end. */
export async function runToEnd(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('slider', { name: 'Timeline' })).toBeEnabled({ timeout: 15_000 });
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await slider.focus();
  await slider.press('End');
}
