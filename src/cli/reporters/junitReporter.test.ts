import { describe, expect, it } from 'vitest';
import { checkExpectations } from '../../verify/expectations/index';
import { runScenario } from '../../verify/runScenario';
import { routedDesign } from '../../verify/testing/designs';
import type { SuiteResult } from '../run/results';
import { junitStructureProblems } from '../testing/junitStructure';
import { junitReport, xmlEscape } from './junitReporter';

describe('junitReport', () => {
  it('several failed expectations: the message says how many and gives the first; the body lists each with its why', () => {
    // given a scenario with two failed expectations
    const run = runScenario(routedDesign());
    const expectations = checkExpectations([
      { kind: 'runStatus', status: 'Error' },
      { kind: 'stepStatus', step: 'Never', status: 'Completed' },
    ], run);
    const suites: SuiteResult[] = [{ label: 'routed.json', name: 'Test', problems: [], scenarios: [
      { name: 'two <wrong> & "quoted"', file: 'routed.scenario.json', status: 'failed', timeMs: 12.5, run: null, expectations, problems: [], recorded: 0 },
    ] }];
    // when
    const xml = junitReport(suites);
    // then
    expect(junitStructureProblems(xml)).toEqual([]);
    expect(xml).toContain('<testcase name="two &lt;wrong&gt; &amp; &quot;quoted&quot;" classname="Test" time="0.013" file="routed.scenario.json">');
    expect(xml).toContain('<failure message="2 expectations failed; first: expected run ends Error; it is Completed at 2000 ms" type="ExpectationFailed">');
    expect(xml).toContain('expected step Never ends Completed\nactual   it is NotStarted\nwhy      its stage &quot;Big_Stage&quot; completed');
  });

  it('a scenario\'s warnings (a project flow that took its stand-in) go into its testcase\'s <system-out>, passed or failed', () => {
    // given one passed and one failed scenario, each with a warning
    const run = runScenario(routedDesign());
    const failed = checkExpectations([{ kind: 'runStatus', status: 'Error' }], run);
    const warning = 'routed.scenario.json: warning: step Route: flow Route_Case could not be simulated (x < y); the stand-in behaviour was used';
    const suites: SuiteResult[] = [{ label: 'routed.json', name: 'Test', problems: [], scenarios: [
      { name: 'passes', file: 'routed.scenario.json', status: 'passed', timeMs: 1, run: null, expectations: [], problems: [warning], recorded: 0 },
      { name: 'fails', file: 'routed.scenario.json', status: 'failed', timeMs: 1, run: null, expectations: failed, problems: [warning], recorded: 0 },
      { name: 'quiet', file: 'routed.scenario.json', status: 'passed', timeMs: 1, run: null, expectations: [], problems: [], recorded: 0 },
    ] }];
    // when
    const xml = junitReport(suites);
    // then
    expect(junitStructureProblems(xml)).toEqual([]);
    const out = '<system-out>routed.scenario.json: warning: step Route: flow Route_Case could not be simulated (x &lt; y); the stand-in behaviour was used</system-out>';
    expect(xml).toContain(`file="routed.scenario.json">\n      ${out}\n    </testcase>`);
    expect(xml).toMatch(new RegExp(`</failure>\\n      ${out.replace(/[()]/g, '\\$&')}\\n    </testcase>`));
    expect(xml).toContain('<testcase name="quiet" classname="Test" time="0.001" file="routed.scenario.json"/>');
  });

  it('a design that could not be loaded is one testcase with an error', () => {
    const xml = junitReport([{ label: 'broken.json', name: null, problems: ['broken.json: 1:2: not valid JSON'], scenarios: [] }]);
    expect(junitStructureProblems(xml)).toEqual([]);
    expect(xml).toContain('<testsuite name="broken.json" tests="1" failures="0" errors="1" skipped="0" time="0.000">');
    expect(xml).toContain('<error message="broken.json: 1:2: not valid JSON" type="InvalidInput">');
  });

  it('xmlEscape drops characters XML 1.0 cannot hold and escapes markup', () => {
    expect(xmlEscape('a\u0000b\u0007c\td\ne<&>"\'')).toBe('abc\td\ne&lt;&amp;&gt;&quot;&apos;');
  });
});
