import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputParts } from './cliIo';
import { nodeIo } from './nodeIo';
import { main as test } from './commands/test';
import { main as validate } from './commands/validate';
import { memoryIo } from './testing/memoryIo';
import { routedJson, scenarioText } from './testing/suiteFiles';
import { tempDir } from '../io/testing/tempDir';

describe('nodeIo.readFile: files are UTF-8', () => {
  it('refuses a Latin-1 file with the line and column of its first byte that is not UTF-8', async () => {
    const dir = tempDir('stageflow-utf8-');
    const path = join(dir, 'latin1.json');
    writeFileSync(path, Buffer.concat([Buffer.from('{\n  "label": "Caf'), Buffer.from([0xe9]), Buffer.from('"\n}\n')]));
    await expect(nodeIo.readFile(path)).rejects.toThrow('2:16: the file is not UTF-8 (byte 0xE9 there): save it as UTF-8, the encoding Salesforce and Stageflow files use');
    writeFileSync(path, '{"label": "Café"}');
    await expect(nodeIo.readFile(path)).resolves.toBe('{"label": "Café"}');
  });

  it('validate names the file and the place, exit 2', async () => {
    const dir = tempDir('stageflow-utf8-');
    const path = join(dir, 'latin1.json');
    writeFileSync(path, Buffer.concat([Buffer.from('{"label": "'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]));
    const { io, out } = memoryIo({});
    const real = { ...io, readFile: nodeIo.readFile, pathKind: nodeIo.pathKind };
    expect(await validate([path], real)).toBe(2);
    expect(out.stderr).toContain(`${path}: 1:12: the file is not UTF-8 (byte 0xFF there)`);
  });
});

describe('nodeIo.writeFile', () => {
  // until 2026-12-05 a missing folder was refused (`--out reports/junit.xml` in a fresh checkout failed)
  it('creates the folders the file goes in, as jest-junit and pytest --junitxml do', async () => {
    const dir = tempDir('stageflow-out-');
    const path = join(dir, 'reports', 'ci', 'trace.json');
    await nodeIo.writeFile(path, '{}');
    expect(readFileSync(path, 'utf8')).toBe('{}');
    const parts = join(dir, 'more', 'trace.json');
    await nodeIo.writeFileParts!(parts, ['{', '}']);
    expect(readFileSync(parts, 'utf8')).toBe('{}');
  });

  it('a path through a file cannot be written: one line naming the file in the way', async () => {
    const dir = tempDir('stageflow-out-');
    writeFileSync(join(dir, 'report.txt'), 'x');
    const path = join(dir, 'report.txt', 'junit.xml');
    await expect(nodeIo.writeFile(path, '{}')).rejects.toThrow(`cannot write the file: ${join(dir, 'report.txt')} is a file, not a folder`);
    await expect(nodeIo.writeFileParts!(join(dir, 'report.txt', 'a', 'b.json'), ['{}'])).rejects.toThrow(`cannot write the file: ${join(dir, 'report.txt')} is a file, not a folder`);
    await expect(nodeIo.writeFile(dir, '{}')).rejects.toThrow('cannot write the file: it is a directory');
  });

  it('stageflow test --out into a folder that is not there writes the report; an unwritable --out is one stderr line naming it, exit 2', async () => {
    const dir = tempDir('stageflow-out-');
    const files = { 'routed.json': routedJson(), 'routed.scenario.json': scenarioText('big order') };
    const { io } = memoryIo(files);
    const real = { ...io, writeFile: nodeIo.writeFile };
    expect(await test(['--reporter', 'junit', '--out', join(dir, 'reports', 'junit.xml')], real)).toBe(0);
    expect(readFileSync(join(dir, 'reports', 'junit.xml'), 'utf8')).toContain('<testsuites name="stageflow test" tests="1"');
    writeFileSync(join(dir, 'taken'), 'x');
    const blocked = memoryIo(files);
    const out = join(dir, 'taken', 'junit.xml');
    expect(await test(['--reporter', 'junit', '--out', out], { ...blocked.io, writeFile: nodeIo.writeFile })).toBe(2);
    // (the design's warning comes first: with --out the report's problems are on stderr too)
    expect(blocked.out.stderr.split('\n').slice(-2)).toEqual([`${out}: cannot write the file: ${join(dir, 'taken')} is a file, not a folder`, '']);
  });
});

describe('problemLine', () => {
  it('gives a problem of the whole document the path (root), so every line is <file>: <path>: <message>', async () => {
    const { io, out } = memoryIo({ 'list.json': '[]' });
    expect(await validate(['list.json'], io)).toBe(2);
    expect(out.stderr).toBe('list.json: (root): the document must be an object, not a list\n');
  });
});

describe('writeOutputParts on stdout', () => {
  it('waits for stdout to drain after each part it writes, so a long output to a slow reader is not piled up in memory', async () => {
    // given: a console whose drain is observed, and 3 MB of output in 3 parts
    const events: string[] = [];
    const io = { ...memoryIo({}).io, stdout: (text: string) => { events.push(`write ${text.length}`); }, stdoutDrained: async () => { events.push('drained'); } };
    const part = 'x'.repeat(1 << 20);
    // when
    const code = await writeOutputParts(io, undefined, [part, part, part]);
    // then: each write is followed by a wait for the drain before the next one
    expect(code).toBe(0);
    expect(events).toEqual([`write ${1 << 20}`, 'drained', `write ${1 << 20}`, 'drained', `write ${1 << 20}`, 'drained']);
  });
});
