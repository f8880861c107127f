/**
 * Round 2 of the outside suite: UI-CONTRACT.md's addresses and schemas, Import/Export as a user
 * drives them, invalid input at every door (a clear message, never a blank page), and the keyboard
 * path to a run and back. Written from docs/spec/ before the app's code was read.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { mainDesign, node, openDesign, openNew, pressRun, watchErrors } from './outsideDesigns';

const cli = (...args: string[]): string => execFileSync('node', ['--import', 'tsx', 'src/cli/bin.ts', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
const stages = (page: import('@playwright/test').Page) => page.evaluate(() => window.stageflow.getDocument().stages.length);

test('/?sample=<name> opens the sample with its scenario: the run on screen is `simulate --scenario <name>.scenario.json`', async ({ page }) => {
  const index = JSON.parse(readFileSync('public/samples/index.json', 'utf8')) as { name: string }[];
  for (const { name } of index) {
    const expected = JSON.parse(cli('simulate', `public/samples/${name}.json`, '--scenario', `public/samples/${name}.scenario.json`)) as unknown;
    await page.goto(`/?sample=${name}`);
    await expect.poll(() => page.evaluate(() => window.stageflow.getDocument().stages.length)).toBeGreaterThan(0);
    await pressRun(page);
    expect(await page.evaluate(() => window.stageflow.getTrace()), name).toEqual(expected);
  }
});

test('an unknown sample opens an empty design and says so; a name with markup is shown as text, never run', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/?sample=no-such-sample');
  await expect(page.getByText(/no-such-sample/).first()).toBeVisible();
  expect(await stages(page)).toBe(0);
  await page.goto(`/?sample=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}`);
  await expect(page.getByRole('button', { name: 'Add stage', exact: true })).toBeVisible();
  expect(await stages(page)).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  // a path that climbs out of the samples folder, as a URL sends it
  await page.goto('/?sample=..%2F..%2Fpackage');
  await expect(page.getByRole('button', { name: 'Add stage', exact: true })).toBeVisible();
  expect(await stages(page)).toBe(0);
  expect(errors).toEqual([]);
});

test('/?new is empty; / opens order-fulfilment in a fresh browser, then the design open last time', async ({ page, browser }) => {
  await page.goto('/?new');
  await expect.poll(() => stages(page)).toBe(0);
  const fresh = await browser.newContext();
  const first = await fresh.newPage();
  await first.goto('/');
  await expect.poll(() => first.evaluate(() => window.stageflow.getDocument().name)).toBe(JSON.parse(readFileSync('public/samples/order-fulfilment.json', 'utf8')).name);
  expect((await first.evaluate((d) => window.stageflow.loadDocument(d as never), mainDesign)).ok).toBe(true);
  await first.waitForTimeout(1500);
  await first.goto('/');
  await expect.poll(() => first.evaluate(() => window.stageflow.getDocument().name), { timeout: 10_000 }).toBe('Outside_Two');
  await fresh.close();
});

test('/#design= with a damaged link opens a design and says the link could not be read, never a blank page', async ({ page }) => {
  const errors = watchErrors(page);
  for (const fragment of ['design=', 'design=!!!not-base64***', 'design=AAAAAAAAAAAAAAAA', `design=${'A'.repeat(200_000)}`]) {
    await page.goto(`/?x=${fragment.length}#${fragment}`);
    await expect(page.getByRole('button', { name: 'Run', exact: true }), fragment.slice(0, 20)).toBeVisible();
    expect(await page.evaluate(() => typeof window.stageflow.getDocument().name)).toBe('string');
  }
  expect(errors).toEqual([]);
});

test('the three JSON Schemas are served at /schema/ as docs/schema/ holds them', async ({ request }) => {
  for (const n of ['orchestration', 'scenario', 'trace']) {
    const res = await request.get(`/schema/${n}.schema.json`);
    expect(res.status(), n).toBe(200);
    expect(await res.json(), n).toEqual(JSON.parse(readFileSync(`docs/schema/${n}.schema.json`, 'utf8')));
  }
});

test('Import: a design file opens as it is; a broken file is refused with where and what, the open design kept', async ({ page }) => {
  const errors = watchErrors(page);
  const dir = mkdtempSync(join(tmpdir(), 'outside2-'));
  const good = join(dir, 'good.json');
  writeFileSync(good, JSON.stringify(mainDesign, null, 2));
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{\n  "format": "stageflow.orchestration",\n  "version": 1,\n  "name": "Broken",\n  "stages": [,]\n}\n');
  const doctype = join(dir, 'evil.flow-meta.xml');
  writeFileSync(doctype, '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><Flow xmlns="http://soap.sforce.com/2006/04/metadata"><processType>Orchestrator</processType></Flow>');
  await openNew(page);
  const pick = async (file: string): Promise<void> => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles(file);
    // an import that opens with warnings (or is refused) says so in a report: read, then closed
    const report = page.getByRole('dialog');
    await expect(report).toBeVisible();
    reports.push(await report.innerText());
    await page.keyboard.press('Escape');
    await expect(report).toHaveCount(0);
  };
  const reports: string[] = [];
  await pick(good);
  await expect.poll(() => page.evaluate(() => window.stageflow.getDocument())).toEqual(mainDesign);
  await expect(node(page, 'Review')).toBeVisible();
  await pick(broken);
  expect(reports[1]).toMatch(/5:1[0-9]|line 5/);
  expect(await page.evaluate(() => window.stageflow.getDocument())).toEqual(mainDesign);
  await pick(doctype);
  expect(reports[2]).toMatch(/DOCTYPE/i);
  expect(await page.evaluate(() => window.stageflow.getDocument())).toEqual(mainDesign);
  expect(errors).toEqual([]);
});

test('Export gives the design as FORMAT.md writes it (two-space indent, final newline) and it imports back the same', async ({ page }) => {
  await openDesign(page, mainDesign);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await (await download).path();
  const text = readFileSync(file, 'utf8');
  expect(text.endsWith('}\n')).toBe(true);
  expect(text.split('\n')[1]).toMatch(/^ {2}"format": "stageflow.orchestration",$/);
  expect(JSON.parse(text)).toEqual(await page.evaluate(() => window.stageflow.getDocument()));
  const v = cli('validate', file).trim();
  expect(v.split('\n').filter((l) => !/warning/.test(l))).toEqual(v === 'ok' ? ['ok'] : []);
});

test('the keyboard reaches Run, Step forward and Exit run; focus is never dropped to the page', async ({ page }) => {
  await openDesign(page, mainDesign);
  const run = page.getByRole('button', { name: 'Run', exact: true });
  let reached = false;
  await page.locator('body').focus();
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await run.evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('slider', { name: 'Timeline' })).toBeVisible();
  expect(await page.evaluate(() => document.activeElement && document.activeElement !== document.body)).toBe(true);
  const step = page.getByRole('button', { name: 'Step forward', exact: true });
  await step.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => window.stageflow.getTrace() !== null)).toBe(true);
  await page.getByRole('button', { name: 'Exit run', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(run).toBeVisible();
  expect(await page.evaluate(() => document.activeElement !== null && document.activeElement !== document.body)).toBe(true);
  await pressRun(page);
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => document.activeElement !== null && document.activeElement !== document.body)).toBe(true);
});
