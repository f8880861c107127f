/**
 * The app as an outside suite drives it, knowing only UI-CONTRACT.md and FORMAT.md (round 63's
 * outside cases, src/cli/__fixtures__/spec-audit/README.md): designs loaded through the test hook
 * come back from getDocument unchanged, run to the trace `stageflow simulate` keeps for them, and
 * show each node's final status and run-as user once the Timeline is at its end; invalid designs
 * get the CLI's problems; every public sample opens from `/?sample=<name>` as its file.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { node } from './helpers';

const AUDIT = 'src/cli/__fixtures__/spec-audit';
interface Trace { stages: Record<string, { status: string }>; steps: Record<string, { status: string; runAs: { user: string } | null }> }
interface Design { name: string; stages: { name: string; next?: string; exit: unknown; steps: { name: string; flow: string }[] }[] }
const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const folders = readdirSync(AUDIT, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
/** The round's cases the app can run as loaded: a trace kept for the default scenario (no scenario file). */
const RUNNABLE = folders.filter((f) => f.startsWith('j') && !existsSync(`${AUDIT}/${f}/scenario.json`));

async function openEmpty(page: Page): Promise<void> {
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
}
async function load(page: Page, design: unknown): Promise<{ ok: boolean; problems: { path: string; message: string; severity: string }[] }> {
  return page.evaluate((d) => window.stageflow.loadDocument(d as never), design);
}
async function runToEnd(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await expect(slider).toBeEnabled({ timeout: 15_000 });
  await slider.focus();
  await page.keyboard.press('End');
}

test('loaded designs round-trip, run to the kept CLI trace, and each node shows its final data-status and data-run-as', async ({ page }) => {
  expect(RUNNABLE.length).toBeGreaterThanOrEqual(5);
  for (const f of RUNNABLE) {
    const design = read<Design>(`${AUDIT}/${f}/design.json`);
    const trace = read<Trace>(`${AUDIT}/${f}/trace.json`);
    await openEmpty(page);
    const loaded = await load(page, design);
    expect(loaded.ok, f).toBe(true);
    expect(loaded.problems.filter((p) => p.severity !== 'warning'), f).toEqual([]);
    expect(await page.evaluate(() => window.stageflow.getDocument()), `${f}: getDocument`).toEqual(design);
    await runToEnd(page);
    expect(await page.evaluate(() => window.stageflow.getTrace()), `${f}: getTrace`).toEqual(trace);
    for (const [name, s] of Object.entries(trace.stages)) await expect(node(page, name), `${f}: ${name}`).toHaveAttribute('data-status', s.status);
    for (const [name, s] of Object.entries(trace.steps)) {
      await expect(node(page, name), `${f}: ${name}`).toHaveAttribute('data-status', s.status);
      // UI-CONTRACT: a step that has started carries data-run-as with the effective user
      if (s.status === 'NotStarted') await expect(node(page, name), `${f}: ${name}`).not.toHaveAttribute('data-run-as', /.*/);
      else await expect(node(page, name), `${f}: ${name}`).toHaveAttribute('data-run-as', s.runAs!.user);
    }
    await page.getByRole('button', { name: 'Exit run' }).click();
  }
});

test('invalid designs: loadDocument answers ok false with the CLI\'s problems and never throws, junk included', async ({ page }) => {
  await openEmpty(page);
  // the validation cases whose design itself is at fault, with what `simulate` printed for them
  const invalid = folders.filter((f) => f.startsWith('v_') && !existsSync(`${AUDIT}/${f}/scenario.json`)).map((f) => {
    const file = ['problems.txt', 'validate.txt'].map((n) => `${AUDIT}/${f}/${n}`).find(existsSync)!;
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => l.replace(/^design\.json: /, ''));
    return { f, design: read<unknown>(`${AUDIT}/${f}/design.json`), lines: lines[0] === 'ok' ? [] : lines };
  });
  expect(invalid.length).toBeGreaterThanOrEqual(30);
  for (const { f, design, lines } of invalid) {
    const answer = await page.evaluate((d) => {
      try { return window.stageflow.loadDocument(d as never); } catch (e) { return { threw: String(e) }; }
    }, design);
    expect('threw' in answer, f).toBe(false);
    const r = answer as Awaited<ReturnType<typeof load>>;
    expect(r.ok, f).toBe(lines.length === 0);
    const shown = r.problems.map((p) => `${p.path}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`);
    for (const line of lines) expect(shown, f).toContain(line);
  }
  const junk = await page.evaluate(() => ['{ not json', '', 'null', '42', '[]', null, 42, [], { format: 'stageflow.scenario', version: 1 }].map((d) => {
    try { const r = window.stageflow.loadDocument(d as never); return `${r.ok}:${r.problems.length > 0}`; } catch (e) { return `threw ${String(e)}`; }
  }));
  expect(junk).toEqual(Array(9).fill('false:true'));
  // a string holding a valid design is read as the object is
  expect(await page.evaluate((t) => window.stageflow.loadDocument(t), readFileSync(`${AUDIT}/${RUNNABLE[0]}/design.json`, 'utf8'))).toEqual({ ok: true, problems: [] });
});

test('every public sample opens from /?sample=<name> and getDocument gives back its file', async ({ page }) => {
  const index = read<{ name: string }[]>('public/samples/index.json');
  expect(index.length).toBeGreaterThanOrEqual(4);
  for (const { name } of index) {
    const file = read<Design>(`public/samples/${name}.json`);
    await page.goto(`/?sample=${name}`);
    await expect.poll(() => page.evaluate(() => window.stageflow.getDocument().name)).toBe(file.name);
    expect(await page.evaluate(() => window.stageflow.getDocument()), name).toEqual(file);
    for (const s of file.stages) await expect(node(page, s.name), `${name}: ${s.name}`).toHaveAttribute('data-kind', 'stage');
  }
});

test('run mode: a stage that never started and its steps carry data-status NotStarted, and no data-run-as', async ({ page }) => {
  // given j01's design with a second stage its first never leaves for (the exit waits for an Error that never comes)
  const base = read<Design>(`${AUDIT}/j01_dates_compare_as_dates/design.json`);
  const first = { ...base.stages[0]!, next: 'Never_Reached', exit: { mode: 'requirements', logic: 'and', requirements: [{ left: 'D.Status', operator: 'EqualTo', right: { string: 'Error' } }] } };
  const never = { name: 'Never_Reached', label: 'Never reached', exit: { mode: 'allStepsCompleted' }, steps: [{ name: 'Z', label: 'Z', kind: 'background', flow: 'F_Sync', start: { mode: 'stageStarts' }, runAs: { mode: 'default' } }] };
  await openEmpty(page);
  expect(await load(page, { ...base, stages: [first, never] })).toEqual({ ok: true, problems: [] });
  // when the run is shown at its end
  await runToEnd(page);
  // then every stage and step node carries the status it shows
  await expect(node(page, base.stages[0]!.name)).toHaveAttribute('data-status', 'InProgress');
  await expect(node(page, 'Never_Reached')).toHaveAttribute('data-status', 'NotStarted');
  await expect(node(page, 'Z')).toHaveAttribute('data-status', 'NotStarted');
  await expect(node(page, 'Z')).not.toHaveAttribute('data-run-as', /.*/);
});

test('Step forward walks the trace: an async step shows InProgress, then Completed with the Timeline at 2000 ms', async ({ page }) => {
  await openEmpty(page);
  expect((await load(page, read(`${AUDIT}/j13_round_declared_order/design.json`))).ok).toBe(true);
  await runToEnd(page);
  await page.getByRole('button', { name: 'Reset' }).click();
  const slider = page.getByRole('slider', { name: 'Timeline' });
  const seen: string[] = [];
  for (let i = 0; i < 20 && !seen.at(-1)?.startsWith('Completed'); i++) {
    const now = `${await node(page, 'Z').getAttribute('data-status')}@${await slider.inputValue()}`;
    if (seen.at(-1) !== now) seen.push(now);
    if (!now.startsWith('Completed')) await page.getByRole('button', { name: 'Step forward' }).click();
  }
  const statuses = seen.map((s) => s.split('@')[0]).filter((s, i, all) => s !== 'NotStarted' && s !== all[i - 1]);
  expect(statuses).toEqual(['InProgress', 'Completed']);
  expect(seen.at(-1)).toBe('Completed@2000');
  await expect(node(page, 'Z')).toHaveAttribute('data-run-as', '$AutomatedProcessUser');
});

test('loadDocument is undoable; a step from the palette by keyboard joins the selected stage and is selected; a design with an error is refused, the open one kept', async ({ page }) => {
  const design = read<Design>(`${AUDIT}/j01_dates_compare_as_dates/design.json`);
  await openEmpty(page);
  const before = await page.evaluate(() => window.stageflow.getDocument());
  expect((await load(page, design)).ok).toBe(true);
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await page.evaluate(() => window.stageflow.getDocument())).toEqual(before);
  await page.getByRole('button', { name: 'Redo' }).click();
  await node(page, 'S1').click({ position: { x: 30, y: 12 } });
  await page.getByRole('button', { name: 'Add background step' }).focus();
  await page.keyboard.press('Enter');
  const doc = await page.evaluate(() => window.stageflow.getDocument());
  expect(doc.stages[0]!.steps).toHaveLength(design.stages[0]!.steps.length + 1);
  const panel = page.getByRole('complementary', { name: 'Properties' });
  await expect(panel.getByLabel('API Name')).toHaveValue(doc.stages[0]!.steps.at(-1)!.name);
  for (const label of ['Label', 'When to start', 'Run as', 'Flow']) await expect(panel.getByLabel(label, { exact: true }).first(), label).toBeVisible();
  // an inactive flow (R25) is an error: an import opens only a file without errors (docs/decisions.md, Imports)
  const inactive = { ...design, stages: [{ ...design.stages[0]!, steps: [{ ...design.stages[0]!.steps[0]!, flow: 'F_Off' }, ...design.stages[0]!.steps.slice(1)] }] };
  const r = await load(page, inactive);
  expect(r.ok).toBe(false);
  expect(r.problems.map((p) => p.path)).toContain('stages[0].steps[0].flow');
  expect(await page.evaluate(() => window.stageflow.getDocument())).toEqual(doc);
  await expect(node(page, design.stages[0]!.steps[0]!.name)).not.toHaveAttribute('data-invalid', 'true');
});
