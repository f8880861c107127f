/**
 * Outside suite round 5 (src/cli/__fixtures__/spec-audit/README.md, "Round 67"): the browser half
 * of the m* designs, written from SEMANTICS.md alone with their traces predicted before the engine
 * ran them. Each design is loaded through window.stageflow.loadDocument and run to its end, and
 * getTrace() must be the trace `stageflow simulate` gives for the same file — as loaded (no
 * scenario), and, when the case has one, under its scenario added from its file — with each
 * node's final data-status. The refused design must be refused with the command line's message.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { nodeIo } from '../src/cli/nodeIo';
import { stageflow } from '../src/cli/stageflow';
import { node } from './helpers';

const AUDIT = 'src/cli/__fixtures__/spec-audit';
const CASES = readdirSync(AUDIT, { withFileTypes: true }).filter((e) => e.isDirectory() && /^m\d\d_/.test(e.name)).map((e) => e.name).sort();

interface Trace { stages: Record<string, { status: string }>; steps: Record<string, { status: string; runAs: { user: string } | null }> }

/** `stageflow simulate <design> [--scenario <file>]` in this process: its trace, or its stderr lines. */
async function simulate(dir: string, withScenario: boolean): Promise<{ code: number; trace: Trace | null; lines: string[] }> {
  let out = '';
  let err = '';
  const argv = ['simulate', `${dir}/design.json`, ...(withScenario ? ['--scenario', `${dir}/scenario.json`] : [])];
  const code = await stageflow(argv, { ...nodeIo, stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, stdoutDrained: undefined });
  return { code, trace: code === 0 ? JSON.parse(out) as Trace : null, lines: err.split('\n').filter(Boolean) };
}

/** Run, then the Timeline at its end (End on the slider): the whole run is on screen. */
async function runToEnd(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await expect(slider).toBeEnabled({ timeout: 15_000 });
  await slider.focus();
  await page.keyboard.press('End');
}

/** The trace on screen is the command line's, and every started stage and step shows its final status. */
async function sameAsCli(page: Page, expected: Trace, what: string): Promise<void> {
  expect(await page.evaluate(() => window.stageflow.getTrace()), `${what}: getTrace`).toEqual(expected);
  for (const [name, s] of Object.entries(expected.stages)) await expect(node(page, name), `${what}: ${name}`).toHaveAttribute('data-status', s.status);
  for (const [name, s] of Object.entries(expected.steps)) {
    await expect(node(page, name), `${what}: ${name}`).toHaveAttribute('data-status', s.status);
    if (s.runAs) await expect(node(page, name), `${what}: ${name}`).toHaveAttribute('data-run-as', s.runAs.user);
  }
}

test('round 5 has its sixteen designs', () => {
  expect(CASES).toHaveLength(16);
});

for (const name of CASES) {
  const dir = `${AUDIT}/${name}`;
  test(`${name}: loaded through the hook, run to the end, the same trace as stageflow simulate`, async ({ page }) => {
    const text = readFileSync(`${dir}/design.json`, 'utf8');
    await page.goto('/?new');
    await expect(page.getByRole('button', { name: 'Add stage', exact: true })).toBeVisible({ timeout: 20_000 });
    const loaded = await page.evaluate((t) => window.stageflow.loadDocument(t), text);

    if (existsSync(`${dir}/problems.txt`)) {
      // refused as the command line refuses it, at the same path with the same message
      const cli = await simulate(dir, false);
      expect(cli.code).toBe(2);
      expect(loaded.ok).toBe(false);
      const shown = loaded.problems.filter((p) => p.severity !== 'warning').map((p) => `${dir}/design.json: ${p.path}: ${p.message}`);
      expect(shown).toEqual(cli.lines);
      expect(readFileSync(`${dir}/problems.txt`, 'utf8').trim()).toBe(cli.lines.join('\n').replace(`${dir}/`, ''));
      return;
    }
    expect(loaded.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
    expect(loaded.ok).toBe(true);
    expect(await page.evaluate(() => window.stageflow.getDocument())).toEqual(JSON.parse(text));

    // as loaded: the default scenario, as `simulate design.json`
    const plain = await simulate(dir, false);
    expect(plain.code).toBe(0);
    await runToEnd(page);
    await sameAsCli(page, plain.trace!, `${name} as loaded`);
    await page.getByRole('button', { name: 'Exit run' }).click();
    if (!existsSync(`${dir}/scenario.json`)) {
      expect(plain.trace).toEqual(JSON.parse(readFileSync(`${dir}/trace.json`, 'utf8')));
      return;
    }

    // under its scenario, added from its file: as `simulate design.json --scenario scenario.json`, the kept trace
    const scenario = await simulate(dir, true);
    expect(scenario.trace).toEqual(JSON.parse(readFileSync(`${dir}/trace.json`, 'utf8')));
    await page.getByRole('button', { name: 'Scenarios' }).click();
    const dialog = page.getByRole('dialog', { name: 'Scenarios' });
    await dialog.locator('input[type=file]').setInputFiles(`${dir}/scenario.json`);
    await expect(dialog.getByRole('status').filter({ hasText: /^Added/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await runToEnd(page);
    await sameAsCli(page, scenario.trace!, `${name} under its scenario`);
  });
}
