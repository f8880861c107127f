/**
 * The summary line of Run all scenarios and how it reads. The numbers count expectations, as
 * `stageflow test`'s checks do; but "0 passed, 0 failed" in green, when every run ended in Error and
 * none had expectations, read as success (a walkthrough). A run that ended in Error with nothing
 * expected of it is therefore said as such, in the warning style, as `stageflow test`'s text report
 * says it (textReporter.ts). A run that ended in Error and was expected to is a test that passed.
 * Likewise runs that completed with nothing expected of any of them checked nothing: "0 passed, 0
 * failed" in green read as a pass there too, so the summary says that nothing was checked, in a
 * neutral style (neither a pass nor a failure). A run that stalled with nothing expected of it is
 * not neutral, though: a stall is something to look at (a step that never starts), so it is said
 * in the warning style as a run that ended in Error is.
 */
import { STATUS_LABEL, type AnyStatus } from '../../ui/statusStyles';

export interface RunAllRow {
  /** the expectations' results: pass or not */
  results: readonly { pass: boolean }[];
  /** why the scenario could not run */
  error?: string;
  /** the run's status (`Completed`, `Error`…), when it ran */
  runStatus?: string;
  /** the run stopped In progress with nothing left that could change it (R16) */
  stalled?: boolean;
}

export interface RunAllSummary {
  text: string;
  tone: 'passed' | 'warning' | 'failed' | 'neutral';
}

/**
 * "3 passed, 0 failed", then "— 2 runs ended in Error (no expectations)" when some did, "— 1 run
 * stalled (no expectations)" when some stalled, or both: "— 1 run ended in Error, 1 stalled (no expectations)".
 */
export function runAllSummary(rows: readonly RunAllRow[]): RunAllSummary {
  const failed = rows.reduce((n, r) => n + r.results.filter((x) => !x.pass).length + (r.error ? 1 : 0), 0);
  const passed = rows.reduce((n, r) => n + r.results.filter((x) => x.pass).length, 0);
  const unchecked = rows.filter((r) => !r.error && r.results.length === 0);
  const inError = unchecked.filter((r) => r.runStatus === 'Error').length;
  const stalled = unchecked.filter((r) => r.runStatus !== 'Error' && r.stalled === true).length;
  if (passed + failed === 0 && inError + stalled === 0 && rows.length > 0) return { text: nothingChecked(rows), tone: 'neutral' };
  const counts = `${passed} passed, ${failed} failed`;
  const runs = (n: number) => `${n} run${n === 1 ? '' : 's'}`;
  const notes = [inError > 0 ? `${runs(inError)} ended in Error` : null, stalled > 0 ? `${inError > 0 ? stalled : runs(stalled)} stalled` : null].filter((n) => n !== null);
  const note = notes.length > 0 ? ` — ${notes.join(', ')} (no expectations)` : '';
  return { text: `${counts}${note}`, tone: failed > 0 ? 'failed' : inError + stalled > 0 ? 'warning' : 'passed' };
}

/**
 * "No expectations: 3 runs completed, nothing checked"; when some runs did not complete, "No
 * expectations: nothing checked (1 run completed, 1 in progress)" in the status words the run view
 * shows ("InProgress" read as a typo).
 */
function nothingChecked(rows: readonly RunAllRow[]): string {
  const count = (n: number) => `${n} run${n === 1 ? '' : 's'}`;
  const byStatus = new Map<string, number>();
  for (const r of rows) {
    const status = r.runStatus ?? 'not run';
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  }
  if (byStatus.size === 1 && byStatus.has('Completed')) return `No expectations: ${count(rows.length)} completed, nothing checked`;
  const words = (status: string) => (Object.hasOwn(STATUS_LABEL, status) ? STATUS_LABEL[status as AnyStatus] : status).toLowerCase();
  const statuses = [...byStatus].map(([status, n], i) => `${i === 0 ? count(n) : n} ${words(status)}`).join(', ');
  return `No expectations: nothing checked (${statuses})`;
}
