// Sums the Vitest and Playwright JSON reports into the one line CI reads: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

// A report cut short (its stage killed while writing it) is as good as none: a stack trace here would
// take the place of the last line CI reads.
const read = (f) => {
  if (!existsSync(f)) return null;
  try {
    return JSON.parse(readFileSync(f, 'utf8'));
  } catch {
    console.error(`test-summary: ${f} is not JSON (cut short?)`);
    return null;
  }
};
let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
const v = read('reports/vitest.json');
if (v) {
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + v.numTodoTests;
} else missing.push('vitest');
const p = read('reports/playwright.json');
if (p) {
  passed += p.stats.expected + p.stats.flaky;
  failed += p.stats.unexpected + (p.errors?.length ?? 0);
  skipped += p.stats.skipped;
} else missing.push('playwright');
// A stage that wrote no readable report did not run or stopped short (an earlier stage failed, e.g. Vitest's unhandled errors,
// which its JSON report does not count): it counts as one failure, so the line never reads "0 failed"
// for a run that stopped short.
if (missing.length) {
  console.error(`test-summary: no report from ${missing.join(', ')} (that stage did not run; counted as failed)`);
  failed += missing.length;
}
console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ''));
process.exit(failed > 0 || missing.length ? 1 : 0);
