/**
 * A Flow file that does not begin with markup is named as not Flow XML, with what it begins with,
 * by every command that reads one (docs/cli.md, *chosen*); the XML validator said `1:1: char 'h'
 * is not expected.`.
 */
import { describe, expect, it } from 'vitest';
import { main as convert } from './commands/convert';
import { main as flow } from './commands/flow';
import { main as validate } from './commands/validate';
import { notXmlLine } from './notXml';
import { memoryIo } from './testing/memoryIo';

const LINE = 'Intake.flow-meta.xml: 1:1: not Flow XML: a flow file begins with "<?xml" or "<Flow", and this one with "Case intake, see the wiki"';

describe('a Flow file that is not XML', () => {
  it.each([
    ['validate', validate, ['Intake.flow-meta.xml']],
    ['convert', convert, ['Intake.flow-meta.xml', '--out', 'intake.json']],
    ['flow', flow, ['Intake.flow-meta.xml']],
  ] as const)('%s: one line saying so and what it begins with, exit 2, nothing written', async (_name, command, argv) => {
    const { io, out } = memoryIo({ 'Intake.flow-meta.xml': 'Case intake, see the wiki\nsecond line\n' });
    expect(await command(argv, io)).toBe(2);
    expect(out.stderr).toBe(`${LINE}\n`);
    expect(out.written).toEqual({});
  });

  it('places the first character after blank lines and a byte order mark, cuts a long first line, and leaves XML alone', () => {
    expect(notXmlLine('F.flow', '\uFEFF\n\n  version: 2 of a text export that runs on and on and on for a long while')).toBe('F.flow: 3:3: not Flow XML: a flow file begins with "<?xml" or "<Flow", and this one with "version: 2 of a text export that runs on…"');
    expect(notXmlLine('F.flow', '\uFEFF  <?xml version="1.0"?><Flow/>')).toBeNull();
    expect(notXmlLine('F.flow', ' \n ')).toBeNull();
  });
});
