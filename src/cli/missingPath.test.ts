/**
 * A path that is not there reads the same in every command — `<path>: cannot read the file: it does
 * not exist` — whichever part of it reads the path (missingPath.ts). `test` and `coverage`, which
 * walk what they are given, said `cannot read: it does not exist`.
 */
import { describe, expect, it } from 'vitest';
import { stageflow } from './stageflow';
import { memoryIo } from './testing/memoryIo';

const LINE = 'gone.json: cannot read the file: it does not exist';

describe('a missing file, in every command', () => {
  it.each([
    ['validate', ['validate', 'gone.json']],
    ['simulate', ['simulate', 'gone.json']],
    ['test', ['test', 'gone.json']],
    ['test --reporter json', ['test', 'gone.json', '--reporter', 'json']],
    ['coverage', ['coverage', 'gone.json']],
    ['diff', ['diff', 'gone.json', 'gone.json']],
    ['convert', ['convert', 'gone.json', '--out', 'x.flow-meta.xml']],
  ])('%s: one wording, exit 2', async (_name, argv) => {
    // given
    const { io, out } = memoryIo({});
    // when
    const code = await stageflow(argv, io);
    // then
    expect(code).toBe(2);
    expect(`${out.stdout}\n${out.stderr}`).toContain(LINE);
    expect(`${out.stdout}\n${out.stderr}`).not.toContain('cannot read: ');
  });

  it('flow: the same words for a flow file', async () => {
    const { io, out } = memoryIo({});
    expect(await stageflow(['flow', 'Gone.flow-meta.xml'], io)).toBe(2);
    expect(out.stderr).toBe('Gone.flow-meta.xml: cannot read the file: it does not exist\n');
  });

  it('a project folder named for --orchestration that is not there says it is a folder', async () => {
    const { io, out } = memoryIo({});
    expect(await stageflow(['validate', 'nope', '--orchestration', 'X'], io)).toBe(2);
    expect(out.stderr).toBe('nope: cannot read the project folder: it does not exist\n');
  });
});
