/**
 * Outside suite, round 3: the command line as FORMAT.md §5 and docs/cli.md describe it, run as a
 * separate process against the built executable. Each expectation was written from the spec before
 * the command was run (the prediction is the assertion); nothing here reads src/.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { junitStructureProblems } from '../testing/junitStructure';
import { buildStageflow, outsideFaults, outsideFixtures, problemLines, repoRoot, runCommand, type Ran } from './builtCommand';

let bin = '';
let work = '';
const cleanups: (() => void)[] = [];
const run = (args: readonly string[], stdin?: string): Promise<Ran> => runCommand(bin, args, work, stdin);

beforeAll(async () => {
  const built = await buildStageflow();
  cleanups.push(built.remove);
  bin = built.bin;
  work = mkdtempSync(join(tmpdir(), 'stageflow-outside-work-'));
  cleanups.push(() => rmSync(work, { recursive: true, force: true }));
  cpSync(join(outsideFixtures, 'ship'), join(work, 'ship'), { recursive: true });
  // a copy whose only scenario passes, for "every expectation held"
  cpSync(join(outsideFixtures, 'ship/ship.json'), join(work, 'green/ship.json'));
  cpSync(join(outsideFixtures, 'ship/ship.scenario.json'), join(work, 'green/ship.scenario.json'));
}, 120_000);

afterAll(() => cleanups.forEach((remove) => remove()));

/** One JSON document and exactly one final newline. */
function oneJsonDocument(stdout: string): unknown {
  expect(stdout.endsWith('\n')).toBe(true);
  expect(stdout.endsWith('\n\n')).toBe(false);
  return JSON.parse(stdout);
}

describe('FORMAT.md §5: simulate', () => {
  it('prints the trace JSON, exit 0, nothing on stderr for a valid design', async () => {
    const ran = await run(['simulate', 'ship/ship.json', '--scenario', 'ship/ship.scenario.json']);
    expect(outsideFaults(ran)).toEqual([]);
    expect(ran.code).toBe(0);
    const trace = oneJsonDocument(ran.stdout) as { format: string; version: number; run: { status: string; endedAt: number } };
    expect(trace.format).toBe('stageflow.trace');
    expect(trace.version).toBe(1);
    // R21: the sync step ends at once, the async one at 0 + 2000
    expect(trace.run).toMatchObject({ status: 'Completed', endedAt: 2000 });
  });

  it('exits 0 when the run ends in Error (a successful simulation)', async () => {
    const ran = await run(['simulate', 'ship/ship.json', '--scenario=ship/ship.scenarios/send-fails.json']);
    expect(ran.code).toBe(0);
    expect((oneJsonDocument(ran.stdout) as { run: { status: string } }).run.status).toBe('Error');
  });

  it('--out writes the trace to the file and nothing to stdout', async () => {
    const ran = await run(['simulate', 'ship/ship.json', '--out', 'out/trace.json']);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toBe('');
    expect((oneJsonDocument(readFileSync(join(work, 'out/trace.json'), 'utf8')) as { format: string }).format).toBe('stageflow.trace');
  });

  it('--validate-only prints ok and runs nothing', async () => {
    const ran = await run(['simulate', 'ship/ship.json', '--validate-only']);
    expect([ran.code, ran.stdout]).toEqual([0, 'ok\n']);
  });

  it('an invalid design: exit 2, nothing on stdout, one "<file>: <json-path>: <message>" line per problem, errors before warnings', async () => {
    const design = JSON.parse(readFileSync(join(work, 'ship/ship.json'), 'utf8')) as { stages: { steps: { start?: unknown }[] }[] };
    design.stages[0]!.steps[0]!.start = { mode: 'stepCompleted', step: 'Valdate' };
    design.stages[2]!.steps[0]!.start = { mode: 'stepCompleted', step: 'Nope' };
    writeFileSync(join(work, 'bad.json'), JSON.stringify(design, null, 2));
    for (const args of [['simulate', 'bad.json'], ['simulate', 'bad.json', '--validate-only'], ['validate', 'bad.json']]) {
      const ran = await run(args);
      expect(outsideFaults(ran)).toEqual([]);
      expect([ran.code, ran.stdout]).toEqual([2, '']);
      const lines = problemLines(ran.stderr);
      expect(lines.some((l) => /^bad\.json: stages\[0\]\.steps\[0\]\.start\.step: .*"Valdate"/.test(l))).toBe(true);
      expect(lines.some((l) => /^bad\.json: stages\[2\]\.steps\[0\]\.start\.step: .*"Nope"/.test(l))).toBe(true);
      for (const line of lines) expect(line).toMatch(/^bad\.json: \S+: \S/);
      const firstWarning = lines.findIndex((l) => / warning: /.test(l));
      const lastError = lines.map((l) => !/ warning: /.test(l)).lastIndexOf(true);
      if (firstWarning >= 0) expect(firstWarning).toBeGreaterThan(lastError);
    }
  });

  it('a file that is not JSON: exit 2, one line whose path is line:column', async () => {
    writeFileSync(join(work, 'broken.json'), '{\n  "format": "stageflow.orchestration",\n  "version": 1,,\n}\n');
    const ran = await run(['simulate', 'broken.json']);
    expect([ran.code, ran.stdout]).toEqual([2, '']);
    expect(problemLines(ran.stderr)).toHaveLength(1);
    expect(ran.stderr).toMatch(/^broken\.json: 3:\d+: \S/);
  });

  it('--help prints the usage, exit 0', async () => {
    for (const args of [['--help'], ['simulate', '--help'], ['help', 'test']]) {
      const ran = await run(args);
      expect([ran.code, ran.stderr]).toEqual([0, '']);
      expect(ran.stdout).toMatch(/^usage: stageflow /);
    }
  });
});

describe('stageflow: exit codes 0 ok, 1 expectations failed, 2 bad input (FORMAT.md §5)', () => {
  it('test: 0 when every expectation holds, 1 when one fails, 2 for a path that is not there', async () => {
    const green = await run(['test', 'green']);
    const red = await run(['test', 'ship']);
    const missing = await run(['test', 'nowhere']);
    for (const ran of [green, red, missing]) expect(outsideFaults(ran)).toEqual([]);
    expect([green.code, red.code, missing.code]).toEqual([0, 1, 2]);
    expect(red.stdout).toContain('sending fails');
    expect(missing.stdout + missing.stderr).toContain('nowhere: cannot read the file: it does not exist');
  });

  it('test --reporter json: one stageflow.testReport document; junit: a valid JUnit report', async () => {
    const json = await run(['test', 'ship', '--reporter', 'json']);
    expect(json.code).toBe(1);
    expect((oneJsonDocument(json.stdout) as { format: string }).format).toBe('stageflow.testReport');
    const junit = await run(['test', 'ship', '--reporter', 'junit', '--out', 'reports/junit.xml']);
    expect([junit.code, junit.stdout]).toEqual([1, '']);
    const xml = readFileSync(join(work, 'reports/junit.xml'), 'utf8');
    expect(junitStructureProblems(xml)).toEqual([]);
    expect(xml).toMatch(/<failure /);
  });

  it('coverage: 0 without --min, 1 below --min, 2 for a --min that is not a percentage', async () => {
    const plain = await run(['coverage', 'green']);
    const below = await run(['coverage', 'green', '--min', '100']);
    const bad = await run(['coverage', 'green', '--min', 'lots']);
    for (const ran of [plain, below, bad]) expect(outsideFaults(ran)).toEqual([]);
    expect([plain.code, below.code, bad.code]).toEqual([0, 1, 2]);
    const json = await run(['coverage', 'green', '--reporter', 'json']);
    expect(json.code).toBe(0);
    oneJsonDocument(json.stdout);
  });

  it('diff: 0 either way, 1 with --exit-code when the behaviour differs', async () => {
    const design = JSON.parse(readFileSync(join(work, 'ship/ship.json'), 'utf8')) as { variables: { value: number }[] };
    design.variables[0]!.value = 500; // now the decision takes Large and Review runs
    writeFileSync(join(work, 'large.json'), JSON.stringify(design, null, 2));
    const same = await run(['diff', 'ship/ship.json', 'ship/ship.json', '--exit-code']);
    const differs = await run(['diff', 'ship/ship.json', 'large.json']);
    const differsCode = await run(['diff', 'ship/ship.json', 'large.json', '--exit-code', '--reporter', 'json']);
    for (const ran of [same, differs, differsCode]) expect(outsideFaults(ran)).toEqual([]);
    expect([same.code, differs.code, differsCode.code]).toEqual([0, 0, 1]);
    oneJsonDocument(differsCode.stdout);
  });

  it('validate: ok and 0 for a valid design with its scenarios; 2 for a scenario naming a step the design lacks is a warning, not bad input', async () => {
    const ok = await run(['validate', 'ship/ship.json', '--scenario', 'ship/ship.scenario.json']);
    expect([ok.code, ok.stdout.trim().endsWith('ok')]).toEqual([0, true]);
    writeFileSync(join(work, 'typo.json'), JSON.stringify({ format: 'stageflow.scenario', version: 1, expectations: [{ kind: 'stepStatus', step: 'Sned', status: 'Completed' }] }));
    const typo = await run(['validate', 'ship/ship.json', '--scenario', 'typo.json']);
    expect(typo.code).toBe(0);
    expect(typo.stderr).toMatch(/^typo\.json: \S+: warning: .*Sned/m);
  });

  it('convert: JSON → Flow XML → JSON gives the same stages, steps and decision', async () => {
    const toXml = await run(['convert', 'ship/ship.json', '--out', 'Ship_Order.flow-meta.xml']);
    expect(toXml.code).toBe(0);
    const back = await run(['convert', 'Ship_Order.flow-meta.xml']);
    expect(outsideFaults(back)).toEqual([]);
    expect(back.code).toBe(0);
    const design = oneJsonDocument(back.stdout) as { stages: { name: string; steps: { name: string }[] }[]; decisions: { name: string }[] };
    expect(design.stages.map((s) => [s.name, s.steps.map((t) => t.name)])).toEqual([['Prepare', ['Pack']], ['Review', ['Check']], ['Deliver', ['Send']]]);
    expect(design.decisions.map((d) => d.name)).toEqual(['Is_Large']);
  });

  it('an unknown command or option, a missing argument: exit 2 with the usage, never 1', async () => {
    for (const args of [['tset'], ['simulate', 'ship/ship.json', '--scenaro', 'x'], ['simulate'], ['flow'], ['diff', 'ship/ship.json']]) {
      const ran = await run(args);
      expect(outsideFaults(ran)).toEqual([]);
      expect(ran.code).toBe(2);
      expect(ran.stdout).toBe('');
      expect(ran.stderr).not.toBe('');
    }
  });

  it('standard input (-) is a design for validate and simulate, and named <stdin>', async () => {
    const text = readFileSync(join(work, 'ship/ship.json'), 'utf8');
    const ran = await run(['simulate', '-'], text);
    expect(ran.code).toBe(0);
    expect((oneJsonDocument(ran.stdout) as { format: string }).format).toBe('stageflow.trace');
    const bad = await run(['validate', '-'], '{"format": "stageflow.orchestration", "version": 1,');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^<stdin>: 1:\d+: /);
  });
});

describe('FORMAT.md §5 as written: npm run --silent simulate -- …, from the folder the files are in', () => {
  /** `npm --prefix <repo> run --silent simulate -- …` typed in `work`: paths are read where it was typed. */
  const npmSimulate = (args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> => new Promise((resolve) => {
    execFile('npm', ['--prefix', repoRoot, 'run', '--silent', 'simulate', '--', ...args], { cwd: work, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });

  it('runs, validates and refuses as the stageflow command does', async () => {
    const ran = await npmSimulate(['ship/ship.json', '--scenario', 'ship/ship.scenario.json']);
    expect(ran.code).toBe(0);
    expect((oneJsonDocument(ran.stdout) as { run: { status: string } }).run.status).toBe('Completed');
    expect(await npmSimulate(['ship/ship.json', '--validate-only'])).toEqual({ code: 0, stdout: 'ok\n', stderr: '' });
    expect(await npmSimulate(['nowhere.json'])).toEqual({ code: 2, stdout: '', stderr: 'nowhere.json: cannot read the file: it does not exist\n' });
  }, 60_000);
});
