/**
 * A work item assigned to `$Record.Id` of a User-triggered run: the run view's card and the event
 * log name the person as the Why panel does, not the Id the simulated org gave them (docs/canvas.md,
 * "Who a started step runs as", chosen). A long name stays on the card's one line, cut with an
 * ellipsis, the full words in its tooltip; 1280×800 light and 1440×900 dark, axe clean.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { node } from './helpers';

const SCREENSHOTS = process.env.E2E_SCREENSHOTS;
const NAME = 'Alexandrina Featherstonehaugh-Worthington, the triggering User ($Record)';

const design = {
  format: 'stageflow.orchestration', version: 1, name: 'New_User_Welcome', label: 'New user welcome', apiVersion: 63,
  trigger: { type: 'recordTriggered', object: 'User', when: 'create' },
  flows: [
    { name: 'Welcome_Screen', type: 'screen', active: true, inputs: [], outputs: [] },
    { name: 'Grant_Access', type: 'autolaunched', active: true, inputs: [], outputs: [] },
  ],
  start: 'Welcome',
  stages: [{
    name: 'Welcome', label: 'Welcome', exit: { mode: 'allStepsCompleted' }, steps: [
      { name: 'Greet', label: 'Greet the new user', kind: 'interactive', flow: 'Welcome_Screen', start: { mode: 'stageStarts' }, inputs: { ActionInput__RecordId: '$Record.Id' }, assignee: { type: 'user', name: '$Record.Id' }, complete: { mode: 'screenFlowFinished' } },
      { name: 'Grant', label: 'Grant access', kind: 'background', flow: 'Grant_Access', start: { mode: 'stageStarts' } },
    ],
  }],
};
// the new user as the admin gives them: a name, no Id and no Username (the simulated org makes the Id)
const scenario = { format: 'stageflow.scenario', version: 1, name: 'A new hire', record: { FirstName: 'Alexandrina', LastName: 'Featherstonehaugh-Worthington' } };

for (const [width, height, scheme] of [[1280, 800, 'light'], [1440, 900, 'dark']] as const) {
  test(`the card and the event log name the user of a work item assigned to $Record.Id (${width}×${height} ${scheme})`, async ({ page }) => {
    // given the design and its scenario, added from a file as an admin adds it
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/?new');
    await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
    expect((await page.evaluate((d) => window.stageflow.loadDocument(JSON.stringify(d)), design)).ok).toBe(true);
    const file = join(mkdtempSync(join(tmpdir(), 'stageflow-runas-')), 'A_new_hire.scenario.json');
    writeFileSync(file, JSON.stringify(scenario));
    await page.getByRole('button', { name: 'Scenarios' }).click();
    const dialog = page.getByRole('dialog', { name: 'Scenarios' });
    await dialog.locator('input[type=file]').setInputFiles(file);
    await expect(dialog.getByRole('status').filter({ hasText: /^Added/ })).toBeVisible();
    await page.keyboard.press('Escape');
    // when it runs to its end
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('100');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(node(page, 'Greet')).toHaveAttribute('data-status', 'Completed', { timeout: 15_000 });
    // then the card names the person, on one line that stays inside the card, the whole name in its tooltip
    await expect(node(page, 'Greet')).toHaveAttribute('data-run-as', /^005SIM/);
    const line = node(page, 'Greet').locator('.sf-runas');
    await expect(line).toHaveText(`as ${NAME}`);
    await expect(line).toHaveAttribute('title', `Runs as ${NAME}`);
    const fits = await line.evaluate((el) => {
      const card = el.closest('.sf-card')!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return box.bottom <= card.bottom + 0.5 && box.right <= card.right + 0.5 && box.height < 20;
    });
    expect(fits).toBe(true);
    // and so does the event log
    const log = page.getByRole('list', { name: 'Events, newest first' });
    await expect(log.getByRole('link', { name: /Work item of step “Greet the new user” completed/ })).toHaveText(new RegExp(`completed by ${NAME.replace(/[()$]/g, '\\$&')}$`));
    await expect(log).not.toContainText('005SIM');
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/runas-${width}-${scheme}.png` });
    expect(await seriousViolations(page)).toEqual([]);
  });
}
