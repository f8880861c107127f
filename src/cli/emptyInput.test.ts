/**
 * A JSON file of 0 bytes, or of white space only, is said to be empty (docs/cli.md, *chosen*), as a
 * Flow XML file is, instead of the JSON parser's "the text ends too early" at a place in nothing.
 */
import { describe, expect, it } from 'vitest';
import { orchestration } from '../model/testing/fixtures';
import { main as convert } from './commands/convert';
import { main as flow } from './commands/flow';
import { main as simulate } from './commands/simulate';
import { main as validate } from './commands/validate';
import { memoryIo } from './testing/memoryIo';

const stub = '<Flow><processType>AutoLaunchedFlow</processType></Flow>';

describe('an empty JSON file', () => {
  it('of 0 bytes is "empty"; of white space only, "empty (only white space)"', async () => {
    const { io, out } = memoryIo({ 'empty.json': '', 'blank.json': ' \n\t\n' });
    expect(await validate(['empty.json', 'blank.json'], io)).toBe(2);
    expect(out.stderr).toBe([
      'empty.json: 1:1: the file is empty (0 bytes): it should hold a JSON document',
      'blank.json: 1:1: the file is empty (only white space): it should hold a JSON document',
      '',
    ].join('\n'));
  });

  it('a scenario file, and standard input, likewise', async () => {
    const scenario = memoryIo({ 'd.json': JSON.stringify(orchestration()), 's.json': '\n' });
    expect(await simulate(['d.json', '--scenario', 's.json'], scenario.io)).toBe(2);
    expect(scenario.out.stderr).toBe('s.json: 1:1: the file is empty (only white space): it should hold a JSON document\n');
    const piped = memoryIo({}, '');
    expect(await validate(['-'], piped.io)).toBe(2);
    expect(piped.out.stderr).toBe('<stdin>: 1:1: standard input is empty (0 bytes): it should hold a JSON document or Flow XML\n');
  });

  it('convert: a JSON design file, and a design piped in, likewise (they said "not valid JSON: the text ends too early" at 1:1, or 3:1 after blank lines)', async () => {
    const file = memoryIo({ 'empty.json': '', 'blank.json': '\n\n' });
    expect(await convert(['empty.json', '--out', 'Order.flow-meta.xml'], file.io)).toBe(2);
    expect(await convert(['blank.json'], file.io)).toBe(2);
    expect(file.out.stderr).toBe([
      'empty.json: 1:1: the file is empty (0 bytes): it should hold a JSON document',
      'blank.json: 1:1: the file is empty (only white space): it should hold a JSON document',
      '',
    ].join('\n'));
    expect(file.out.written).toEqual({});
    const piped = memoryIo({}, ' \n');
    expect(await convert(['-'], piped.io)).toBe(2);
    expect(piped.out.stderr).toBe('<stdin>: 1:1: standard input is empty (only white space): it should hold a JSON document or Flow XML\n');
  });

  it('flow -: standard input is empty, not "the file is empty" (there is no file)', async () => {
    const { io, out } = memoryIo({}, '');
    expect(await flow(['-'], io)).toBe(2);
    expect(out.stderr).toBe('<stdin>: 1:1: standard input is empty (0 bytes): it should hold Flow XML (a <Flow> element)\n');
  });

  it('flow: --records and --inputs files', async () => {
    const { io, out } = memoryIo({ 'f/S.flow-meta.xml': stub, 'r.json': '' });
    expect(await flow(['f/S.flow-meta.xml', '--records', 'r.json'], io)).toBe(2);
    expect(out.stderr).toBe('r.json: 1:1: the file is empty (0 bytes): it should hold a JSON document\n');
  });
});
