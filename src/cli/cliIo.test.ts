import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeIo, writeOutputParts } from './cliIo';
import { main as validate } from './commands/validate';
import { memoryIo } from './testing/memoryIo';
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
  it('names the folder that is missing', async () => {
    const dir = tempDir('stageflow-out-');
    const path = join(dir, 'missing', 'trace.json');
    await expect(nodeIo.writeFile(path, '{}')).rejects.toThrow(`cannot write the file: the folder ${join(dir, 'missing')} does not exist`);
    await expect(nodeIo.writeFileParts!(path, ['{', '}'])).rejects.toThrow(`the folder ${join(dir, 'missing')} does not exist`);
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
