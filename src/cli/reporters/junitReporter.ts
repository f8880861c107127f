/**
 * `stageflow test --reporter junit`: JUnit XML as Jenkins, GitLab, GitHub test-report actions,
 * Azure DevOps and CircleCI read it — `<testsuites>` with one `<testsuite>` per design (name = its
 * file) and one `<testcase>` per scenario (classname = the design's API name, name = the
 * scenario's name, time in seconds); a failed scenario has one `<failure message type>` whose text
 * lists every failed expectation; a scenario or design that could not run has an `<error>`, and so
 * does a path or manifest entry that could not be read (a testsuite named after it, one testcase
 * `input`).
 */
import { totalsOf, type ScenarioResult, type SuiteResult } from '../run/results';

// XML 1.0 allows tab, line feed, carriage return and characters from U+0020 on, but no other
// controls, no U+FFFE/U+FFFF and no half of a surrogate pair: those are dropped.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g; // eslint-disable-line no-control-regex

const MARKUP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;', '\n': '&#10;', '\t': '&#9;' };

/**
 * Text safe inside an XML element: markup escaped, and a carriage return as `&#13;`, since a reader
 * turns a raw one (or CR LF) into a line feed.
 */
export function xmlEscape(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"'\r]/g, (c) => MARKUP[c]!);
}

/**
 * Text safe inside an XML attribute: as in an element, and line feeds and tabs as `&#10;` and
 * `&#9;` too, since a reader turns a raw one into a space (XML 1.0 §3.3.3), so a scenario named on
 * two lines would come back as one.
 */
export function xmlAttributeEscape(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"'\r\n\t]/g, (c) => MARKUP[c]!);
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values).map(([k, v]) => ` ${k}="${xmlAttributeEscape(String(v))}"`).join('');
}

function failureText(s: ScenarioResult): string {
  return s.expectations.filter((e) => !e.pass).map((e) => `expected ${e.expected}\nactual   ${e.actual}${e.why ? `\nwhy      ${e.why}` : ''}`).join('\n\n');
}

function testcase(suite: SuiteResult, s: ScenarioResult): string {
  const head = `    <testcase${attributes({ name: s.name, classname: suite.name ?? suite.label, time: seconds(s.timeMs), file: s.file })}`;
  // warnings of a scenario that ran (a project flow that took its stand-in) go with it, so CI shows them
  const out = s.problems.length > 0 ? `\n      <system-out>${xmlEscape(s.problems.join('\n'))}</system-out>` : '';
  if (s.status === 'passed') return out ? `${head}>${out}\n    </testcase>` : `${head}/>`;
  if (s.status === 'error') {
    return `${head}>\n      <error${attributes({ message: s.problems[0] ?? 'could not run', type: 'InvalidInput' })}>${xmlEscape(s.problems.join('\n'))}</error>\n    </testcase>`;
  }
  const failed = s.expectations.filter((e) => !e.pass);
  const message = failed.length === 1 ? failed[0]!.detail : `${failed.length} expectations failed; first: ${failed[0]!.detail}`;
  return `${head}>\n      <failure${attributes({ message, type: 'ExpectationFailed' })}>${xmlEscape(failureText(s))}</failure>${out}\n    </testcase>`;
}

function testsuite(suite: SuiteResult): string {
  const cases = suite.name === null
    ? [`    <testcase${attributes({ name: suite.unreadable ? 'input' : 'design', classname: suite.label, time: seconds(0) })}>\n      <error${attributes({ message: suite.problems[0] ?? 'could not load the design', type: 'InvalidInput' })}>${xmlEscape(suite.problems.join('\n'))}</error>\n    </testcase>`]
    : suite.scenarios.map((s) => testcase(suite, s));
  const t = totalsOf([suite]);
  const head = `  <testsuite${attributes({ name: suite.label, tests: suite.name === null ? 1 : t.scenarios, failures: t.failed, errors: t.errors, skipped: 0, time: seconds(t.timeMs) })}`;
  return cases.length === 0 ? `${head}/>` : `${head}>\n${cases.join('\n')}\n  </testsuite>`;
}

/** The JUnit XML document. */
export function junitReport(suites: readonly SuiteResult[]): string {
  const t = totalsOf(suites);
  const tests = t.scenarios + suites.filter((s) => s.name === null).length;
  const head = `<testsuites${attributes({ name: 'stageflow test', tests, failures: t.failed, errors: t.errors, skipped: 0, time: seconds(t.timeMs) })}>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}\n${suites.map(testsuite).join('\n')}\n</testsuites>\n`;
}
