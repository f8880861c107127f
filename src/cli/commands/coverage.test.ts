import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/memoryIo';
import { routedJson, scenarioText } from '../testing/suiteFiles';

/** The routed design's own warning, which coverage prints first, as test does. */
const ROUTED_WARNING = 'routed.json: stages[0].steps[1].inputs.ActionInput__RecordId: warning: interactive step "Review" has no related record: Salesforce activates an orchestration only when each interactive step names the record its work item is about (Related Record ID, ActionInput__RecordId, such as $Record.Id)\n';
import { main } from './coverage';

const big = scenarioText('big order');
const small = scenarioText('small order', undefined, { events: [{ at: 0, type: 'set', target: 'amount', value: 50 }] });
const broken = scenarioText('check fails', undefined, { steps: { Check: { outcome: 'error' } } });

describe('stageflow coverage', () => {
  it('a table per design (covered/total and % per kind) and what was never reached', async () => {
    // given the routed design with one scenario
    const { io, out } = memoryIo({ 'routed.json': routedJson(), 'routed.scenario.json': big });
    // when
    const code = await main(['routed.json'], io);
    // then
    expect(code).toBe(0);
    expect(out.stdout).toBe([
      'routed.json (Test): 1 scenario',
      '                     covered     %',
      '  steps                  3/6    50',
      '  decision outcomes      1/2    50',
      '  conditions             1/2    50',
      '  fault paths            0/1     0',
      '  all                   5/11  45.4',
      '  never reached:',
      '    fault path of stage Intake (to Recover)',
      '    step Never starts',
      '    start condition of Never holds',
      '    step Note starts',
      '    step Fix starts',
      '    decision Route takes its default path',
      '',
    ].join('\n'));
  });

  it('--min: a design below it exits 1 and says so; at or above it exits 0', async () => {
    const files = { 'routed.json': routedJson(), 'routed.scenarios/a.json': big, 'routed.scenarios/b.json': small, 'routed.scenarios/c.json': broken };
    // 9 of 11 reached (the Never step cannot start): 81.8%
    const below = memoryIo(files);
    expect(await main(['.', '--min', '90'], below.io)).toBe(1);
    expect(below.out.stdout).toContain('  all                   9/11  81.8\n');
    expect(below.out.stdout).toContain('  below --min 90%\n');
    const above = memoryIo(files);
    expect(await main(['.', '--min=81.8'], above.io)).toBe(0);
  });

  it('json: the report per design with every item and the scenarios that reached it', async () => {
    const { io, out } = memoryIo({ 'routed.json': routedJson(), 'routed.scenarios/a.json': big, 'routed.scenarios/c.json': broken });
    expect(await main(['--reporter', 'json'], io)).toBe(0);
    const report = JSON.parse(out.stdout) as { format: string; designs: { file: string; overall: { covered: number }; items: { id: string; reachedIn: string[] }[]; elements: Record<string, number> }[] };
    expect(report.format).toBe('stageflow.coverageReport');
    expect(report.designs[0]!.file).toBe('routed.json');
    expect(report.designs[0]!.items.find((i) => i.id === 'fault:Intake')!.reachedIn).toEqual(['check fails']);
    expect(report.designs[0]!.elements.Never).toBe(0);
  });

  it('json: a scenario whose name is empty or only spaces reached items under its file, as one without a name', async () => {
    const blank = scenarioText('   ', undefined, { steps: { Check: { outcome: 'error' } } });
    const { io, out } = memoryIo({ 'routed.json': routedJson(), 'routed.scenarios/c.json': blank });
    expect(await main(['--reporter', 'json'], io)).toBe(0);
    const report = JSON.parse(out.stdout) as { designs: { items: { id: string; reachedIn: string[] }[] }[] };
    // it was listed as "   ", then as its path
    expect(report.designs[0]!.items.find((i) => i.id === 'fault:Intake')!.reachedIn).toEqual(['c']);
  });

  it('json: a scenario without a name reached items under its file name without .json, as test and diff name it, not its path', async () => {
    // given the design's own scenario file and one of its folder, neither named
    const nameless = JSON.stringify({ format: 'stageflow.scenario', version: 1, steps: { Check: { outcome: 'error' } } });
    const { io, out } = memoryIo({ 'designs/routed.json': routedJson(), 'designs/routed.scenario.json': nameless, 'designs/routed.scenarios/late.json': nameless });
    // when
    expect(await main(['designs', '--reporter', 'json'], io)).toBe(0);
    // then the items name them "routed" and "late" (they were "designs/routed.scenario.json" and "designs/routed.scenarios/late.json"); the files are still listed by path
    const report = JSON.parse(out.stdout) as { designs: { scenarios: string[]; items: { id: string; reachedIn: string[] }[] }[] };
    expect(report.designs[0]!.items.find((i) => i.id === 'fault:Intake')!.reachedIn).toEqual(['routed', 'late']);
    expect(report.designs[0]!.scenarios).toEqual(['designs/routed.scenario.json', 'designs/routed.scenarios/late.json']);
  });

  it.each([
    [['--min', 'lots'], 'coverage: --min takes a percentage from 0 to 100 (got "lots")'],
    [['--min', '101'], 'coverage: --min takes a percentage from 0 to 100 (got "101")'],
    [['--reporter', 'junit'], 'coverage: unknown reporter "junit" (use text or json)'],
  ])('bad arguments %j exit 2', async (argv, message) => {
    const { io, out } = memoryIo({ 'routed.json': routedJson() });
    expect(await main(argv, io)).toBe(2);
    expect(out.stderr.split('\n')[0]).toBe(message);
  });

  it('counts only the scenarios that ran; a design no scenario ran is at 0%, so --min fails it', async () => {
    // given one good and one unreadable scenario
    const { io, out } = memoryIo({ 'routed.json': routedJson(), 'routed.scenarios/big.json': big, 'routed.scenarios/bad.json': '{ nope' });
    expect(await main(['--reporter', 'json'], io)).toBe(2);
    const report = JSON.parse(out.stdout) as { designs: { scenarios: string[]; overall: { percent: number } }[] };
    expect(report.designs[0]!.scenarios).toEqual(['routed.scenarios/big.json']);
    // given a design without scenarios, in a run where others ran
    const bare = memoryIo({ 'routed.json': routedJson(), 'e/other.json': routedJson(), 'e/other.scenario.json': big });
    expect(await main(['--min', '1'], bare.io)).toBe(1);
    expect(bare.out.stdout).toMatch(/(^|\n)routed\.json \(Test\): 0 scenarios\n(.*\n)*?\s+all\s+\d+\/\d+\s+0\n/);
  });

  // exited 5 from 2026-12-05 until FORMAT.md §5's list (0 ok, 1 failed, 2 bad input) won back (docs/cli.md)
  it('no scenario ran at all: the report, exit 0 and a warning saying nothing was measured (--min still judges the 0%); --fail-if-nothing-tested exits 5; nothing found exits 2', async () => {
    const files = { 'routed.json': routedJson(), 'routed.scenario/big.json': big };
    const none = memoryIo(files);
    expect(await main([], none.io)).toBe(0);
    expect(none.out.stdout).toMatch(/all\s+\d+\/\d+\s+0\n/);
    // the misnamed folder is named, then the warning
    expect(none.out.stderr).toBe('routed.scenario: (root): warning: a design\'s folder of scenarios is named routed.scenarios, so the scenarios in this one were not run\n' + ROUTED_WARNING + '.: (root): warning: no scenarios found (1 design found, none with <name>.scenario.json or <name>.scenarios/*.json beside it, or listed in a stageflow.config.json); nothing was tested (--fail-if-nothing-tested makes that exit 5)\n');
    expect(await main(['--min', '1'], memoryIo(files).io)).toBe(1);
    expect(await main(['--pass-with-no-scenarios'], memoryIo(files).io)).toBe(0);
    const strict = memoryIo(files);
    expect(await main(['--fail-if-nothing-tested'], strict.io)).toBe(5);
    expect(strict.out.stderr).toMatch(/\n\.: \(root\): no scenarios found \(1 design found, .*; nothing was tested \(--fail-if-nothing-tested: exit 5\)\n$/);
    expect(await main(['--fail-if-nothing-tested', '--min', '100'], memoryIo(files).io)).toBe(5);
    const empty = memoryIo({ 'readme.md': '#' });
    expect(await main([], empty.io)).toBe(2);
    expect(empty.out.stderr).toMatch(/^\.: no designs found \(.*; nothing was tested\n$/);
    expect(await main(['--pass-with-no-scenarios'], memoryIo({ 'readme.md': '#' }).io)).toBe(0);
    expect(await main(['--pass-with-no-scenarios', '--fail-if-nothing-tested'], memoryIo(files).io)).toBe(2);
  });

  // coverage printed none of them: a typo'd field left a path unreached with nothing said
  it('prints each scenario\'s warnings on stderr, as simulate --validate-only and test do; the exit code is unchanged', async () => {
    const typo = JSON.stringify({ format: 'stageflow.scenario', version: 1, name: 'typo', evnts: [] });
    const { io, out } = memoryIo({ 'routed.json': routedJson(), 'routed.scenario.json': typo });
    expect(await main([], io)).toBe(0);
    expect(out.stderr).toBe(ROUTED_WARNING + 'routed.scenario.json: evnts: warning: a scenario has no field "evnts"; it is ignored: did you mean "events"?\n');
  });

  it('prints the design\'s own warnings on stderr, as test does (a field the format does not have); the exit code is unchanged', async () => {
    const design = JSON.parse(routedJson()) as { stages: Array<Record<string, unknown>> };
    design.stages[0]!.lable = 'Triage';
    const { io, out } = memoryIo({ 'routed.json': JSON.stringify(design), 'routed.scenario.json': scenarioText('x') });
    expect(await main([], io)).toBe(0);
    expect(out.stderr).toBe(ROUTED_WARNING + 'routed.json: stages[0].lable: warning: unknown field "lable": Stageflow does not read it; did you mean "label"?\n');
  });

  it('an invalid scenario is bad input (exit 2)', async () => {
    const { io, out } = memoryIo({ 'routed.json': routedJson(), 'routed.scenario.json': scenarioText('x', undefined, { steps: { Nope: {} } }) });
    expect(await main([], io)).toBe(2);
    expect(out.stderr).toBe(ROUTED_WARNING + 'routed.scenario.json: steps.Nope: the orchestration has no step "Nope"\n');
  });

  it('a design that could not be loaded prints nothing on stdout (its problems are on stderr, exit 2), not an empty line', async () => {
    const { io, out } = memoryIo({ 'broken.json': '{"format":"stageflow.orchestration","stages":[]}' });
    expect(await main(['broken.json'], io)).toBe(2);
    expect(out.stderr).toContain('broken.json: ');
    expect(out.stdout).toBe('');
  });

  it('a scenario that could not run is said in the design\'s heading and listed in JSON, so a report at 100% with exit 2 says what it leaves out', async () => {
    // given one scenario that runs and one that names a step the design does not have
    const files = { 'routed.json': routedJson(), 'routed.scenario.json': big, 'routed.scenarios/bad.json': scenarioText('bad', undefined, { steps: { Nope: {} } }) };
    const text = memoryIo(files);
    const json = memoryIo(files);
    // when
    const codes = [await main(['routed.json'], text.io), await main(['routed.json', '--reporter', 'json'], json.io)];
    // then
    expect(codes).toEqual([2, 2]);
    expect(text.out.stdout.split('\n')[0]).toBe('routed.json (Test): 1 scenario; 1 more could not run, not counted (see stderr)');
    expect(JSON.parse(json.out.stdout).designs[0]).toMatchObject({ scenarios: ['routed.scenario.json'], couldNotRun: ['routed.scenarios/bad.json'] });
  });
});
