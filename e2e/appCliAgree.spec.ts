/**
 * The app and the `stageflow` command line give the same verdicts on the same files: the test
 * hook's loadDocument problems and `validate`'s, the trace of Run under a scenario added from its
 * file and `simulate --scenario`'s, Export's Flow XML and `convert`'s, and Run all scenarios and
 * `test` on expectations that read final values. A handful of seeded designs (spec-audit cases,
 * a project's orchestration with its flows' elements, generated ones, invalid ones); a wider
 * differential run (hundreds of generated designs) found the divergences fixed with it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, test, type Page } from '@playwright/test';
import { nodeIo } from '../src/cli/nodeIo';
import { stageflow } from '../src/cli/stageflow';
import { orchestrationArbitrary } from '../src/model/testing/arbitraries';
import { exportMenu } from './helpers';

test.describe.configure({ mode: 'serial' });

const AUDIT = 'src/cli/__fixtures__/spec-audit';
let dir = '';
let page: Page;

/** `stageflow <argv>` in this process: exit code, stdout, stderr (the file's own name cut from each line). */
async function cli(argv: string[], file: string) {
  let out = '';
  let err = '';
  const code = await stageflow(argv, { ...nodeIo, stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, stdoutDrained: undefined });
  const lines = err.split('\n').filter(Boolean).map((l) => l.replace(`${file}: `, '')).sort();
  return { code, out, lines };
}

/** The design's problems as the CLI prints them (`path: [warning: ]message`), sorted. */
const problemLines = (problems: { path: string; message: string; severity: string }[]) =>
  problems.map((p) => `${p.path || '(root)'}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`).sort();

/** Writes the design (and its scenario) and compares the app with the CLI on all three verdicts. */
async function agree(name: string, design: string, scenario?: string) {
  const designFile = join(dir, `${name}.json`);
  const scenarioFile = join(dir, `${name}.scenario.json`);
  writeFileSync(designFile, design);
  writeFileSync(scenarioFile, scenario ?? '{ "format": "stageflow.scenario", "version": 1, "name": "as is" }');
  // validation
  const validate = await cli(['validate', designFile], designFile);
  const load = await page.evaluate((t) => window.stageflow.loadDocument(t), design);
  expect(load.ok, `${name}: loadDocument ok`).toBe(validate.code === 0);
  expect(problemLines(load.problems), `${name}: problems`).toEqual(validate.lines);
  if (!load.ok) return;
  // Flow XML
  const xmlFile = join(dir, `${name}.flow-meta.xml`);
  expect((await cli(['convert', designFile, '--out', xmlFile], designFile)).code).toBe(0);
  const [download] = await Promise.all([page.waitForEvent('download'), exportMenu(page, 'Flow XML')]);
  expect(readFileSync((await download.path())!, 'utf8'), `${name}: Flow XML`).toBe(readFileSync(xmlFile, 'utf8'));
  // the trace under the scenario, added from its file as an admin adds it
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scenarios' });
  await dialog.locator('input[type=file]').setInputFiles(scenarioFile);
  await expect(dialog.getByRole('status').filter({ hasText: /^Added/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect.poll(() => page.evaluate(() => window.stageflow.getTrace() !== null)).toBe(true);
  const simulate = await cli(['simulate', designFile, '--scenario', scenarioFile], designFile);
  expect(await page.evaluate(() => window.stageflow.getTrace()), `${name}: trace`).toEqual(JSON.parse(simulate.out));
  await page.getByRole('button', { name: 'Exit run' }).click();
}

test.beforeAll(async ({ browser }) => {
  dir = mkdtempSync(join(tmpdir(), 'stageflow-agree-'));
  page = await browser.newPage();
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage', exact: true })).toBeVisible({ timeout: 20_000 });
});

test.afterAll(async () => {
  await page.close();
  rmSync(dir, { recursive: true, force: true });
});

test('spec-audit designs under their scenarios: the same problems, trace and Flow XML', async () => {
  for (const c of ['c02_fault_closes_workitem', 'c03_suspend_same_time', 'c09_logic_10rows_nested_not', 'c15_evalflow_input', 'd05_retry_interactive', 'd12_runas_api58_chain', 'e01_set_read_by_completed_step']) {
    await agree(c, readFileSync(`${AUDIT}/${c}/design.json`, 'utf8'), readFileSync(`${AUDIT}/${c}/scenario.json`, 'utf8'));
  }
});

test('invalid designs, and a scenario or trace given as a design: the same refusal, problem by problem', async () => {
  for (const c of ['v_logic_unused', 'v_background_screen_flow', 'v_api59_runas_user']) await agree(c, readFileSync(`${AUDIT}/${c}/design.json`, 'utf8'));
  const base = JSON.parse(readFileSync(`${AUDIT}/c02_fault_closes_workitem/design.json`, 'utf8'));
  await agree('duplicate_and_dangling', JSON.stringify({ ...base, name: 'Broken', stages: [...base.stages, { ...base.stages[0], next: 'Nowhere' }] }));
  const scenarioProblems = await page.evaluate(() => window.stageflow.loadDocument('{ "format": "stageflow.scenario", "version": 1 }').problems);
  expect(scenarioProblems.map((p) => p.path)).toEqual(['format']);
});

test('generated designs (the model\'s arbitraries, seeded) and a project orchestration whose flows run their own elements', async () => {
  const designs = fc.sample(orchestrationArbitrary({ maxStages: 4, maxStepsPerStage: 4 }), { seed: 42, numRuns: 3 });
  for (const [i, doc] of designs.entries()) await agree(`generated_${i}`, JSON.stringify({ ...doc, name: `Generated_${i}` }));
  const project = join(dir, 'case-lifecycle.json');
  const converted = await cli(['convert', 'src/io/project/__fixtures__/CaseLifecycle', '--orchestration', 'Case_Lifecycle', '--out', project], project);
  expect(converted.code).toBe(0);
  await agree('case_lifecycle', readFileSync(project, 'utf8'));
});

test('Run all scenarios passes and fails the expectations stageflow test does, values and records included', async () => {
  // given a step whose flow's output goes into a variable, a stage never reached, an org record
  const design = {
    format: 'stageflow.orchestration', version: 1, name: 'Values_Agree', variables: [{ name: 'tracking', type: 'Text' }],
    flows: [{ name: 'F', type: 'autolaunched', outputs: ['no'], behavior: { outputs: { no: 'TRK-9' } } }],
    stages: [{ name: 'S', steps: [{ name: 'Charge', kind: 'background', flow: 'F', outputs: { no: 'tracking' } }] }, { name: 'Never', steps: [{ name: 'Later', kind: 'background', flow: 'F' }] }],
  };
  const scenario = {
    format: 'stageflow.scenario', version: 1, name: 'Values', records: { Order: [{ Id: '801000000000001AAA', Status: 'New' }] },
    expectations: [
      { kind: 'value', target: 'tracking', value: 'TRK-9' },
      { kind: 'value', target: 'tracking', value: 'other' },
      { kind: 'recordField', object: 'Order', id: '801000000000001AAA', field: 'Status', value: 'New' },
      { kind: 'notStarted', step: 'Later', why: 'stage "Never"' },
    ],
  };
  const designFile = join(dir, 'Values_Agree.json');
  writeFileSync(designFile, JSON.stringify(design));
  writeFileSync(join(dir, 'Values_Agree.scenario.json'), JSON.stringify(scenario));
  const report = JSON.parse((await cli(['test', designFile, '--reporter', 'json'], designFile)).out) as unknown;
  const cliPasses = JSON.stringify(report).match(/"pass":(true|false)/g)!.map((m) => m.endsWith('true'));
  expect(cliPasses).toEqual([true, false, true, true]);
  // when the app runs it
  expect((await page.evaluate((d) => window.stageflow.loadDocument(d), JSON.stringify(design))).ok).toBe(true);
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scenarios' });
  await dialog.locator('input[type=file]').setInputFiles(join(dir, 'Values_Agree.scenario.json'));
  await dialog.getByRole('button', { name: 'Run all scenarios' }).click();
  // then the same expectations pass and fail
  const results = dialog.getByRole('status', { name: 'Scenario test results' });
  await expect(results).toContainText('3 passed, 1 failed');
  await expect(results.getByRole('listitem').filter({ hasText: /pass|fail/ })).toHaveText([/^✓ pass/, /^✗ fail/, /^✓ pass/, /^✓ pass/]);
  await page.keyboard.press('Escape');
});
