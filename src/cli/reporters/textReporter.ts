/**
 * The default report of `stageflow test`, like a test runner's: per design, its warnings under its
 * heading, then one line per scenario (✓ passed, ✗ failed, ! could not run) with its time; under a
 * failed scenario each failed expectation with expected, actual and the step's why; a design or
 * path that could not be read is `!` with why; then one summary line.
 */
import { KEPT_VERBATIM } from '../../io/xml/keptVerbatim';
import { oneLine } from '../fileLabel';
import { totalsOf, type ScenarioResult, type SuiteResult, type Totals } from '../run/results';

const ms = (t: number) => `${Math.round(t)} ms`;

/** A scenario that ran, with no expectations, to a run that ended in Error (the app's Run all says it too). */
const endedInError = (s: ScenarioResult) => s.status !== 'error' && s.expectations.length === 0 && s.recorded === 0 && s.run?.status === 'Error';

function scenarioLines(s: ScenarioResult): string[] {
  if (s.status === 'error') return [`  ! ${oneLine(s.name)} — could not run`, ...s.problems.map((p) => `      ${oneLine(p)}`)];
  // a run that ended in Error passes with nothing expected of it: say so, or ✓ reads as success
  const note = s.recorded > 0 ? `, recorded ${s.recorded} expectations` : s.expectations.length === 0 ? `, no expectations${endedInError(s) ? ', the run ended in Error' : ''}` : '';
  const lines = [`  ${s.status === 'passed' ? '✓' : '✗'} ${oneLine(s.name)} (${ms(s.timeMs)}${note})`, ...s.problems.map((p) => `      ${oneLine(p)}`)];
  if (s.failures) lines.push(`      why      ${oneLine(s.failures)}`);
  for (const e of s.expectations.filter((x) => !x.pass)) {
    lines.push(`      ✗ expected ${e.expected}`, `        actual   ${e.actual}`);
    if (e.why) lines.push(`        why      ${e.why}`);
  }
  if (s.status === 'failed') lines.push(`      in ${oneLine(s.file)}`);
  return lines;
}

function suiteLines(suite: SuiteResult): string[] {
  // Notes on Salesforce elements kept verbatim are about converting the file, not about the run:
  // counted in one line, not listed (a real project has several per orchestration).
  const kept = suite.problems.filter((p) => p.includes(KEPT_VERBATIM)).length;
  const problems = suite.problems.filter((p) => !p.includes(KEPT_VERBATIM)).map((p) => `    ${oneLine(p)}`);
  if (kept > 0) problems.push(`    (${kept} note${kept === 1 ? '' : 's'} on Salesforce elements the model keeps verbatim: stageflow validate lists them)`);
  if (suite.name === null) return [`! ${oneLine(suite.label)} — ${suite.unreadable ? 'could not be read' : 'could not load the design'}`, ...problems];
  const heading = `${oneLine(suite.label)} (${oneLine(suite.name)})`;
  if (suite.scenarios.length === 0) return [`${heading}: no scenarios (add a .scenario.json or a .scenarios/ folder beside it)`, ...problems];
  return [heading, ...problems, ...suite.scenarios.flatMap(scenarioLines)];
}

/**
 * `12 scenarios: 11 passed, 1 failed (2 without expectations, 1 of them ended in Error) in 45 ms`;
 * `inError`: the scenarios without expectations whose run ended in Error.
 */
export function summaryLine(t: Totals, inError = 0): string {
  const parts = [`${t.passed} passed`, `${t.failed} failed`];
  if (t.errors > 0) parts.push(`${t.errors} could not run`);
  const without = t.withoutExpectations > 0 ? `${t.withoutExpectations} without expectations${inError > 0 ? `, ${inError} of them ended in Error` : ''}` : '';
  const notes = [without, t.recorded > 0 ? `${t.recorded} expectations recorded` : ''].filter((n) => n !== '');
  return `${t.scenarios} scenario${t.scenarios === 1 ? '' : 's'}: ${parts.join(', ')}${notes.length ? ` (${notes.join('; ')})` : ''} in ${ms(t.timeMs)}`;
}

/** The whole text report. */
export function textReport(suites: readonly SuiteResult[]): string {
  const blocks = suites.map((s) => suiteLines(s).join('\n'));
  const inError = suites.flatMap((s) => s.scenarios).filter(endedInError).length;
  return `${blocks.join('\n\n')}\n\n${summaryLine(totalsOf(suites), inError)}\n`;
}
