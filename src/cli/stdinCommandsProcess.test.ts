/**
 * `-` in `stageflow diff`, `flow` and `test` read by the real console (nodeIo.readStdin): a process
 * started with the document piped in, as `git show main:order.json | stageflow diff - order.json`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { orchestration } from '../model/testing/fixtures';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'stageflow-stdin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function stageflowWith(input: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
}

describe('stageflow diff, flow and test with standard input piped in (a process)', () => {
  it('diff - order.json compares the piped version with the file', () => {
    const design = JSON.stringify(orchestration());
    writeFileSync(join(dir, 'order.json'), design);
    const result = stageflowWith(design, 'diff', '-', join(dir, 'order.json'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^old: <stdin>\n/);
    expect(result.stdout).toContain('scenario "default scenario": same behaviour');
  }, 60_000);

  it('flow - runs the piped Flow XML', () => {
    const xml = '<Flow><processType>AutoLaunchedFlow</processType><status>Active</status><start><connector><targetReference>Set</targetReference></connector></start><assignments><name>Set</name><assignmentItems><assignToReference>out</assignToReference><operator>Assign</operator><value><stringValue>piped</stringValue></value></assignmentItems></assignments><variables><name>out</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables></Flow>';
    const result = stageflowWith(xml, 'flow', '-');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ flow: '<stdin>', status: 'completed', outputs: { out: 'piped' } });
  }, 60_000);

  it('standard input that is not UTF-8 is named as standard input, not as a file', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'validate', '-'], { cwd: root, input: Buffer.from('{"a":"caf\xe9"}', 'latin1'), encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^<stdin>: 1:\d+: standard input is not UTF-8 \(byte 0xE9 there\)/);
  }, 60_000);

  it('test - is refused with one line, exit 2, nothing read', () => {
    const result = stageflowWith('{}', 'test', '-');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^test: standard input \("-"\) is not read by test: [^\n]*\n$/);
  }, 60_000);
});
