/**
 * CI's last line (`.ci/run`, scripts/test-summary.mjs) sums the Vitest and Playwright JSON reports.
 * A stage that wrote no report did not run — npm test stopped before it — so it counts as a failure:
 * the line read "3237 passed, 0 failed" for a run whose Playwright stage never ran (0601fe2).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./test-summary.mjs', import.meta.url));
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const vitest = { numPassedTests: 3, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0 };
const playwright = { stats: { expected: 2, flaky: 0, unexpected: 0, skipped: 0 }, errors: [] };

/** Runs the summary in a checkout whose reports folder holds `reports`; its last line and exit code. */
function summary(reports: Record<string, unknown>): { line: string; status: number | null } {
  const dir = mkdtempSync(join(tmpdir(), 'stageflow-summary-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'reports'));
  for (const [name, report] of Object.entries(reports)) writeFileSync(join(dir, 'reports', name), typeof report === 'string' ? report : JSON.stringify(report));
  const run = spawnSync(process.execPath, [script], { cwd: dir, encoding: 'utf8' });
  return { line: run.stdout.trim().split('\n').at(-1) ?? '', status: run.status };
}

it('both reports: their tests summed, exit 0 when none failed', () => {
  expect(summary({ 'vitest.json': vitest, 'playwright.json': playwright })).toEqual({ line: '5 passed, 0 failed', status: 0 });
});

it('no Playwright report (the stage never ran): one failure counted, never "0 failed", exit 1', () => {
  expect(summary({ 'vitest.json': vitest })).toEqual({ line: '3 passed, 1 failed', status: 1 });
});

it('no report at all: two failures, exit 1', () => {
  expect(summary({})).toEqual({ line: '0 passed, 2 failed', status: 1 });
});

it('a report cut short (its stage killed while writing it): counted as missing, the last line still the sum, no stack trace', () => {
  const cut = JSON.stringify(playwright).slice(0, 20);
  expect(summary({ 'vitest.json': vitest, 'playwright.json': cut })).toEqual({ line: '3 passed, 1 failed', status: 1 });
});
