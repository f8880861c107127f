/**
 * Outside suite round 4, continued (outsideContractRules.spec.ts): what a suite written from
 * UI-CONTRACT.md alone does next with the round's designs — lets Play walk a run and watches every
 * node's data-status only ever make the changes SEMANTICS.md's "Legal status changes" allow, loads
 * the next design while a run is on screen, and opens a design of long and unicode names through
 * Import, reading it back in the Properties panel.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { CASES, EMOJI_LABEL, LONG_LABEL, LONG_STAGE, LONG_STEP } from './outsideContractDesigns';
import { statusesAt, type Trace } from './outsideContractCheck';

const byName = (name: string): (typeof CASES)[number] => CASES.find((c) => (c.doc as { name: string }).name === name)!;
const statuses = (page: Page): Promise<Record<string, string | null>> => page.evaluate(() =>
  Object.fromEntries([...document.querySelectorAll('.react-flow__node')].filter((el) => el.getAttribute('data-kind') !== 'decision' && el.firstElementChild?.getAttribute('data-kind') !== 'decision')
    .map((el) => [el.getAttribute('data-id')!, el.getAttribute('data-status')])));

/** SEMANTICS.md "Legal status changes" for stages and steps, without re-entry (no design here enters a stage twice). */
const NEXT: Record<string, string[]> = {
  NotStarted: ['InProgress'], InProgress: ['Completed', 'Error', 'Canceled', 'Suspended', 'Discontinued'],
  Suspended: ['InProgress'], Error: ['InProgress'], Discontinued: ['InProgress'], Completed: [], Canceled: [],
};
/** Whether `to` can follow `from` through legal changes, some perhaps between two reads. */
function reachable(from: string, to: string): boolean {
  const seen = new Set([from]);
  for (let frontier = [from]; frontier.length > 0;) {
    frontier = frontier.flatMap((s) => NEXT[s] ?? []).filter((s) => !seen.has(s));
    for (const s of frontier) seen.add(s);
  }
  return from !== to && seen.has(to);
}

async function openAndLoad(page: Page, doc: unknown): Promise<void> {
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage', exact: true })).toBeVisible();
  expect((await page.evaluate((d) => window.stageflow.loadDocument(d as never), doc)).ok).toBe(true);
}

test('Play walks the fault-path run to its end: each node\'s data-status only changes as SEMANTICS.md allows, and ends as the trace does', async ({ page }) => {
  const c = byName('Faults_And_Decisions');
  await openAndLoad(page, c.doc);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await expect(slider).toBeVisible({ timeout: 15_000 });
  const trace = await page.evaluate(() => window.stageflow.getTrace()) as unknown as Trace;
  const doc = c.doc as { stages: { name: string; steps: { name: string }[] }[] };
  const stepsOf = Object.fromEntries(doc.stages.map((s) => [s.name, s.steps.map((st) => st.name)]));
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const history: Record<string, string[]> = {};
  const wrong: string[] = [];
  for (let i = 0; i < 400; i++) {
    for (const [id, s] of Object.entries(await statuses(page))) {
      const seen = (history[id] ??= []);
      const last = seen.at(-1);
      if (s === null || s === last) continue;
      if (last !== undefined && !reachable(last, s)) wrong.push(`${id}: ${last} → ${s}`);
      seen.push(s);
    }
    if (Number(await slider.inputValue()) === c.expect.lastT && (await statuses(page)).Final === 'Error') break;
    await page.waitForTimeout(50);
  }
  expect(wrong).toEqual([]);
  expect(Number(await slider.inputValue())).toBe(c.expect.lastT);
  await expect.poll(() => statuses(page)).toEqual(statusesAt(trace, stepsOf, c.expect.lastT));
  // Play went through the middle of the run (after the paused start, where nothing has started yet)
  const afterStart = (id: string): string[] => history[id]!.filter((s, i) => i > 0 || s !== 'NotStarted');
  expect(afterStart('Work')).toEqual(['InProgress', 'Error']);
  expect(afterStart('Bad')).toEqual(['InProgress', 'Error']);
  expect(history.Never).toEqual(['NotStarted']);
  // at the end Pause and Play are harmless: nothing moves
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForTimeout(300);
  expect(Number(await slider.inputValue())).toBe(c.expect.lastT);
});

test('loadDocument while a run is on screen opens the new design in the editor: no trace, no status; it then runs to its own trace', async ({ page }) => {
  const first = byName('Faults_And_Decisions');
  const next = byName('Evaluations');
  await openAndLoad(page, first.doc);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('slider', { name: 'Timeline' })).toBeVisible({ timeout: 15_000 });
  const r = await page.evaluate((d) => window.stageflow.loadDocument(d as never), next.doc);
  expect(r.ok).toBe(true);
  expect(await page.evaluate(() => window.stageflow.getDocument())).toEqual(next.doc);
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
  expect(await page.evaluate(() => window.stageflow.getTrace())).toBeNull();
  await expect.poll(() => statuses(page)).toEqual({ Check: null, X: null, Y: null, Empty: null });
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('slider', { name: 'Timeline' })).toBeVisible({ timeout: 15_000 });
  const trace = await page.evaluate(() => window.stageflow.getTrace()) as unknown as Trace;
  expect(trace.run).toMatchObject(next.expect.run);
  expect(Object.keys(trace.stages)).toEqual(['Check', 'Empty']);
});

test('a design of 80-character API names and unicode labels opens through Import as written; labels are text, and Properties shows them whole', async ({ page }) => {
  const c = byName(`O${'rch_1'.repeat(15)}x`);
  const dir = mkdtempSync(join(tmpdir(), 'outside4-'));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
  try {
    const file = join(dir, 'names.json');
    writeFileSync(file, `${JSON.stringify(c.doc, null, 2)}\n`, 'utf8');
    await page.goto('/?new');
    await expect(page.getByRole('button', { name: 'Add stage', exact: true })).toBeVisible();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles(file);
    await expect(page.locator(`.react-flow__node[data-id="${LONG_STEP}"]`)).toBeVisible({ timeout: 15_000 });
    expect(await page.evaluate(() => window.stageflow.getDocument())).toEqual(c.doc);
    // markup in a label is shown as its characters, never made into an element
    const next = page.locator('.react-flow__node[data-id="Next_Stage"]');
    await expect(next).toContainText('<img src=x onerror=alert(1)>');
    expect(await page.locator('.react-flow__node img').count()).toBe(0);
    await expect(page.locator(`.react-flow__node[data-id="${LONG_STEP}"]`)).toContainText(EMOJI_LABEL);
    // the Properties panel holds the whole 255-character label and the 80-character API name
    await page.locator(`.react-flow__node[data-id="${LONG_STEP}"]`).click();
    const panel = page.getByRole('complementary', { name: 'Properties' });
    await expect(panel.getByLabel('API Name', { exact: true })).toHaveValue(LONG_STEP);
    await expect(panel.getByLabel('Label', { exact: true })).toHaveValue(EMOJI_LABEL);
    await page.locator(`.react-flow__node[data-id="${LONG_STAGE}"]`).click({ position: { x: 12, y: 12 } });
    await expect(panel.getByLabel('API Name', { exact: true })).toHaveValue(LONG_STAGE);
    await expect(panel.getByLabel('Label', { exact: true })).toHaveValue(LONG_LABEL);
    expect(LONG_LABEL).toHaveLength(255);
    expect(errors).toEqual([]);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
