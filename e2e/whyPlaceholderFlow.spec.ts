/**
 * The run view's Why panel on a real project whose exit evaluation flow is not in the project (a
 * placeholder, with neither a condition nor a result): it says, in the present tense, what is not met
 * and what the admin can do — at 1280×800 light and 1440×900 dark (docs/engine.md, *chosen*).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { node, openProjectOrchestration } from './helpers';
import { copyFixtureProject, runToEnd } from './projectFixtures';

/** CaseLifecycle without the file of its Work stage's exit flow, Can_Leave_Work. */
function caseLifecycleWithoutExitFlow(): string {
  const dir = copyFixtureProject('CaseLifecycle'); // in test-results/, emptied by each run
  rmSync(join(dir, 'force-app/main/default/flows/Can_Leave_Work.flow-meta.xml'));
  return dir;
}

for (const [width, height, scheme] of [[1280, 800, 'light'], [1440, 900, 'dark']] as const) {
  test(`a stage whose exit flow is a placeholder says it returns false and what the admin can do (${width}×${height} ${scheme})`, async ({ page }) => {
    // given
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    await openProjectOrchestration(page, caseLifecycleWithoutExitFlow(), 'Case_Lifecycle');
    // when the run is at its end (stuck in Work) and the Work stage is selected by its header
    await runToEnd(page);
    await node(page, 'Work').click({ position: { x: 30, y: 12 } });
    // then
    const why = page.getByRole('note', { name: 'Why it has not completed' });
    await expect(why).toContainText('Completes when evaluation flow Can_Leave_Work returns true. It returns false now (it has neither a condition nor a result).');
    await expect(why).toContainText('Set its result in Scenarios (Evaluation flow results), or give the flow a condition or a result.');
    // and the advice can be followed: Scenarios lists the flow under Evaluation flow results
    await page.getByRole('button', { name: 'Exit run' }).click();
    await page.getByRole('button', { name: 'Scenarios' }).click();
    await expect(page.getByRole('dialog', { name: 'Scenarios' }).getByRole('group', { name: 'Evaluation flow results' })).toContainText('Can_Leave_Work');
  });
}
