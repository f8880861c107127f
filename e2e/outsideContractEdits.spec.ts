/**
 * Outside suite round 4 (outsideContractRules.spec.ts): edits made through the Properties fields
 * UI-CONTRACT.md names reach the document and the run. R40: a background step runs as the Automated
 * Process User unless its Run as names a user; its flow's runMode decides context and access.
 */
import { expect, test } from '@playwright/test';
import { CASES } from './outsideContractDesigns';
import type { Trace } from './outsideContractCheck';

test('Run as and Flow changed in Properties reach getDocument, the run\'s trace and data-run-as; Undo brings the loaded design back', async ({ page }) => {
  const c = CASES.find((k) => (k.doc as { name: string }).name === 'RunAs_60')!;
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage', exact: true })).toBeVisible();
  expect((await page.evaluate((d) => window.stageflow.loadDocument(d as never), c.doc)).ok).toBe(true);
  const panel = page.getByRole('complementary', { name: 'Properties' });
  const node = (id: string): ReturnType<typeof page.locator> => page.locator(`.react-flow__node[data-id="${id}"]`);

  // U ran as amy (a user-mode flow: user context); with Run as back to its default it runs as the Automated Process User
  await node('U').click();
  await expect(panel.getByLabel('API Name', { exact: true })).toHaveValue('U');
  const runAs = panel.getByLabel('Run as', { exact: true });
  const automated = (await runAs.locator('option').allTextContents()).find((t) => /automated process user/i.test(t));
  expect(automated).toBeDefined();
  await runAs.selectOption({ label: automated! });
  // Sh runs F_Share (system with sharing); given F_User it runs in user context
  await node('Sh').click();
  await expect(panel.getByLabel('API Name', { exact: true })).toHaveValue('Sh');
  await panel.getByLabel('Flow', { exact: true }).selectOption('F_User');

  const doc = await page.evaluate(() => window.stageflow.getDocument()) as unknown as { stages: { steps: { name: string; flow: string; runAs?: { mode: string } }[] }[] };
  const steps = Object.fromEntries(doc.stages[0]!.steps.map((s) => [s.name, s]));
  expect(steps.U!.runAs?.mode ?? 'default').toBe('default');
  expect(steps.Sh!.flow).toBe('F_User');

  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await expect(slider).toBeVisible({ timeout: 15_000 });
  const trace = await page.evaluate(() => window.stageflow.getTrace()) as unknown as Trace;
  const apuInUserContext = { user: '$AutomatedProcessUser', context: 'user', access: null };
  expect(trace.steps.U!.runAs).toEqual(apuInUserContext);
  expect(trace.steps.Sh!.runAs).toEqual(apuInUserContext);
  await slider.focus();
  await page.keyboard.press('End');
  await expect(node('U')).toHaveAttribute('data-run-as', '$AutomatedProcessUser');
  await expect(node('Q')).toHaveAttribute('data-run-as', 'mgr');
  await page.getByRole('button', { name: 'Exit run', exact: true }).click();

  // two edits, two undos: the design as loaded
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await undo.click();
  await undo.click();
  await expect.poll(() => page.evaluate(() => window.stageflow.getDocument())).toEqual(c.doc);
});
