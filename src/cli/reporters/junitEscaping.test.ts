import { describe, expect, it } from 'vitest';
import { checkExpectations } from '../../verify/expectations/index';
import { runScenario } from '../../verify/runScenario';
import { routedDesign } from '../../verify/testing/designs';
import type { SuiteResult } from '../run/results';
import { junitStructureProblems } from '../testing/junitStructure';
import { elementsNamed, readXml } from '../testing/xmlAsRead';
import { junitReport, xmlAttributeEscape, xmlEscape } from './junitReporter';

// every character XML 1.0 forbids that a name or a message could hold: controls, U+FFFE/U+FFFF, half a surrogate pair
const FORBIDDEN = '\u0000\u0001\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFF\uDFFF\uD800';

function reportOf(name: string, file: string, warning: string): string {
  const run = runScenario(routedDesign());
  const expectations = checkExpectations([{ kind: 'runStatus', status: 'Error' }], run);
  const suites: SuiteResult[] = [
    { label: `designs/${name}.json`, name: `Api${name}`, problems: [], scenarios: [
      { name, file, status: 'failed', timeMs: 1, run: null, expectations, problems: [warning], recorded: 0 },
      { name, file, status: 'error', timeMs: 0, run: null, expectations: [], problems: [warning], recorded: 0 },
    ] },
    { label: `broken ${name}.json`, name: null, problems: [warning], scenarios: [] },
  ];
  return junitReport(suites);
}

describe('junitReport escaping: what a CI server reads back is what was written', () => {
  it('a scenario name on several lines, with tabs and markup, comes back as it was, in every attribute', () => {
    // given a name with a line feed, CR LF, a lone CR, a tab and every markup character
    const name = 'Escalated\nafter 5 days\r\nthen\rclosed\t<late> & "quoted" \'too\'';
    const file = 'scenarios/two\nlines & <more>.json';
    const warning = 'line one\r\nline two\ttabbed <x> & "y" \'z\'';
    // when
    const xml = reportOf(name, file, warning);
    // then the report is valid JUnit, and a reader gets each value back character for character
    expect(junitStructureProblems(xml)).toEqual([]);
    const root = readXml(xml);
    const cases = elementsNamed(root, 'testcase');
    expect(cases.slice(0, 2).map((c) => c.attributes.name)).toEqual([name, name]);
    expect(cases.slice(0, 2).map((c) => c.attributes.file)).toEqual([file, file]);
    expect(elementsNamed(root, 'testsuite').map((s) => s.attributes.name)).toEqual([`designs/${name}.json`, `broken ${name}.json`]);
    expect(cases[0]!.attributes.classname).toBe(`Api${name}`);
    expect(elementsNamed(root, 'error').map((e) => [e.attributes.message, e.text])).toEqual([[warning, warning], [warning, warning]]);
    expect(elementsNamed(root, 'system-out').map((e) => e.text)).toEqual([warning]);
    expect(elementsNamed(root, 'failure')[0]!.text).toBe('expected run ends Error\nactual   it is Completed at 2000 ms');
  });

  it('characters XML 1.0 forbids are dropped from every attribute and text, so the report stays well-formed', () => {
    // given a name and a warning holding each forbidden character
    const name = `a${FORBIDDEN}b`;
    const warning = `w${FORBIDDEN}x & y`;
    // when
    const xml = reportOf(name, `${name}.json`, warning);
    // then
    expect(junitStructureProblems(xml)).toEqual([]);
    const root = readXml(xml);
    expect(elementsNamed(root, 'testcase').slice(0, 2).map((c) => [c.attributes.name, c.attributes.file])).toEqual([['ab', 'ab.json'], ['ab', 'ab.json']]);
    expect(elementsNamed(root, 'system-out').map((e) => e.text)).toEqual(['wx & y']);
    expect(elementsNamed(root, 'error').map((e) => e.attributes.message)).toEqual(['wx & y', 'wx & y']);
  });

  it('a character outside the Basic Multilingual Plane (a whole surrogate pair) is kept', () => {
    expect(xmlAttributeEscape('go 🚀 now')).toBe('go 🚀 now');
    expect(xmlEscape('go 🚀 now')).toBe('go 🚀 now');
  });

  it('in an attribute line feeds, carriage returns and tabs are character references; in text only a carriage return is', () => {
    expect(xmlAttributeEscape('a\nb\rc\td')).toBe('a&#10;b&#13;c&#9;d');
    expect(xmlEscape('a\nb\rc\td')).toBe('a\nb&#13;c\td');
  });
});
