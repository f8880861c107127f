/**
 * Outside suite, round 3: real public SFDX projects through every command, as a separate process
 * against the built executable — validate, simulate, convert, test and coverage on each
 * orchestration, and flow on each flow file. The projects are src/io/project/__fixtures__'s (their
 * README names the repositories, commits and licences: alexed1/LightningFlowComponents, BSD 3-Clause;
 * SFDC-Assets' recruiting demo, CC0). Predicted from the spec: every run ends with 0 or 2 — 2 only
 * for an orchestration with no stages (an InvalidDraft: "an orchestration needs at least one
 * stage") — no stack trace, no hang, and a project's broken files are one line each in FORMAT.md
 * §5's shape. 2026-12-07, on the whole LightningFlowComponents snapshot (6,643 files, 18
 * orchestrations, 389 runs) and the recruiting repository: all as predicted.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStageflow, outsideFaults, realProjects, runCommand, type Ran } from './builtCommand';

let bin = '';
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  const built = await buildStageflow();
  cleanups.push(built.remove);
  bin = built.bin;
}, 120_000);

afterAll(() => cleanups.forEach((remove) => remove()));

const PROJECTS = ['LightningFlowComponents/DeactivateUser', 'LightningFlowComponents/OrchestratorResources', 'LightningFlowComponents/WorkGuidePlus', 'RecruitingOrchestrator'];

function flowFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.flow-meta.xml')).sort();
}
const isOrchestration = (text: string) => text.includes('<processType>Orchestrator</processType>');
const hasStages = (text: string) => text.includes('<orchestratedStages>');

function expectSpecRun(ran: Ran, what: string, stageless: boolean): void {
  expect(outsideFaults(ran), what).toEqual([]);
  if (stageless) {
    expect(ran.code, what).toBe(2);
    expect(ran.stdout + ran.stderr, what).toMatch(/no stages|at least one stage/);
  } else {
    expect(ran.code, `${what}: ${ran.stderr.slice(0, 400)}`).toBe(0);
  }
}

describe.each(PROJECTS)('real project %s', (project) => {
  const dir = join(realProjects, project);
  const files = flowFiles(dir);
  const texts = new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  const orchestrations = files.filter((f) => isOrchestration(texts.get(f)!));
  const flows = files.filter((f) => !isOrchestration(texts.get(f)!));

  it('has orchestrations and flows to run', () => {
    expect(orchestrations.length).toBeGreaterThan(0);
  });

  it.each(orchestrations)('%s: validate, simulate, convert — of the file and of the project', async (file) => {
    const stageless = !hasStages(texts.get(file)!);
    const name = file.replace(/^.*\//, '').replace(/\.flow-meta\.xml$/, '');
    for (const args of [['validate', file], ['simulate', file], ['simulate', `.#${name}`]]) {
      const ran = await runCommand(bin, args, dir);
      expectSpecRun(ran, args.join(' '), stageless);
      if (args[0] === 'simulate' && !stageless) expect((JSON.parse(ran.stdout) as { format: string }).format).toBe('stageflow.trace');
    }
    // to JSON, a draft with errors is converted too (its errors named): exit 0 even without stages
    const converted = await runCommand(bin, ['convert', file], dir);
    expectSpecRun(converted, `convert ${file}`, false);
    expect((JSON.parse(converted.stdout) as { format: string }).format).toBe('stageflow.orchestration');
  }, 120_000);

  it('test and coverage of the project: no scenarios beside a real orchestration, a warning that nothing was tested, exit 0', async () => {
    for (const command of ['test', 'coverage']) {
      const ran = await runCommand(bin, [command, '.'], dir);
      expectSpecRun(ran, `${command} .`, false);
      expect(ran.stderr).toMatch(/^\.: \(root\): warning: no scenarios found/m);
    }
  }, 120_000);

  it('flow runs each flow file offline: exit 0 or 2, never a crash', async () => {
    for (const file of flows) {
      const ran = await runCommand(bin, ['flow', file], dir);
      expect(outsideFaults(ran), file).toEqual([]);
      if (ran.code === 0) expect(ran.stdout.endsWith('}\n'), file).toBe(true);
      else expect(ran.stdout, file).toBe('');
    }
  }, 240_000);
});

describe('a hostile copy of a real project (thousands of files, link loops, broken flow files)', () => {
  let dir = '';
  const flowsDir = 'force-app/main/default/flows';

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stageflow-outside-project-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(join(realProjects, 'LightningFlowComponents/DeactivateUser'), dir, { recursive: true });
    const flows = join(dir, flowsDir);
    symlinkSync('Loop_B.flow-meta.xml', join(flows, 'Loop_A.flow-meta.xml'));
    symlinkSync('Loop_A.flow-meta.xml', join(flows, 'Loop_B.flow-meta.xml'));
    symlinkSync('..', join(flows, 'up'));
    for (let folder = 0; folder < 30; folder++) {
      mkdirSync(join(dir, 'notes', `n${folder}`), { recursive: true });
      for (let i = 0; i < 100; i++) writeFileSync(join(dir, 'notes', `n${folder}`, `note${i}.txt`), 'x\n');
    }
    writeFileSync(join(flows, 'Latin_Flow.flow-meta.xml'), Buffer.from('<?xml version="1.0"?>\n<Flow>\n<label>caf\u00e9</label></Flow>', 'latin1'));
    writeFileSync(join(flows, 'Amp_Flow.flow-meta.xml'), '<?xml version="1.0"?>\n<Flow>\n<label>a & b</label></Flow>');
    writeFileSync(join(flows, 'Empty_Flow.flow-meta.xml'), '');
    const load = readFileSync(join(flows, 'Load_User.flow-meta.xml'), 'utf8');
    writeFileSync(join(flows, 'Load_User.flow-meta.xml'), `\uFEFF${load.replace(/\n/g, '\r\n')}`);
  });

  it('validate reads it: the loops passed over, each broken file one "<file>: <line>:<col>: warning: not read: …" line', async () => {
    const ran = await runCommand(bin, ['validate', '.'], dir);
    expect(outsideFaults(ran)).toEqual([]);
    expect(ran.code).toBe(0);
    const lines = ran.stderr.split('\n').filter((l) => /(Latin|Amp|Empty)_Flow/.test(l)).sort();
    expect(lines.map((l) => l.replace(/: .*/, ''))).toEqual(['Amp', 'Empty', 'Latin'].map((n) => `${flowsDir}/${n}_Flow.flow-meta.xml`));
    for (const line of lines) expect(line).toMatch(/^\S+\.flow-meta\.xml: \d+:\d+: warning: not read: /);
    expect(ran.stderr).not.toMatch(/Loop_[AB]/);
  }, 60_000);

  it('every command ends within the spec, the BOM and CRLF flow read as if absent', async () => {
    for (const args of [['simulate', '.', '--orchestration', 'User_deactivation_orchestration'], ['convert', '.#Handle_User_Deactivation'], ['test', '.'], ['coverage', '.'], ['flow', `${flowsDir}/Load_User.flow-meta.xml`]]) {
      const ran = await runCommand(bin, args, dir);
      expect(outsideFaults(ran), args.join(' ')).toEqual([]);
      expect(ran.code, args.join(' ')).toBe(0);
      expect(ran.stderr, args.join(' ')).not.toMatch(/Load_User\.flow-meta\.xml: .*not read/);
      // the Latin-1 flow file, named at its place wherever it is said (a walk of test and coverage too)
      for (const line of ran.stderr.split('\n').filter((l) => l.includes('Latin_Flow.flow-meta.xml: '))) expect(line).toMatch(/^\S+\.flow-meta\.xml: 3:11: warning: /);
    }
    const walked = await runCommand(bin, ['test', '.'], dir);
    expect(walked.stderr).toMatch(/^force-app\/main\/default\/flows\/Latin_Flow\.flow-meta\.xml: 3:11: warning: cannot be read \(the file is not UTF-8/m);
  }, 120_000);
});
