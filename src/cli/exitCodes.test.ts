/**
 * Every exit code docs/cli.md gives each command, against what the command does: one row per
 * documented code (the internal error's 1 aside, which no input reaches), and each command's
 * `--help` names the codes its rows reach.
 */
import { describe, expect, it } from 'vitest';
import { after, backgroundStep, orchestration, scenario, stage } from '../model/testing/fixtures';
import { stageflow } from './stageflow';
import { memoryIo } from './testing/memoryIo';
import { unwrapped } from './testing/helpText';

const design = JSON.stringify(orchestration());
const changed = JSON.stringify(orchestration({ stages: [stage('Main', [backgroundStep('Main_Step'), backgroundStep('Extra_Step')])] }));
// Then_Step waits for Main_Step: a scenario in which Main_Step fails never reaches it (coverage below 100%)
const chain = JSON.stringify(orchestration({ stages: [stage('Main', [backgroundStep('Main_Step'), after('Main_Step', 'Then_Step')])] }));
const passing = JSON.stringify(scenario());
const failing = JSON.stringify(scenario({ expectations: [{ kind: 'stepStatus', step: 'Main_Step', status: 'NotStarted' }] }));
const flowFile = '<Flow><processType>AutoLaunchedFlow</processType><status>Active</status></Flow>';

/** [command line, files, the exit code docs/cli.md gives for it]. */
const ROWS: [string[], Record<string, string>, number][] = [
  [['test', 'd'], { 'd/o.json': design, 'd/o.scenario.json': passing }, 0],
  [['test', 'd'], { 'd/o.json': design, 'd/o.scenario.json': failing }, 1],
  [['test', 'gone.json'], {}, 2],
  [['test', 'd'], { 'd/o.json': design }, 0],
  [['test', 'd', '--pass-with-no-scenarios'], { 'd/o.json': design }, 0],
  [['test', 'd', '--fail-if-nothing-tested'], { 'd/o.json': design }, 5],
  [['test', 'd'], { 'd/readme.md': '#' }, 2],
  [['coverage', 'd'], { 'd/o.json': design, 'd/o.scenario.json': passing }, 0],
  [['coverage', 'd', '--min', '100'], { 'd/o.json': chain, 'd/o.scenario.json': JSON.stringify(scenario({ steps: { Main_Step: { outcome: 'error' } } })) }, 1],
  [['coverage', 'gone.json'], {}, 2],
  [['coverage', 'd'], { 'd/o.json': design }, 0],
  [['coverage', 'd', '--fail-if-nothing-tested'], { 'd/o.json': design }, 5],
  [['coverage', 'd'], { 'd/readme.md': '#' }, 2],
  [['diff', 'a.json', 'b.json'], { 'a.json': design, 'b.json': changed }, 0],
  [['diff', 'a.json', 'b.json', '--exit-code'], { 'a.json': design, 'b.json': changed }, 1],
  [['diff', 'a.json', 'b.json', '--exit-code'], { 'a.json': design, 'b.json': design }, 0],
  [['diff', 'a.json', 'gone.json'], { 'a.json': design }, 2],
  [['validate', 'a.json'], { 'a.json': design }, 0],
  [['validate', 'a.json'], { 'a.json': '{}' }, 2],
  [['simulate', 'a.json'], { 'a.json': design }, 0],
  [['simulate', 'a.json', '--scenaro', 's.json'], { 'a.json': design }, 2],
  [['flow', 'F.flow-meta.xml'], { 'F.flow-meta.xml': flowFile }, 0],
  [['flow', 'gone.flow-meta.xml'], {}, 2],
  [['convert', 'a.json'], { 'a.json': design }, 0],
  [['convert', 'a.json', '--out', 'b.json'], { 'a.json': design }, 2],
];

describe('exit codes: docs/cli.md against each command', () => {
  it.each(ROWS.map(([argv, files, code]) => [`${argv.join(' ')} exits ${code}`, argv, files, code] as const))('stageflow %s', async (_title, argv, files, code) => {
    const { io, out } = memoryIo(files);
    const got = await stageflow(argv, io);
    expect({ got, stderr: out.stderr }).toMatchObject({ got: code });
  });

  it.each([...new Set(ROWS.map(([argv]) => argv[0]!))])('%s --help names every code its rows reach', async (command) => {
    const { io, out } = memoryIo({});
    await stageflow([command, '--help'], io);
    const codes = /\nexit codes: (.*)\n/.exec(unwrapped(out.stdout))?.[1] ?? '';
    for (const code of new Set(ROWS.filter(([argv]) => argv[0] === command).map(([, , c]) => c))) expect(codes).toMatch(new RegExp(`(^|, |\\()${code} `));
  });
});
