/**
 * A walk looks into each `.json` and Flow XML file to tell whether it is a design; one it could not
 * read (saved as UTF-16 by an editor, above the size cap) was passed over in silence, so
 * `stageflow test` in CI passed with that design never run. Real files: the read is nodeIo's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../io/testing/tempDir';
import { nodeIo } from '../nodeIo';
import { main as test } from '../commands/test';

const design = readFileSync('public/samples/order-fulfilment.json', 'utf8');
const xml = readFileSync('src/io/xml/__fixtures__/own/Case_Review.flow-meta.xml', 'utf8');
/** UTF-16 little-endian with its byte order mark, as Windows Notepad saves "Unicode". */
const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

describe('a walk\'s files that cannot be read', () => {
  it('are a warning each naming the file and why, and the exit code is what ran (here no design: bad input, 2)', async () => {
    // given a folder with a design and an orchestration saved as UTF-16, and a plain JSON file
    const dir = tempDir('stageflow-unreadable-');
    writeFileSync(join(dir, 'order.json'), utf16(design));
    writeFileSync(join(dir, 'Case_Review.flow-meta.xml'), utf16(xml));
    writeFileSync(join(dir, 'data.json'), '{ "not": "a design" }');
    const err: string[] = [];
    const io = { ...nodeIo, stdout: () => undefined, stderr: (t: string) => err.push(t) };
    // when
    const code = await test([dir], io);
    // then
    expect(code).toBe(2);
    const lines = err.join('').split('\n');
    for (const name of ['Case_Review.flow-meta.xml', 'order.json']) {
      expect(lines).toContain(`${join(dir, name)}: 1:1: warning: cannot be read (the file is UTF-16 (it starts with the byte order mark 0xFF 0xFE): save it as UTF-8, the encoding Salesforce and Stageflow files use), so the walk could not tell whether it is a design; it was not run`);
    }
    expect(err.join('')).not.toContain('data.json');
  });
});
