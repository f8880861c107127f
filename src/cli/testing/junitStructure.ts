/**
 * Test support: checks a JUnit XML document against the rules of the JUnit schema that CI servers
 * read (Jenkins' junit-10.xsd, itself the Ant JUnit format; GitLab, GitHub test-report actions,
 * Azure DevOps and CircleCI read the same): `<testsuites>` of `<testsuite name tests [failures]
 * [errors] [skipped] [time]>` of `<testcase name classname [time]>`, each with at most one of
 * `<failure>`/`<error>`/`<skipped>` (message and type attributes, text body), numbers where
 * numbers go, and counts that add up. Returns the broken rules (empty: valid).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

type Node = Record<string, unknown>;

const list = (value: unknown): Node[] => (value === undefined ? [] : (Array.isArray(value) ? value : [value]) as Node[]);
const isInt = (v: unknown) => typeof v === 'string' && /^\d+$/.test(v);
const isDecimal = (v: unknown) => typeof v === 'string' && /^\d+(\.\d+)?$/.test(v);

const CASE_CHILDREN = new Set(['failure', 'error', 'skipped', 'system-out', 'system-err']);

function checkCase(tc: Node, where: string, broken: string[]): { failed: boolean; errored: boolean } {
  for (const attr of ['@_name', '@_classname']) if (typeof tc[attr] !== 'string' || tc[attr] === '') broken.push(`${where}: ${attr.slice(2)} is required`);
  if (tc['@_time'] !== undefined && !isDecimal(tc['@_time'])) broken.push(`${where}: time must be a decimal number of seconds`);
  const children = Object.keys(tc).filter((k) => !k.startsWith('@_'));
  for (const child of children) if (!CASE_CHILDREN.has(child)) broken.push(`${where}: <${child}> is not allowed in a testcase`);
  const outcomes = children.filter((c) => c === 'failure' || c === 'error' || c === 'skipped');
  if (outcomes.length > 1 || outcomes.some((c) => list(tc[c]).length > 1)) broken.push(`${where}: at most one failure, error or skipped`);
  for (const kind of ['failure', 'error'] as const) {
    for (const f of list(tc[kind])) if (typeof f['@_message'] !== 'string' || typeof f['@_type'] !== 'string') broken.push(`${where}.${kind}: message and type attributes are expected`);
  }
  return { failed: tc.failure !== undefined, errored: tc.error !== undefined };
}

/** The rules `xml` breaks; an empty list means it is a valid JUnit report. */
export function junitStructureProblems(xml: string): string[] {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`not well-formed XML: ${wellFormed.err.msg} at ${wellFormed.err.line}:${wellFormed.err.col}`];
  const doc = new XMLParser({ ignoreAttributes: false, parseAttributeValue: false, textNodeName: '#text', isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(xml) as Node;
  const broken: string[] = [];
  const root = doc.testsuites as Node | undefined;
  if (!root) return ['the root element must be <testsuites>'];
  let sums = { tests: 0, failures: 0, errors: 0 };
  list(root.testsuite).forEach((suite, i) => {
    const where = `testsuite[${i}]`;
    if (typeof suite['@_name'] !== 'string' || suite['@_name'] === '') broken.push(`${where}: name is required`);
    if (!isInt(suite['@_tests'])) broken.push(`${where}: tests must be a whole number`);
    for (const attr of ['@_failures', '@_errors', '@_skipped']) if (suite[attr] !== undefined && !isInt(suite[attr])) broken.push(`${where}: ${attr.slice(2)} must be a whole number`);
    if (suite['@_time'] !== undefined && !isDecimal(suite['@_time'])) broken.push(`${where}: time must be a decimal number of seconds`);
    const cases = list(suite.testcase).map((tc, j) => checkCase(tc, `${where}.testcase[${j}]`, broken));
    const counts = { tests: cases.length, failures: cases.filter((c) => c.failed).length, errors: cases.filter((c) => c.errored).length };
    for (const [key, value] of Object.entries(counts)) {
      if (suite[`@_${key}`] !== undefined && Number(suite[`@_${key}`]) !== value) broken.push(`${where}: ${key}="${String(suite[`@_${key}`])}" but it holds ${value}`);
    }
    sums = { tests: sums.tests + counts.tests, failures: sums.failures + counts.failures, errors: sums.errors + counts.errors };
  });
  for (const [key, value] of Object.entries(sums)) {
    if (root[`@_${key}`] !== undefined && Number(root[`@_${key}`]) !== value) broken.push(`testsuites: ${key}="${String(root[`@_${key}`])}" but its suites hold ${value}`);
  }
  return broken;
}
