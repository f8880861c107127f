/**
 * UI-CONTRACT: `data-run-as` is on every step that has started, in run mode. An interactive step
 * whose assignee has no value (`$Record.OwnerId`, and the run has no record data) fails as it
 * starts, with no work item; it started, so it carries a run-as, the one its trace gives (R46, the
 * stand-in of a missing assignee; docs/engine.md). 0c24ced had left it without one.
 */
import { expect, test } from '@playwright/test';
import { node, runDesign } from './helpers';

const design = {
  format: 'stageflow.orchestration', version: 1, name: 'Owner_Review', label: 'Owner review', apiVersion: 62,
  trigger: { type: 'recordTriggered', object: 'Case', triggeredBy: 'admin' },
  users: [{ username: 'admin', name: 'Admin', active: true }],
  flows: [
    { name: 'Score', type: 'autolaunched', active: true, elements: ['Assignment'] },
    { name: 'Review', type: 'screen', active: true, elements: ['Screen'] },
  ],
  stages: [{
    name: 'Triage', label: 'Triage', exit: { mode: 'allStepsCompleted' },
    steps: [
      { name: 'Score_Case', label: 'Score the case', kind: 'background', flow: 'Score', start: { mode: 'stageStarts' }, runAs: { mode: 'default' } },
      { name: 'Owner_Review', label: 'Owner review', kind: 'interactive', flow: 'Review', start: { mode: 'stageStarts' }, assignee: { type: 'user', name: '$Record.OwnerId' }, inputs: { ActionInput__RecordId: '$Record.Id' }, complete: { mode: 'screenFlowFinished' } },
    ],
  }],
};

for (const { width, height, scheme } of [{ width: 1280, height: 800, scheme: 'light' as const }, { width: 1440, height: 900, scheme: 'dark' as const }]) {
  test.describe(`${width}x${height} ${scheme}`, () => {
    test.use({ viewport: { width, height }, colorScheme: scheme });

    test('an interactive step that failed as it started (its assignee has no value) carries data-run-as, as the trace says', async ({ page }) => {
      // given the design run to its end
      const slider = await runDesign(page, design);
      await slider.focus();
      await page.keyboard.press('End');
      // then the step is in Error, and every step that started carries its trace's run-as
      await expect(node(page, 'Owner_Review')).toHaveAttribute('data-status', 'Error');
      const trace = await page.evaluate(() => window.stageflow.getTrace());
      expect(trace!.steps.Owner_Review!.runAs).toEqual({ user: '$AutomatedProcessUser', context: 'user', access: null });
      for (const [name, step] of Object.entries(trace!.steps)) {
        expect(step.starts, name).toBeGreaterThan(0);
        await expect(node(page, name), name).toHaveAttribute('data-run-as', step.runAs!.user);
      }
      await page.screenshot({ path: test.info().outputPath(`runAsFailedStart-${width}-${scheme}.png`) });
    });
  });
}
