/**
 * The built executable, as a CI job runs it: built by the same config as `npm run build` (into a
 * temporary folder, so the test never runs a stale build), then started with plain Node from
 * another folder holding a copy of the samples.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../io/testing/tempDir';
import { junitStructureProblems } from './testing/junitStructure';

const root = fileURLToPath(new URL('../../', import.meta.url));
let bin = '';
let work = '';
/** The folders this file made, removed once its tests have run. */
const made: string[] = [];

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

interface Result { code: number | null; stdout: string; stderr: string }

function run(file: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Result> {
  return new Promise((resolve) => {
    execFile(process.execPath, [file, ...args], { cwd, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  const built = mkdtempSync(join(tmpdir(), 'stageflow-build-'));
  made.push(built);
  const out = join(built, 'dist-cli');
  const build = await run(join(root, 'node_modules/vite/bin/vite.js'), ['build', '-c', 'vite.cli.config.ts', '--outDir', out], root);
  if (build.code !== 0) throw new Error(`the CLI build failed: ${build.stderr}`);
  bin = join(out, 'stageflow.js');
  work = mkdtempSync(join(tmpdir(), 'stageflow-ci-'));
  made.push(work);
  cpSync(join(root, 'public/samples'), join(work, 'samples'), { recursive: true });
}, 180_000);

describe('the built stageflow executable (node dist-cli/stageflow.js, from another folder)', () => {
  it('is one executable file with a node shebang', () => {
    expect(statSync(bin).mode & 0o111).not.toBe(0);
    expect(readFileSync(bin, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it('--help lists the subcommands, exit 0', async () => {
    const result = await run(bin, ['--help'], work);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^usage: stageflow <command>/);
    expect(result.stdout).toMatch(/\n {2}validate {2}/);
  });

  it('validates a sample by a path relative to the folder it runs in', async () => {
    const result = await run(bin, ['validate', 'samples/order-fulfilment.json', '--scenario', 'samples/order-fulfilment.scenario.json'], work);
    expect(result).toEqual({ code: 0, stdout: 'ok\n', stderr: '' });
  });

  it('stageflow test: every scenario of every sample passes its expectations (exit 0)', async () => {
    const result = await run(bin, ['test', 'samples'], work);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/\n\d+ scenarios: (\d+) passed, 0 failed in \d+ ms\n$/);
    expect(result.code).toBe(0);
  });

  it('stageflow test --reporter junit: a JUnit report with one testcase per scenario', async () => {
    const result = await run(bin, ['test', '--reporter', 'junit', 'samples'], work);
    expect(result.code).toBe(0);
    expect(junitStructureProblems(result.stdout)).toEqual([]);
    expect(result.stdout.match(/<testcase /g)?.length).toBeGreaterThanOrEqual(8);
  });

  it('stageflow coverage --min 100: the samples\' scenarios reach every step, outcome, condition and fault path', async () => {
    const result = await run(bin, ['coverage', 'samples', '--min', '100'], work);
    expect(result.stdout).not.toContain('never reached');
    expect(result.code).toBe(0);
  });

  it('validates a design with formulas with the formula parser (a chunk loaded only then)', async () => {
    // given: the sample with one formula that parses and one that does not
    const sample = JSON.parse(readFileSync(join(work, 'samples/order-fulfilment.json'), 'utf8')) as Record<string, unknown>;
    const withFormulas = (expression: string) => JSON.stringify({ ...sample, formulas: [{ name: 'Is_Late', type: 'Boolean', expression }] });
    writeFileSync(join(work, 'good-formula.json'), withFormulas('NOT(ISBLANK("x"))'));
    writeFileSync(join(work, 'bad-formula.json'), withFormulas('NOT(ISBLANK("x")'));
    // when
    const good = await run(bin, ['validate', 'good-formula.json'], work);
    const bad = await run(bin, ['validate', 'bad-formula.json'], work);
    // then
    expect(good).toEqual({ code: 0, stdout: 'ok\n', stderr: '' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^bad-formula\.json: formulas\[0\]\.expression: formula "Is_Late" does not parse: .+\n$/);
  });

  it('runs its modules from the code cache the build wrote beside them (CommonJS, dist-cli/package.json)', async () => {
    // given
    expect(JSON.parse(readFileSync(join(bin, '../package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
    // when
    const result = await run(bin, ['validate', 'samples/order-fulfilment.json'], work, { ...process.env, STAGEFLOW_DEBUG_CODE_CACHE: '1' });
    // then: main.js and the validate chunk, each compiled from its cache
    expect(result.stdout).toBe('ok\n');
    const uses = result.stderr.trim().split('\n');
    expect(uses.some((line) => /^code cache: used .*main\.js$/.test(line))).toBe(true);
    expect(uses.some((line) => /^code cache: used .*chunks\/validate-[\w-]+\.js$/.test(line))).toBe(true);
    expect(uses.filter((line) => !line.startsWith('code cache: used '))).toEqual([]);
  });

  it('works the same without its code cache files (they only save compile time)', async () => {
    // given: a copy of the build without any .cache file
    const copy = join(tempDir('stageflow-nocache-'), 'dist-cli');
    cpSync(join(bin, '..'), copy, { recursive: true });
    const caches = readdirSync(copy, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.cache'));
    expect(caches.length).toBeGreaterThan(1);
    for (const name of caches) rmSync(join(copy, name));
    // when
    const result = await run(join(copy, 'stageflow.js'), ['validate', 'samples/order-fulfilment.json', '--scenario', 'samples/order-fulfilment.scenario.json'], work, { ...process.env, STAGEFLOW_DEBUG_CODE_CACHE: '1' });
    // then
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('ok\n');
    expect(result.stderr).toMatch(/^code cache: missing .*main\.js$/m);
  });

  it('bad input: one line, exit 2, no stack trace', async () => {
    const result = await run(bin, ['simulate', 'samples/missing.json'], work);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'samples/missing.json: cannot read the file: it does not exist\n' });
  });
});
