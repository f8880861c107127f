/**
 * Round 2 of the outside suite: UI-CONTRACT.md's controls — each name found by role, once; the
 * palette's click, keyboard and drag paths; the Properties labels; the run controls' behaviour.
 * Written from docs/spec/ before the app's code was read.
 */
import { expect, test, type Page } from '@playwright/test';
import { load, mainDesign, node, openDesign, openNew, pressRun, timelineValue, watchErrors } from './outsideDesigns';

const EDITOR_BUTTONS = ['Add stage', 'Add background step', 'Add interactive step', 'Add decision', 'Undo', 'Redo', 'Tidy up', 'Fit view', 'Export', 'Import', 'Run'];
const RUN_BUTTONS = ['Play', 'Pause', 'Step forward', 'Step back', 'Reset', 'Exit run'];
const exactly = (name: string): RegExp => new RegExp(`^${name}$`, 'i');
const doc = (page: Page) => page.evaluate(() => window.stageflow.getDocument()) as Promise<typeof mainDesign & { layout?: unknown }>;
const selectedApiName = (page: Page) => page.getByRole('complementary', { name: 'Properties' }).getByLabel('API Name', { exact: true });

test('each contract name matches exactly one control, in the editor and in run mode (case-insensitive, whole or as Playwright\'s default part-of-name match)', async ({ page }) => {
  await openDesign(page, mainDesign);
  const once = async (role: 'button' | 'slider' | 'combobox' | 'complementary', name: string): Promise<void> => {
    await expect(page.getByRole(role, { name: exactly(name) }), name).toHaveCount(1);
    // a suite that writes getByRole('button', { name: 'Run' }) matches any name containing "run"
    await expect(page.getByRole(role, { name }), `${name}, as part of a name`).toHaveCount(1);
  };
  for (const name of EDITOR_BUTTONS) await once('button', name);
  await once('complementary', 'Properties');
  await pressRun(page);
  for (const name of RUN_BUTTONS) await once('button', name);
  await once('slider', 'Timeline');
  await once('combobox', 'Speed');
});

test('Run opens paused at t=0; Pause and Play are harmless where they do not apply; Play moves the clock and Pause stops it', async ({ page }) => {
  const errors = watchErrors(page);
  await openDesign(page, mainDesign);
  const slider = await pressRun(page);
  expect(await timelineValue(slider)).toBe(0);
  await page.waitForTimeout(600);
  expect(await timelineValue(slider)).toBe(0);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  expect(await timelineValue(slider)).toBe(0);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => timelineValue(slider), { timeout: 20_000 }).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  // a frame of the clock already on its way when Pause was pressed may still be drawn: read the
  // time once it has stopped moving (two reads a moment apart agree), then check it stays
  await expect.poll(async () => {
    const before = await timelineValue(slider);
    await page.waitForTimeout(150);
    return (await timelineValue(slider)) === before;
  }, { timeout: 10_000 }).toBe(true);
  const paused = await timelineValue(slider);
  await page.waitForTimeout(800);
  expect(await timelineValue(slider)).toBe(paused);
  // at the end, Step forward and Pause change nothing
  await slider.focus();
  await page.keyboard.press('End');
  expect(await timelineValue(slider)).toBe(4000);
  // (every run control stays enabled and harmless: Step forward at the end, Step back at t=0, docs/canvas.md)
  await page.getByRole('button', { name: 'Step forward', exact: true }).click();
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.waitForTimeout(300);
  expect(await timelineValue(slider)).toBe(4000);
  await expect(node(page, 'Ship')).toHaveAttribute('data-status', 'Completed');
  expect(errors).toEqual([]);
});

test('Step forward lands on the trace\'s own times, Step back returns, Reset goes to 0, Home/End and the arrows move the Timeline', async ({ page }) => {
  await openDesign(page, mainDesign);
  const slider = await pressRun(page);
  const trace = await page.evaluate(() => window.stageflow.getTrace()) as { events: { t: number }[] };
  const times = new Set(trace.events.map((e) => e.t));
  const seen: number[] = [0];
  for (let i = 0; i < 40 && seen.at(-1)! < 4000; i++) {
    await page.getByRole('button', { name: 'Step forward', exact: true }).click();
    const v = await timelineValue(slider);
    expect(v).toBeGreaterThanOrEqual(seen.at(-1)!);
    expect(times.has(v), `${v} is a time of the trace`).toBe(true);
    seen.push(v);
  }
  expect(seen.at(-1)).toBe(4000);
  expect(seen).toEqual(expect.arrayContaining([1500, 2000]));
  await page.getByRole('button', { name: 'Step back', exact: true }).click();
  expect(await timelineValue(slider)).toBeLessThanOrEqual(4000);
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  expect(await timelineValue(slider)).toBe(0);
  await slider.focus();
  await page.keyboard.press('End');
  expect(await timelineValue(slider)).toBe(4000);
  await page.keyboard.press('Home');
  expect(await timelineValue(slider)).toBe(0);
  // the arrows walk the trace's changes: the first few are all at t=0
  for (let i = 0; i < 30 && (await timelineValue(slider)) === 0; i++) await page.keyboard.press('ArrowRight');
  expect(times.has(await timelineValue(slider))).toBe(true);
  expect(await timelineValue(slider)).toBeGreaterThan(0);
  await page.keyboard.press('ArrowLeft');
  expect(await timelineValue(slider)).toBe(0);
});

test('the interactive step shows its assignee as data-run-as while its work item is open, and keeps it once mgr completes it', async ({ page }) => {
  await openDesign(page, mainDesign);
  const slider = await pressRun(page);
  for (let i = 0; i < 40 && (await timelineValue(slider)) < 1500; i++) {
    if ((await node(page, 'Review').getAttribute('data-status')) === 'InProgress') break;
    await page.getByRole('button', { name: 'Step forward', exact: true }).click();
  }
  await expect(node(page, 'Review')).toHaveAttribute('data-status', 'InProgress');
  await expect(node(page, 'Review')).toHaveAttribute('data-run-as', 'mgr');
  await slider.focus();
  await page.keyboard.press('End');
  await expect(node(page, 'Review')).toHaveAttribute('data-status', 'Completed');
  await expect(node(page, 'Review')).toHaveAttribute('data-run-as', 'mgr');
  await expect(node(page, 'As_Jdoe')).toHaveAttribute('data-run-as', 'jdoe');
  await expect(node(page, 'Archive')).toHaveAttribute('data-status', 'NotStarted');
  await expect(node(page, 'Close')).toHaveAttribute('data-status', 'NotStarted');
});

test('the Speed combobox offers choices and changing it while paused changes nothing on the clock', async ({ page }) => {
  await openDesign(page, mainDesign);
  const slider = await pressRun(page);
  const speed = page.getByRole('combobox', { name: 'Speed' });
  const options = await speed.locator('option').allTextContents();
  expect(options.length).toBeGreaterThan(1);
  await speed.selectOption({ index: options.length - 1 });
  await page.waitForTimeout(300);
  expect(await timelineValue(slider)).toBe(0);
});

test('palette by click and keyboard: a step joins the selected stage, or the selected step\'s stage, or the last stage; a stage goes after the selected one; the new element is selected', async ({ page }) => {
  const errors = watchErrors(page);
  await openDesign(page, mainDesign);
  // nothing selected: the step goes to the last stage (Close), the stage at the end
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.getByRole('button', { name: 'Add background step', exact: true }).click();
  let d = await doc(page);
  expect(d.stages.at(-1)!.steps).toHaveLength(2);
  await expect(selectedApiName(page)).toHaveValue(d.stages.at(-1)!.steps[1]!.name);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.getByRole('button', { name: 'Add stage', exact: true }).click();
  d = await doc(page);
  expect(d.stages).toHaveLength(4);
  await expect(selectedApiName(page)).toHaveValue(d.stages[3]!.name);
  // a step selected: an interactive step by Enter joins its stage (Intake)
  await node(page, 'Wait_Long').click();
  await page.getByRole('button', { name: 'Add interactive step', exact: true }).focus();
  await page.keyboard.press('Enter');
  d = await doc(page);
  expect(d.stages[0]!.steps).toHaveLength(5);
  expect(d.stages[0]!.steps[4]!.kind).toBe('interactive');
  await expect(selectedApiName(page)).toHaveValue(d.stages[0]!.steps[4]!.name);
  // a stage selected: a stage by Space goes right after it
  await node(page, 'Intake').click({ position: { x: 20, y: 10 } });
  await page.getByRole('button', { name: 'Add stage', exact: true }).focus();
  await page.keyboard.press('Space');
  d = await doc(page);
  expect(d.stages).toHaveLength(5);
  expect(d.stages[0]!.name).toBe('Intake');
  expect(['Fulfil', 'Close']).not.toContain(d.stages[1]!.name);
  await expect(selectedApiName(page)).toHaveValue(d.stages[1]!.name);
  // Add decision adds a decision node and selects it
  const before = (d.decisions ?? []).length;
  await page.getByRole('button', { name: 'Add decision', exact: true }).click();
  d = await doc(page);
  expect(d.decisions).toHaveLength(before + 1);
  await expect(node(page, d.decisions.at(-1)!.name)).toHaveCount(1);
  // Undo takes the additions back one by one, Redo brings the last back
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  expect((await doc(page)).decisions).toHaveLength(before);
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  expect((await doc(page)).decisions).toHaveLength(before + 1);
  expect(errors).toEqual([]);
});

test('palette on an empty design: a step with no stage to go to breaks nothing; a stage then a step build a design', async ({ page }) => {
  const errors = watchErrors(page);
  await openNew(page);
  await page.getByRole('button', { name: 'Add background step', exact: true }).click();
  await page.getByRole('button', { name: 'Add interactive step', exact: true }).click();
  await page.getByRole('button', { name: 'Add stage', exact: true }).click();
  await page.getByRole('button', { name: 'Add background step', exact: true }).click();
  const d = await doc(page);
  expect(d.stages.length).toBeGreaterThanOrEqual(1);
  expect(d.stages.at(-1)!.steps.length).toBeGreaterThanOrEqual(1);
  expect(errors).toEqual([]);
});

test('palette by drag: a stage dropped on the pane, a step dropped on a stage goes into that stage', async ({ page }) => {
  await openDesign(page, mainDesign);
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  await page.getByRole('button', { name: 'Add stage', exact: true }).dragTo(pane, { targetPosition: { x: box.width - 40, y: box.height - 40 }, force: true });
  expect((await doc(page)).stages).toHaveLength(4);
  const fulfil = node(page, 'Fulfil');
  // the view glides to the new stage, starting a frame or two after the drop: aim once the stage
  // has stood still for two reads in a row 250 ms apart (one read right after the drop could come
  // before the glide began, and the step then landed beside the stage)
  let fb = (await fulfil.boundingBox())!;
  let stillReads = 0;
  await expect.poll(async () => {
    const now = (await fulfil.boundingBox())!;
    stillReads = now.x === fb.x && now.y === fb.y ? stillReads + 1 : 0;
    fb = now;
    return stillReads;
  }, { intervals: [250] }).toBeGreaterThanOrEqual(2);
  await page.getByRole('button', { name: 'Add background step', exact: true }).dragTo(fulfil, { targetPosition: { x: fb.width / 2, y: fb.height - 8 }, force: true });
  expect((await doc(page)).stages.find((s) => s.name === 'Fulfil')!.steps).toHaveLength(2);
});

test('Properties speaks an admin\'s words: Label, API Name, When to start, Run as, Flow; a new label and API name reach the document and the node id', async ({ page }) => {
  await openDesign(page, mainDesign);
  await node(page, 'Check').click();
  const panel = page.getByRole('complementary', { name: 'Properties' });
  for (const label of ['Label', 'API Name', 'When to start', 'Run as', 'Flow']) await expect(panel.getByLabel(label, { exact: true }).first(), label).toBeVisible();
  await panel.getByLabel('Label', { exact: true }).fill('Check the order');
  await panel.getByLabel('Label', { exact: true }).press('Tab');
  await expect.poll(async () => (await doc(page)).stages[0]!.steps[0]!.label).toBe('Check the order');
  await panel.getByLabel('API Name', { exact: true }).fill('Check_Order');
  await panel.getByLabel('API Name', { exact: true }).press('Tab');
  await expect(node(page, 'Check_Order')).toHaveCount(1);
  await expect(node(page, 'Check')).toHaveCount(0);
  expect((await doc(page)).stages[0]!.steps[0]!.name).toBe('Check_Order');
});

test('Tidy up and Fit view leave the design\'s elements as they were; Tidy up is undoable', async ({ page }) => {
  await openDesign(page, { ...mainDesign, layout: { Intake: { x: 900, y: 900 }, Fulfil: { x: -400, y: 30 } } });
  const before = await doc(page);
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  expect(await doc(page)).toEqual(before);
  await page.getByRole('button', { name: 'Tidy up', exact: true }).click();
  const tidied = await doc(page);
  // layout (and layoutVersion, a Stageflow addition: docs/canvas.md) is all Tidy up may change
  expect({ ...tidied, layout: undefined, layoutVersion: undefined }).toEqual({ ...before, layout: undefined });
  expect(tidied.layout).not.toEqual(before.layout);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  expect(await doc(page)).toEqual(before);
  for (const s of ['Intake', 'Fulfil', 'Close']) await expect(node(page, s)).toBeVisible();
});

test('a loaded design is one undo step and the run of an undone design is the design before', async ({ page }) => {
  await openDesign(page, mainDesign);
  const r = await load(page, { ...mainDesign, variables: [{ name: 'amount', type: 'Number', value: 50 }] });
  expect(r.ok).toBe(true);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await pressRun(page);
  const t = await page.evaluate(() => window.stageflow.getTrace()) as { steps: Record<string, unknown> };
  expect(Object.keys(t.steps)).toContain('Ship');
  expect(Object.keys(t.steps)).not.toContain('Archive');
});
