/** `stageflow test --reporter json`: the results as one JSON document (format `stageflow.testReport`). */
import { totalsOf, type SuiteResult } from '../run/results';

/** Milliseconds to three decimals: what a clock reading means, without a sum's floating-point tail. */
const ms = (timeMs: number): number => Math.round(timeMs * 1000) / 1000;

/** The report as JSON text (2-space indent, trailing newline). */
export function jsonReport(suites: readonly SuiteResult[]): string {
  const totals = totalsOf(suites);
  const report = {
    format: 'stageflow.testReport',
    version: 1,
    summary: { ...totals, timeMs: ms(totals.timeMs) },
    designs: suites.map((suite) => ({
      file: suite.label,
      name: suite.name,
      problems: suite.problems,
      scenarios: suite.scenarios.map((s) => ({
        name: s.name,
        file: s.file,
        status: s.status,
        timeMs: ms(s.timeMs),
        run: s.run,
        recorded: s.recorded,
        problems: s.problems,
        expectations: s.expectations.map((e) => ({ expectation: e.expectation, pass: e.pass, expected: e.expected, actual: e.actual, why: e.why })),
      })),
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
