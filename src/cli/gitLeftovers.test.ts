/**
 * A design, scenario or flow file holding what git left in place of the document — the markers of
 * a merge committed unresolved, a Git LFS pointer from a checkout without LFS — is named for what it
 * is, one line, exit 2 (docs/cli.md, *chosen*). Until then the parser spoke: `11:8: Tag '<<<<<<' is an
 * invalid name.`, `2:1: not valid JSON: expected a property name in double quotes but found "<"`,
 * `1:1: char 'v' is not expected.`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { orchestration } from '../model/testing/fixtures';
import { main as flow } from './commands/flow';
import { main as simulate } from './commands/simulate';
import { main as validate } from './commands/validate';
import { gitLeftoverLine } from './gitLeftovers';
import { memoryIo } from './testing/memoryIo';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'stageflow-git-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CONFLICT = 'the file holds an unresolved git merge conflict (a line starting "<<<<<<<"): keep one side, remove the <<<<<<<, ======= and >>>>>>> lines, and commit the result';
const LFS = 'this is a Git LFS pointer, not the file: fetch the file (git lfs pull; in GitHub Actions, actions/checkout with "lfs: true")';
const pointer = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n';
const flowXml = '<?xml version="1.0" encoding="UTF-8"?>\n<Flow xmlns="http://soap.sforce.com/2006/04/metadata">\n    <processType>Orchestrator</processType>\n    <status>Active</status>\n</Flow>\n';
const conflicted = (text: string, at: number) => {
  const lines = text.split('\n');
  return [...lines.slice(0, at), '<<<<<<< HEAD', lines[at], '=======', lines[at], '>>>>>>> feature/intake', ...lines.slice(at + 1)].join('\n');
};

describe('what git left in place of a document', () => {
  it('a design in JSON or Flow XML with conflict markers: the line of the first marker, exit 2, through the real process', () => {
    writeFileSync(join(dir, 'order.json'), conflicted(JSON.stringify(orchestration(), null, 2), 3));
    writeFileSync(join(dir, 'Intake.flow-meta.xml'), conflicted(flowXml, 2));
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'validate', join(dir, 'order.json'), join(dir, 'Intake.flow-meta.xml')], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).toBe(`${join(dir, 'order.json')}: 4:1: ${CONFLICT}\n${join(dir, 'Intake.flow-meta.xml')}: 3:1: ${CONFLICT}\n`);
    expect(result.status).toBe(2);
  }, 60_000);

  it('a Git LFS pointer, as a design, a scenario and a flow', async () => {
    const design = memoryIo({ 'Order.flow-meta.xml': pointer });
    expect(await validate(['Order.flow-meta.xml'], design.io)).toBe(2);
    expect(design.out.stderr).toBe(`Order.flow-meta.xml: 1:1: ${LFS}\n`);
    const scenario = memoryIo({ 'order.json': JSON.stringify(orchestration()), 's.json': pointer });
    expect(await simulate(['order.json', '--scenario', 's.json'], scenario.io)).toBe(2);
    expect(scenario.out.stderr).toBe(`s.json: 1:1: ${LFS}\n`);
    const run = memoryIo({ 'F.flow-meta.xml': pointer });
    expect(await flow(['F.flow-meta.xml'], run.io)).toBe(2);
    expect(run.out.stderr).toBe(`F.flow-meta.xml: 1:1: ${LFS}\n`);
  });

  it('a valid document is never taken for one: "<<<<<<<" inside a value, "=======" and ">>>>>>>" lines in XML text', () => {
    expect(gitLeftoverLine('a.json', JSON.stringify({ name: '<<<<<<< HEAD' }, null, 2))).toBeNull();
    expect(gitLeftoverLine('F.flow-meta.xml', '<Flow>\n<description>Notes\n=======\n&gt;&gt;&gt;\n</description>\n</Flow>')).toBeNull();
    expect(gitLeftoverLine('F.flow-meta.xml', flowXml)).toBeNull();
  });
});
