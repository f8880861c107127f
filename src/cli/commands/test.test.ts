import { describe, expect, it } from 'vitest';
import { importScenario } from '../../io/documentImport';
import { exportFlowXml } from '../../io/xml/index';
import { routedDesign } from '../../verify/testing/designs';
import { junitStructureProblems } from '../testing/junitStructure';
import { memoryIo } from '../testing/memoryIo';
import { routedJson, scenarioText } from '../testing/suiteFiles';
import { main } from './test';

const passing = scenarioText('big order', [
  { kind: 'runStatus', status: 'Completed', byMs: 2000 },
  { kind: 'decision', decision: 'Route', outcome: 'Big' },
]);
const wrong = scenarioText('check fails', [
  { kind: 'stepStatus', step: 'Fix', status: 'Completed' },
  { kind: 'stepStatus', step: 'Never', status: 'Completed' },
], { steps: { Check: { outcome: 'error' } } });

/** The routed design's own warning (its work item names no related record), as the report prints it under `file`. */
const reviewWarning = (file: string) => `${file}: stages[0].steps[1].inputs.ActionInput__RecordId: warning: interactive step "Review" has no related record: Salesforce activates an orchestration only when each interactive step names the record its work item is about (Related Record ID, ActionInput__RecordId, such as $Record.Id)`;

function project(extra: Record<string, string> = {}) {
  return memoryIo({ 'd/routed.json': routedJson(), 'd/routed.scenario.json': passing, ...extra });
}

describe('stageflow test', () => {
  it('all expectations hold: one ✓ line per scenario, a summary, exit 0', async () => {
    // given
    const { io, out } = project();
    // when
    const code = await main(['d'], io);
    // then
    expect(code).toBe(0);
    // the design's own warnings under its heading (a stalled scenario is often explained there)
    expect(out.stdout).toBe(`d/routed.json (Test)\n    ${reviewWarning('d/routed.json')}\n  ✓ big order (1 ms)\n\n1 scenario: 1 passed, 0 failed in 1 ms\n`);
    expect(out.stderr).toBe('');
  });

  it('--orchestration runs only the design of that API name (case ignored when no exact match); an unknown one names those found', async () => {
    // given two designs with a scenario each, the other one failing
    const { io, out } = project({ 'e/Other.orchestration.json': routedJson(), 'e/Other.scenario.json': wrong });
    // when
    const picked = await main(['d', 'e', '--orchestration', 'ROUTED'], io);
    const pickedOut = out.stdout;
    const unknown = await main(['d', 'e', '--orchestration', 'Nope'], io);
    // then: only d/routed.json ran, and passed
    expect(picked).toBe(0);
    expect(pickedOut).toContain('✓ big order');
    expect(pickedOut).not.toContain('check fails');
    expect(unknown).toBe(2);
    expect(out.stderr).toBe('test: --orchestration Nope: no design of that name was found; found: Other, routed\n');
  });

  it('a wrong expectation exits 1 naming the scenario, expected vs actual and the step\'s why; correcting it exits 0', async () => {
    // given a scenario whose second expectation is wrong
    const { io, out } = project({ 'd/routed.scenarios/check-fails.json': wrong });
    // when
    const code = await main(['d'], io);
    // then
    expect(code).toBe(1);
    const lines = out.stdout.split('\n');
    expect(lines).toContain('  ✗ check fails (1 ms)');
    expect(lines).toContain('      ✗ expected step Never ends Completed');
    expect(lines).toContain('        actual   it never ran (its stage never started (stage "Big_Stage"))');
    expect(lines).toContain('      in d/routed.scenarios/check-fails.json');
    expect(lines.at(-2)).toBe('2 scenarios: 1 passed, 1 failed in 2 ms');
    // when the expectation is corrected
    const fixed = project({ 'd/routed.scenarios/check-fails.json': wrong.replace('"step": "Never",\n      "status": "Completed"', '"step": "Never",\n      "status": "NotStarted"') });
    // then
    expect(await main(['d'], fixed.io)).toBe(0);
  });

  it('shows the step\'s why under a failed expectation about a step that never started', async () => {
    const scenario = scenarioText('never', [{ kind: 'stepStatus', step: 'Never', status: 'Completed' }]);
    const { io, out } = memoryIo({ 'routed.json': routedJson(), 'routed.scenario.json': scenario });
    expect(await main(['routed.json'], io)).toBe(1);
    expect(out.stdout).toContain('\n        why      its stage "Big_Stage" completed (at 2000 ms) before it started; its start requirements (all must hold) are not met: row 1: amount is 150, needs LessThan 0\n');
  });

  it('an invalid scenario is bad input (exit 2), reported with its problems, and the others still run', async () => {
    const bad = scenarioText('bad', undefined, { steps: { Nope: { outcome: 'error' } } });
    const { io, out } = project({ 'd/routed.scenarios/bad.json': bad, 'd/routed.scenarios/wrong.json': wrong });
    expect(await main(['d'], io)).toBe(2);
    expect(out.stdout).toContain('  ! bad — could not run\n      d/routed.scenarios/bad.json: steps.Nope: the orchestration has no step "Nope"\n');
    expect(out.stdout).toContain('  ✓ big order');
    expect(out.stdout).toContain('3 scenarios: 1 passed, 1 failed, 1 could not run');
  });

  it('an invalid design: its scenarios do not run, exit 2', async () => {
    const { io, out } = memoryIo({ 'x.json': '{ "format": "stageflow.orchestration", "version": 1, "name": "X", "stages": [{ "name": "S", "steps": [], "next": "Gone" }] }', 'x.scenario.json': passing });
    expect(await main(['x.json'], io)).toBe(2);
    expect(out.stdout).toMatch(/^! x\.json — could not load the design\n {4}x\.json: stages\[0\]\.next: /);
  });

  // 2 as FORMAT.md §5 gives bad input: 5 from 2026-12-05 until the spec's list won back (docs/cli.md)
  it('nothing found is bad input (exit 2), 0 with --pass-with-no-scenarios; so are unknown options and reporters', async () => {
    const empty = memoryIo({ 'readme.md': '#' });
    expect(await main([], empty.io)).toBe(2);
    expect(empty.out.stderr).toBe('.: no designs found (an orchestration .json or .flow-meta.xml, a flow with scenarios beside it, or a stageflow.config.json); nothing was tested\n');
    // the safety net does not turn bad input into 5
    expect(await main(['--fail-if-nothing-tested'], memoryIo({ 'readme.md': '#' }).io)).toBe(2);
    const allowed = memoryIo({ 'readme.md': '#' });
    expect(await main(['--pass-with-no-scenarios'], allowed.io)).toBe(0);
    expect(allowed.out.stderr).toBe('.: no designs found (an orchestration .json or .flow-meta.xml, a flow with scenarios beside it, or a stageflow.config.json); nothing was tested (--pass-with-no-scenarios: exit 0)\n');
    const reporter = project();
    expect(await main(['--reporter', 'tap'], reporter.io)).toBe(2);
    expect(reporter.out.stderr).toMatch(/^test: unknown reporter "tap" \(use text, junit or json\)\nusage: stageflow test /);
  });

  // exited 5 from 2026-12-05: outside FORMAT.md §5's list (0 ok, 1 failed, 2 bad input), and what most real SFDX projects gave
  it('designs without any scenario are listed and the run exits 0, a warning saying nothing was tested; --fail-if-nothing-tested exits 5', async () => {
    // given a design whose scenarios are in a misnamed folder (.scenario/ for .scenarios/)
    const files = { 'routed.json': routedJson(), 'routed.scenario/big.json': passing };
    const { io, out } = memoryIo(files);
    // when
    const code = await main([], io);
    // then
    expect(code).toBe(0);
    expect(out.stdout).toBe(`routed.json (Test): no scenarios (add a .scenario.json or a .scenarios/ folder beside it)\n    ${reviewWarning('routed.json')}\n\n0 scenarios: 0 passed, 0 failed in 0 ms\n`);
    // the misnamed folder is named, then the warning
    expect(out.stderr).toBe('routed.scenario: (root): warning: a design\'s folder of scenarios is named routed.scenarios, so the scenarios in this one were not run\n.: (root): warning: no scenarios found (1 design found, none with <name>.scenario.json or <name>.scenarios/*.json beside it, or listed in a stageflow.config.json); nothing was tested (--fail-if-nothing-tested makes that exit 5)\n');
    // when CI asks for the safety net
    const strict = memoryIo(files);
    expect(await main(['--fail-if-nothing-tested'], strict.io)).toBe(5);
    expect(strict.out.stdout).toBe(out.stdout);
    expect(strict.out.stderr).toContain('\n.: (root): no scenarios found (1 design found, none with <name>.scenario.json or <name>.scenarios/*.json beside it, or listed in a stageflow.config.json); nothing was tested (--fail-if-nothing-tested: exit 5)\n');
    // an older script's --pass-with-no-scenarios is still taken, and is the default now
    const allowed = memoryIo(files);
    expect(await main(['--pass-with-no-scenarios'], allowed.io)).toBe(0);
    expect(allowed.out.stdout).toBe(out.stdout);
  });

  it('the report is still written when no scenario ran (a CI server shows the empty run): exit 0, or 5 with --fail-if-nothing-tested', async () => {
    for (const [argv, code] of [[[], 0], [['--fail-if-nothing-tested'], 5]] as const) {
      const { io, out } = memoryIo({ 'routed.json': routedJson() });
      expect(await main(['--reporter', 'junit', '--out', 'junit.xml', ...argv], io)).toBe(code);
      expect(junitStructureProblems(out.written['junit.xml']!)).toEqual([]);
      expect(out.written['junit.xml']).toContain('tests="0"');
      expect(out.stderr).toContain('no scenarios found (1 design found');
    }
  });

  it('--pass-with-no-scenarios and --fail-if-nothing-tested together ask for opposite things: a usage error (exit 2)', async () => {
    const { io, out } = memoryIo({ 'routed.json': routedJson() });
    expect(await main(['--pass-with-no-scenarios', '--fail-if-nothing-tested'], io)).toBe(2);
    expect(out.stderr).toMatch(/^test: --pass-with-no-scenarios and --fail-if-nothing-tested ask for opposite things; give one\nusage: stageflow test /);
    expect(out.stdout).toBe('');
  });

  it('a design with scenarios beside another without any: the run tested something, so it passes', async () => {
    const { io } = project({ 'e/bare.json': routedJson() });
    expect(await main(['d', 'e'], io)).toBe(0);
  });
});

describe('stageflow test, a run that ended in Error with no expectations', () => {
  it('passes, as before, and the line and the summary say the run ended in Error (✓ alone read as success; the app\'s Run all says it too)', async () => {
    // given a scenario whose steps fail, and nothing expected of it
    const declined = scenarioText('declined', undefined, { steps: { Check: { outcome: 'error' }, Fix: { outcome: 'error' } } });
    const { io, out } = memoryIo({ 'd/routed.json': routedJson(), 'd/routed.scenario.json': declined });
    // when
    const code = await main(['d'], io);
    // then the numbers and the exit code stay; the words say what happened
    expect(code).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines).toContain('  ✓ declined (1 ms, no expectations, the run ended in Error)');
    // with the steps that failed, as the app's Run all says them
    expect(lines).toContain('      why      step Check failed: flow "Checker" failed; step Fix failed: flow "Sync" failed');
    expect(lines.at(-2)).toBe('1 scenario: 1 passed, 0 failed (1 without expectations, 1 of them ended in Error) in 1 ms');
  });
});

describe('stageflow test --update', () => {
  it('records the outcome into scenarios without expectations (stable formatting), leaves the others alone; the next run passes', async () => {
    // given one scenario without expectations and one with
    const bare = scenarioText('small order', undefined, { events: [{ at: 0, type: 'set', target: 'amount', value: 50 }] });
    const { io, out } = project({ 'd/routed.scenarios/small.json': bare });
    // when
    const code = await main(['d', '--update'], io);
    // then
    expect(code).toBe(0);
    expect(Object.keys(out.written)).toEqual(['d/routed.scenarios/small.json']);
    const written = importScenario(out.written['d/routed.scenarios/small.json']!, routedDesign());
    expect(written.ok).toBe(true);
    expect(written.doc?.expectations).toContainEqual({ kind: 'decision', decision: 'Route', outcome: null });
    expect(written.doc?.expectations).toContainEqual({ kind: 'value', target: 'amount', value: 50 });
    expect(out.written['d/routed.scenarios/small.json']).toBe(scenarioText('small order', written.doc!.expectations, { events: [{ at: 0, type: 'set', target: 'amount', value: 50 }] }));
    expect(out.stdout).toMatch(/✓ small order \(1 ms, recorded \d+ expectations\)/);
    // and the recorded expectations pass on the next run
    const again = memoryIo({ 'd/routed.json': routedJson(), 'd/routed.scenarios/small.json': out.written['d/routed.scenarios/small.json']! });
    expect(await main(['d'], again.io)).toBe(0);
  });
});

describe('stageflow test reporters', () => {
  it('junit: valid JUnit XML — a testsuite per design, a testcase per scenario with classname, name, time, failure message', async () => {
    // given
    const bad = scenarioText('bad', undefined, { steps: { Nope: {} } });
    const { io, out } = project({ 'd/routed.scenarios/wrong.json': wrong, 'd/routed.scenarios/bad.json': bad, 'e/empty.json': routedJson() });
    // when
    const code = await main(['d', 'e', '--reporter', 'junit'], io);
    // then
    expect(code).toBe(2);
    expect(junitStructureProblems(out.stdout)).toEqual([]);
    expect(out.stdout).toContain('<testsuites name="stageflow test" tests="3" failures="1" errors="1" skipped="0" time="0.003">');
    expect(out.stdout).toContain('<testsuite name="d/routed.json" tests="3" failures="1" errors="1" skipped="0" time="0.003">');
    expect(out.stdout).toContain('<testcase name="big order" classname="Test" time="0.001" file="d/routed.scenario.json"/>');
    expect(out.stdout).toContain('<failure message="expected step Never ends Completed; it never ran (its stage never started (stage &quot;Big_Stage&quot;))" type="ExpectationFailed">');
    expect(out.stdout).toContain('<error message="d/routed.scenarios/bad.json: steps.Nope: the orchestration has no step &quot;Nope&quot;" type="InvalidInput">');
    expect(out.stdout).toContain('<testsuite name="e/empty.json" tests="0" failures="0" errors="0" skipped="0" time="0.000"/>');
    // the problems also reach stderr, so they show when stdout goes to a file
    expect(out.stderr.split('\n')).toEqual(expect.arrayContaining(['d/routed.scenarios/bad.json: steps.Nope: the orchestration has no step "Nope"', reviewWarning('d/routed.json')]));
  });

  it('the JUnit structure check itself catches broken reports', () => {
    expect(junitStructureProblems('<testsuites><testsuite name="a" tests="2"><testcase name="x"/></testsuite></testsuites>')).toEqual([
      'testsuite[0].testcase[0]: classname is required',
      'testsuite[0]: tests="2" but it holds 1',
    ]);
    expect(junitStructureProblems('<testsuites><testsuite name="a" tests="1"><testcase name="x" classname="c"><failure/><oops/></testcase></testsuite></testsuites>')).toEqual([
      'testsuite[0].testcase[0]: <oops> is not allowed in a testcase',
      'testsuite[0].testcase[0].failure: message and type attributes are expected',
    ]);
    expect(junitStructureProblems('<testsuites><unclosed></testsuites>')[0]).toMatch(/^not well-formed XML/);
  });

  it('json: the whole result as a stageflow.testReport document', async () => {
    const { io, out } = project({ 'd/routed.scenarios/wrong.json': wrong });
    expect(await main(['d', '--reporter=json'], io)).toBe(1);
    const report = JSON.parse(out.stdout) as { format: string; summary: Record<string, number>; designs: { name: string; scenarios: { name: string; status: string; expectations: { pass: boolean; expected: string; actual: string; why: string | null }[] }[] }[] };
    expect(report.format).toBe('stageflow.testReport');
    expect(report.summary).toMatchObject({ scenarios: 2, passed: 1, failed: 1, errors: 0 });
    expect(report.designs[0]!.name).toBe('Test');
    expect(report.designs[0]!.scenarios.map((s) => [s.name, s.status])).toEqual([['big order', 'passed'], ['check fails', 'failed']]);
    expect(report.designs[0]!.scenarios[1]!.expectations[1]).toEqual({
      expectation: { kind: 'stepStatus', step: 'Never', status: 'Completed' }, pass: false,
      expected: 'step Never ends Completed', actual: 'it never ran (its stage never started (stage "Big_Stage"))', why: null,
    });
  });

  it('--out writes the report to a file', async () => {
    const { io, out } = project();
    expect(await main(['d', '--reporter', 'junit', '--out', 'junit.xml'], io)).toBe(0);
    expect(out.stdout).toBe('');
    expect(junitStructureProblems(out.written['junit.xml']!)).toEqual([]);
  });
});

describe('stageflow test: design warnings', () => {
  // the routed design as Flow XML, alone in its folder: the flows its steps call are not there
  const routedXml = () => exportFlowXml(routedDesign()).xml;
  const placeholder = 'd/Test.flow-meta.xml: flows[0]: warning: flow Checker is referenced but not in the project (looked for Checker.flow-meta.xml); added as a placeholder';

  it('text: a design\'s warnings are listed under its heading, each with its file and path', async () => {
    const { io, out } = memoryIo({ 'd/Test.flow-meta.xml': routedXml(), 'd/Test.scenario.json': passing });
    expect(await main(['d'], io)).toBe(0);
    expect(out.stdout).toContain(`d/Test.flow-meta.xml (Test)\n    ${placeholder}`);
    expect(out.stdout).toMatch(/\n {2}✓ big order \(\d+ ms\)\n\n1 scenario: 1 passed/);
    // shown once: the report is on stdout
    expect(out.stderr).toBe('');
  });

  it('text with --out: the report file holds the warnings, and stderr shows them too', async () => {
    const { io, out } = memoryIo({ 'd/Test.flow-meta.xml': routedXml(), 'd/Test.scenario.json': passing });
    expect(await main(['d', '--out', 'report.txt'], io)).toBe(0);
    expect(out.written['report.txt']).toContain(`d/Test.flow-meta.xml (Test)\n    ${placeholder}`);
    expect(out.stderr).toContain(`${placeholder}`);
  });

  it('text: notes on XML elements kept verbatim are counted in one line, not listed (they are about the file, not the run)', async () => {
    const withStatus = routedXml().replace('</Flow>', '    <environments>Default</environments>\n</Flow>');
    const { io, out } = memoryIo({ 'd/Test.flow-meta.xml': withStatus, 'd/Test.scenario.json': passing });
    expect(await main(['d'], io)).toBe(0);
    expect(out.stdout).not.toContain('kept verbatim');
    expect(out.stdout).toMatch(/\n {4}\(\d+ notes? on Salesforce elements the model keeps verbatim: stageflow validate lists them\)\n/);
    expect(out.stdout).toContain(placeholder);
  });

  it('a design without scenarios still shows its warnings', async () => {
    const { io, out } = memoryIo({ 'd/Test.flow-meta.xml': routedXml() });
    expect(await main(['d/Test.flow-meta.xml'], io)).toBe(0);
    expect(out.stdout).toContain(`d/Test.flow-meta.xml (Test): no scenarios (add a .scenario.json or a .scenarios/ folder beside it)\n    ${placeholder}`);
  });
});

describe('stageflow test: inputs that could not be read are in every report', () => {
  it('junit: a path that does not exist is a testsuite with an <error>; the counts say so (exit 2)', async () => {
    const { io, out } = project();
    expect(await main(['nosuch.json', 'd', '--reporter', 'junit'], io)).toBe(2);
    expect(junitStructureProblems(out.stdout)).toEqual([]);
    expect(out.stdout).toContain('<testsuites name="stageflow test" tests="2" failures="0" errors="1" skipped="0" time="0.001">');
    expect(out.stdout).toContain('<testsuite name="nosuch.json" tests="1" failures="0" errors="1" skipped="0" time="0.000">');
    expect(out.stdout).toContain('<testcase name="input" classname="nosuch.json" time="0.000">\n      <error message="nosuch.json: cannot read the file: it does not exist" type="InvalidInput">');
    expect(out.stderr.split('\n')).toEqual(expect.arrayContaining(['nosuch.json: cannot read the file: it does not exist']));
  });

  it('junit: only unreadable paths still gives a report with the errors (exit 2)', async () => {
    const { io, out } = memoryIo({});
    expect(await main(['nosuch.json', '--reporter', 'junit'], io)).toBe(2);
    expect(junitStructureProblems(out.stdout)).toEqual([]);
    expect(out.stdout).toContain('<testsuites name="stageflow test" tests="1" failures="0" errors="1" skipped="0" time="0.000">');
  });

  it('a manifest entry whose design is missing is an errored entry in json, junit and text reports', async () => {
    const manifest = JSON.stringify({ tests: [{ design: 'routed.json' }, { design: 'missing.json' }] });
    const files = { 'm/stageflow.config.json': manifest, 'm/routed.json': routedJson(), 'm/routed.scenario.json': passing };
    const line = 'm/stageflow.config.json: tests[1].design: "missing.json" does not exist (looked for m/missing.json)';
    // json
    const json = memoryIo(files);
    expect(await main(['m', '--reporter', 'json'], json.io)).toBe(2);
    const report = JSON.parse(json.out.stdout) as { summary: Record<string, number>; designs: { file: string; name: string | null; problems: string[] }[] };
    expect(report.summary).toMatchObject({ scenarios: 1, passed: 1, errors: 1 });
    expect(report.designs.map((d) => [d.file, d.name, d.problems])).toEqual([['m/missing.json', null, [line]], ['m/routed.json', 'Test', [reviewWarning('m/routed.json')]]]);
    // junit
    const junit = memoryIo(files);
    expect(await main(['m', '--reporter', 'junit'], junit.io)).toBe(2);
    expect(junitStructureProblems(junit.out.stdout)).toEqual([]);
    expect(junit.out.stdout).toContain('tests="2" failures="0" errors="1"');
    expect(junit.out.stdout).toContain(`<error message="${line.replace(/"/g, '&quot;')}" type="InvalidInput">`);
    // text
    const text = memoryIo(files);
    expect(await main(['m'], text.io)).toBe(2);
    expect(text.out.stdout).toMatch(new RegExp(`^! m/missing\\.json — could not be read\n {4}${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n\nm/routed\\.json \\(Test\\)\n`));
    expect(text.out.stdout).toMatch(/\n1 scenario: 1 passed, 0 failed, 1 could not run in 1 ms\n$/);
    expect(text.out.stderr).toBe('');
  });

  it('a manifest project entry whose folder does not exist says so (not that it is one design file)', async () => {
    const { io, out } = memoryIo({ 'm/stageflow.config.json': JSON.stringify({ tests: [{ project: 'nope', orchestration: 'X', scenarios: ['s.json'] }] }), 'm/s.json': passing });
    expect(await main(['m'], io)).toBe(2);
    expect(out.stdout).toContain('m/nope: cannot read the project folder: it does not exist');
  });

  it('an invalid manifest is one errored entry named after it, with each of its problems', async () => {
    const { io, out } = memoryIo({ 'm/stageflow.config.json': '{ "tests": [] }' });
    expect(await main(['m', '--reporter', 'json'], io)).toBe(2);
    const report = JSON.parse(out.stdout) as { summary: Record<string, number>; designs: { file: string; name: string | null; problems: string[] }[] };
    expect(report.summary.errors).toBe(1);
    expect(report.designs).toHaveLength(1);
    expect(report.designs[0]).toMatchObject({ file: 'm/stageflow.config.json', name: null });
    expect(report.designs[0]!.problems[0]).toMatch(/^m\/stageflow\.config\.json: tests: /);
  });
});
