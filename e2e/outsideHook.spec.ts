/**
 * Round 2 of the outside suite (src/cli/__fixtures__/spec-audit/README.md): UI-CONTRACT.md's test
 * hook and canvas attributes, each case written from docs/spec/ before the app's code was read.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { MAIN, STATUSES, errorDesign, discontinuedDesign, keptTrace, kindOf, load, mainDesign, node, openDesign, openNew, pressRun, watchErrors } from './outsideDesigns';

test('window.stageflow is there in the production build: a version string, a frozen object, all four members', async ({ page }) => {
  const errors = watchErrors(page);
  await openNew(page);
  const shape = await page.evaluate(() => {
    const h = window.stageflow as unknown as Record<string, unknown>;
    const before = h.getDocument;
    try { h.getDocument = () => null; } catch { /* strict mode: a frozen object throws on assignment */ }
    return {
      frozen: Object.isFrozen(h), kept: h.getDocument === before,
      types: ['getDocument', 'loadDocument', 'getTrace', 'version'].map((k) => typeof h[k]),
      version: h.version,
    };
  });
  expect(shape.frozen).toBe(true);
  expect(shape.kept).toBe(true);
  expect(shape.types).toEqual(['function', 'function', 'function', 'string']);
  // the app's version: the package's
  expect(shape.version).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  expect(errors).toEqual([]);
});

test('getDocument is a copy: changing what it returned changes neither the design nor the canvas', async ({ page }) => {
  await openDesign(page, mainDesign);
  const first = await page.evaluate(() => {
    const d = window.stageflow.getDocument() as unknown as { label: string; stages: { name: string; steps: unknown[] }[] };
    d.label = 'changed'; d.stages[0]!.steps.length = 0; d.stages.pop();
    return window.stageflow.getDocument();
  });
  expect(first).toEqual(mainDesign);
  await expect(node(page, 'Close')).toBeVisible();
  await expect(node(page, 'Check')).toBeVisible();
});

test('loadDocument never throws, whatever it is handed: cycles, throwing getters, deep nesting, __proto__, a scenario', async ({ page }) => {
  const errors = watchErrors(page);
  await openDesign(page, mainDesign);
  const answers = await page.evaluate(() => {
    const cyclic: Record<string, unknown> = { format: 'stageflow.orchestration', version: 1, name: 'Cyc', stages: [] };
    cyclic.self = cyclic;
    const trap = { format: 'stageflow.orchestration', version: 1, name: 'Trap', get stages(): never { throw new Error('getter says no'); } };
    let deep: unknown = {};
    for (let i = 0; i < 5000; i++) deep = { stages: [deep] };
    const cases: unknown[] = [
      undefined, true, Symbol('s'), () => 1, cyclic, trap, { format: 'stageflow.orchestration', version: 1, ...(deep as object) },
      '{"format":"stageflow.orchestration","version":1,"name":"P","stages":[],"__proto__":{"polluted":true}}',
      '[' .repeat(200_000), { format: 'stageflow.orchestration', version: 2, name: 'V2', stages: [] },
      { format: 'stageflow.scenario', version: 1, name: 's' }, new Proxy({}, { get() { throw new Error('proxy says no'); }, ownKeys() { throw new Error('no keys'); } }),
    ];
    return cases.map((c) => {
      try {
        const r = window.stageflow.loadDocument(c as never);
        return { ok: r.ok, problems: r.problems.length, described: r.problems.every((p) => typeof p.message === 'string' && p.message.length > 0 && typeof p.path === 'string') };
      } catch (e) { return { threw: String(e) }; }
    });
  });
  for (const [i, a] of answers.entries()) {
    expect(a, `case ${i}`).toMatchObject({ ok: false, described: true });
    expect((a as { problems: number }).problems, `case ${i}`).toBeGreaterThan(0);
  }
  expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
  // the design open before is still the one open
  expect(await page.evaluate(() => window.stageflow.getDocument())).toEqual(mainDesign);
  expect(errors).toEqual([]);
});

test('getTrace is null in the editor, the run\'s trace while it is shown, and null again after Exit run', async ({ page }) => {
  await openDesign(page, mainDesign);
  expect(await page.evaluate(() => window.stageflow.getTrace())).toBeNull();
  await pressRun(page);
  const trace = await page.evaluate(() => window.stageflow.getTrace()) as { format: string; run: { status: string; endedAt: number }; steps: Record<string, { status: string; runAs: { user: string } | null }> };
  expect(trace.format).toBe('stageflow.trace');
  // SEMANTICS: Intake's three steps done by 2000, Route → Big → Fulfil, Ship 2000 → 4000
  expect(trace.run).toMatchObject({ status: 'Completed', endedAt: 4000 });
  expect(trace.steps.Review!.runAs!.user).toBe('mgr');
  expect(trace.steps.As_Jdoe!.runAs!.user).toBe('jdoe');
  expect(Object.keys(trace.steps)).not.toContain('Archive');
  // the run on screen is the one the command line gives
  expect(trace).toEqual(keptTrace(MAIN));
  await page.getByRole('button', { name: 'Exit run', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
  expect(await page.evaluate(() => window.stageflow.getTrace())).toBeNull();
});

test('every stage, step and decision is the node whose data-id is its API name, with its data-kind, in every sample', async ({ page }) => {
  const index = JSON.parse(readFileSync('public/samples/index.json', 'utf8')) as { name: string }[];
  let decisions = 0;
  for (const { name } of [...index, { name: '' }]) {
    const doc = name ? JSON.parse(readFileSync(`public/samples/${name}.json`, 'utf8')) : mainDesign;
    if (name) await page.goto(`/?sample=${name}`); else await openDesign(page, mainDesign);
    for (const stage of doc.stages) {
      await expect(node(page, stage.name), `${name}: ${stage.name}`).toHaveCount(1);
      expect(await kindOf(page, stage.name), `${name}: ${stage.name}`).toBe('stage');
      for (const step of stage.steps) expect(await kindOf(page, step.name), `${name}: ${step.name}`).toBe(step.kind);
    }
    for (const d of doc.decisions ?? []) { decisions++; expect(await kindOf(page, d.name), `${name}: ${d.name}`).toBe('decision'); }
  }
  expect(decisions).toBeGreaterThan(0);
});

test('run mode: every stage and step node carries a contract status from t=0 on; editing shows none', async ({ page }) => {
  await openDesign(page, mainDesign);
  const all = ['Intake', 'Fulfil', 'Close', 'Check', 'Wait_Long', 'Review', 'As_Jdoe', 'Ship', 'Archive'];
  for (const n of all) await expect(node(page, n), n).not.toHaveAttribute('data-status', /.*/);
  await pressRun(page);
  for (const n of all) expect(STATUSES, n).toContain(await node(page, n).getAttribute('data-status'));
  await page.getByRole('button', { name: 'Exit run', exact: true }).click();
  for (const n of all) await expect(node(page, n), n).not.toHaveAttribute('data-status', /.*/);
  for (const n of all) await expect(node(page, n), n).not.toHaveAttribute('data-run-as', /.*/);
});

for (const [title, design, expected, kept] of [
  ['Discontinued (R6: the exit held while Slow ran)', discontinuedDesign, { Only: 'Completed', Quick: 'Completed', Slow: 'Discontinued' }, 'k02_exit_discontinues_running'],
  ['Error (R31: no fault path) and Discontinued', errorDesign, { Work: 'Error', Breaks: 'Error', Slow_Too: 'Discontinued' }, 'k03_error_discontinues_sibling'],
] as const) {
  test(`run mode at the end shows ${title} as data-status, with run-as on every started step`, async ({ page }) => {
    await openDesign(page, design);
    const slider = await pressRun(page);
    await slider.focus();
    await page.keyboard.press('End');
    for (const [n, s] of Object.entries(expected)) await expect(node(page, n), n).toHaveAttribute('data-status', s);
    for (const n of Object.keys(expected).filter((k) => !['Only', 'Work'].includes(k))) await expect(node(page, n), n).toHaveAttribute('data-run-as', '$AutomatedProcessUser');
    expect(await page.evaluate(() => window.stageflow.getTrace())).toEqual(keptTrace(kept));
    // the stage has no run-as: only steps do
    await expect(node(page, Object.keys(expected)[0]!)).not.toHaveAttribute('data-run-as', /.*/);
  });
}

test('a warning alone sets no data-invalid; an error set in Properties marks the step (not its stage) and Run stays in the editor saying what to fix', async ({ page }) => {
  const errors = watchErrors(page);
  // an unreachable stage is a warning (SEMANTICS.md, Validation): the design loads and no node is invalid
  await openNew(page);
  const orphan = { name: 'Orphan', label: 'Orphan', exit: { mode: 'allStepsCompleted' }, steps: [] };
  const r = await load(page, { ...mainDesign, stages: [...mainDesign.stages, orphan] });
  expect(r.ok).toBe(true);
  expect(r.problems.some((p) => p.severity === 'warning')).toBe(true);
  await expect(page.locator('.react-flow__node[data-invalid="true"]')).toHaveCount(0);
  // an interactive step needs an assignee (SEMANTICS.md, Validation): a new one from the palette has none yet
  await node(page, 'Check').click();
  await page.getByRole('button', { name: 'Add interactive step', exact: true }).click();
  const added = (await page.evaluate(() => window.stageflow.getDocument())).stages[0]!.steps.at(-1)!;
  expect(added.kind).toBe('interactive');
  expect(added.assignee).toBeUndefined();
  await expect(node(page, added.name)).toHaveAttribute('data-invalid', 'true');
  await expect(node(page, 'Check')).not.toHaveAttribute('data-invalid', 'true');
  await expect(node(page, 'Intake')).not.toHaveAttribute('data-invalid', 'true');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByText(new RegExp(`assignee`, 'i')).filter({ visible: true }).first()).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Exit run', exact: true })).toHaveCount(0);
  expect(await page.evaluate(() => window.stageflow.getTrace())).toBeNull();
  expect(errors).toEqual([]);
});
