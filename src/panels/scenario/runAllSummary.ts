/**
 * The summary line of Run all scenarios and how it reads. The numbers count expectations, as
 * `stageflow test`'s checks do; but "0 passed, 0 failed" in green, when every run ended in Error and
 * none had expectations, read as success (a walkthrough). A run that ended in Error with nothing
 * expected of it is therefore said as such, in the warning style, as `stageflow test`'s text report
 * says it (textReporter.ts). A run that ended in Error and was expected to is a test that passed.
 */
export interface RunAllRow {
  /** the expectations' results: pass or not */
  results: readonly { pass: boolean }[];
  /** why the scenario could not run */
  error?: string;
  /** the run's status (`Completed`, `Error`…), when it ran */
  runStatus?: string;
}

export interface RunAllSummary {
  text: string;
  tone: 'passed' | 'warning' | 'failed';
}

/** "3 passed, 0 failed", then "— 2 runs ended in Error (no expectations)" when some did. */
export function runAllSummary(rows: readonly RunAllRow[]): RunAllSummary {
  const failed = rows.reduce((n, r) => n + r.results.filter((x) => !x.pass).length + (r.error ? 1 : 0), 0);
  const passed = rows.reduce((n, r) => n + r.results.filter((x) => x.pass).length, 0);
  const inError = rows.filter((r) => !r.error && r.runStatus === 'Error' && r.results.length === 0).length;
  const counts = `${passed} passed, ${failed} failed`;
  const note = inError > 0 ? ` — ${inError} run${inError === 1 ? '' : 's'} ended in Error (no expectations)` : '';
  return { text: `${counts}${note}`, tone: failed > 0 ? 'failed' : inError > 0 ? 'warning' : 'passed' };
}
