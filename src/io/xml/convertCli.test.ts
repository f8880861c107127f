import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../cli/convert';
import { xmlFixtures } from './fixtures';
import { tempDir } from '../testing/tempDir';

const onboardingPath = fileURLToPath(new URL('../../engine/__fixtures__/onboarding.orchestration.json', import.meta.url));
const onboarding = readFileSync(onboardingPath, 'utf8');
const caseXml = xmlFixtures('real').find((f) => f.name === 'Orchestration_Case')!.text;

/** An in-memory console and file system. */
function fakeIo(files: Record<string, string>) {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string> };
  const io: CliIo = {
    stdout: (text) => { out.stdout += text; },
    stderr: (text) => { out.stderr += text; },
    readFile: async (path) => {
      if (!Object.hasOwn(files, path)) throw new Error('cannot read the file: it does not exist');
      return files[path]!;
    },
    writeFile: async (path, text) => { out.written[path] = text; },
  };
  return { io, out };
}

describe('convert command (in process)', () => {
  it('converts JSON to Flow XML and says what the XML cannot hold', async () => {
    // given
    const { io, out } = fakeIo({ 'onboarding.json': onboarding });
    // when
    const code = await main(['onboarding.json', '--out', 'Employee_Onboarding.flow-meta.xml'], io);
    // then
    expect(code).toBe(0);
    expect(out.written['Employee_Onboarding.flow-meta.xml']).toContain('<processType>Orchestrator</processType>');
    // a note about the whole document is at (root), as every warning line has a place (FORMAT.md §5, e747927b)
    expect(out.stderr).toMatch(/^onboarding\.json: \(root\): warning: not written .*flow catalog/m);
  });

  it('converts Flow XML to JSON, naming the orchestration after the file, warnings on stderr', async () => {
    // given
    const { io, out } = fakeIo({ 'flows/Orchestration_Case.flow-meta.xml': caseXml });
    // when
    const code = await main(['flows/Orchestration_Case.flow-meta.xml', '--out=case.json'], io);
    // then
    expect(code).toBe(0);
    const doc = JSON.parse(out.written['case.json']!);
    expect(doc).toMatchObject({ format: 'stageflow.orchestration', name: 'Orchestration_Case', apiVersion: 52 });
    expect(out.stderr).toMatch(/^flows\/Orchestration_Case\.flow-meta\.xml: flows\[0\]: warning: flow Orchestration_StepFlow_Request_Approval is referenced but not defined/m);
  });

  it('prints to stdout without --out', async () => {
    // given
    const { io, out } = fakeIo({ 'Orchestration_Case.flow-meta.xml': caseXml });
    // when
    const code = await main(['Orchestration_Case.flow-meta.xml'], io);
    // then
    expect(code).toBe(0);
    expect(JSON.parse(out.stdout).stages).toHaveLength(2);
  });

  it.each([
    ['malformed XML', { 'bad.flow-meta.xml': '<Flow>\n<label>x</label>\n<stageSteps>\n</Flow>' }, ['bad.flow-meta.xml', '--out', 'bad.json'], /^bad\.flow-meta\.xml: 4:\d+: .*stageSteps/m],
    ['a non-orchestration flow', { 'a.flow-meta.xml': '<Flow><processType>Flow</processType></Flow>' }, ['a.flow-meta.xml'], /^a\.flow-meta\.xml: Flow\.processType: this flow has processType Flow/m],
    ['invalid JSON', { 'x.json': '{"format": "stageflow.orchestration",\n  "version": 1,,}' }, ['x.json', '--out', 'X.flow-meta.xml'], /^x\.json: 2:\d+: /m],
    ['a JSON document with a wrong field', { 'x.json': '{"format":"stageflow.orchestration","version":1,"name":"X","stages":[{"name":"A","steps":3}]}' }, ['x.json', '--out', 'X.flow-meta.xml'], /^x\.json: stages\[0\]\.steps: /m],
    ['a missing file', {}, ['gone.flow-meta.xml', '--out', 'gone.json'], /^gone\.flow-meta\.xml: cannot read the file/m],
    ['two files of the same kind', { 'a.json': onboarding }, ['a.json', '--out', 'b.json'], /one must be \.json and the other \.flow-meta\.xml/],
    ['an unknown extension', { 'a.txt': '' }, ['a.txt'], /use a \.json, \.flow-meta\.xml or \.flow file/],
    ['an unknown option', {}, ['a.json', '--fast'], /unknown option "--fast"/],
  ] as const)('exits 2 on %s, saying where and what', async (_what, files, argv, message) => {
    // given
    const { io, out } = fakeIo({ ...files });
    // when
    const code = await main([...argv], io);
    // then
    expect(code).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.stderr).not.toMatch(/\n\s+at /);
    expect(Object.keys(out.written)).toEqual([]);
  });
});

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/convert.ts', ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('convert command (as npm runs it)', () => {
  // three processes started through tsx, which compiles the CLI first: a few seconds each on a quiet
  // machine, up to 16 s on a busy one with a fresh clone's empty tsx cache (three runs on one core
  // passed the default 30 s), so two minutes, as the other CLI process tests give a minute each
  it('converts both ways on disk, and reports bad XML with line:col and no stack trace', async () => {
    // given
    const dir = tempDir('convert-');
    const bad = join(dir, 'Bad.flow-meta.xml');
    writeFileSync(bad, '<?xml version="1.0"?>\n<Flow>\n  <label>x</label>\n  <orchestratedStages>\n</Flow>\n');
    const xml = join(dir, 'Employee_Onboarding.flow-meta.xml');
    const json = join(dir, 'back.json');
    // when
    const there = await run([onboardingPath, '--out', xml]);
    const back = await run([xml, '--out', json]);
    const broken = await run([bad, '--out', join(dir, 'bad.json')]);
    // then
    expect(there.code).toBe(0);
    expect(back.code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8')).name).toBe('Employee_Onboarding');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/Bad\.flow-meta\.xml: 5:\d+: <\/\w+> does not close <orchestratedStages>, opened at \d+:\d+/);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);
});
