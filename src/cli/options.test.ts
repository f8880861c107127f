import { describe, expect, it } from 'vitest';
import { parseOptions } from './options';

const spec = { scenario: 'list', reporter: 'string', update: 'boolean' } as const;

describe('parseOptions', () => {
  it('collects positionals, flags, single values and repeated values, with or without "="', () => {
    // when
    const result = parseOptions(['a.json', '--scenario', 's1.json', '--update', '--scenario=s2.json', '--reporter=junit', 'b.json'], spec);
    // then
    expect(result.ok).toBe(true);
    if (result.ok !== true) return;
    expect(result.options.positionals).toEqual(['a.json', 'b.json']);
    expect([...result.options.flags]).toEqual(['update']);
    expect(result.options.values.get('reporter')).toBe('junit');
    expect(result.options.lists.get('scenario')).toEqual(['s1.json', 's2.json']);
  });

  it.each([
    [['--fast'], 'unknown option "--fast"'],
    [['--reportr', 'junit'], 'unknown option "--reportr"; did you mean "--reporter"?'],
    [['--updte'], 'unknown option "--updte"; did you mean "--update"?'],
    [['--reporter'], '--reporter needs a value'],
    [['--reporter', '--update'], '--reporter needs a value'],
    [['--reporter='], '--reporter needs a value'],
    [['--reporter', 'a', '--reporter', 'b'], '--reporter is given twice'],
    [['--reporter', '-1'], '--reporter needs a value; "-1" begins with "-", so it reads as an option: write --reporter=-1'],
    [['--reporter', '--fast'], '--reporter needs a value'],
    // other tools' names for ours (ESLint's --format, -o/--output for the report's file)
    [['--format', 'json'], 'unknown option "--format"; did you mean "--reporter"?'],
    [['--format=junit'], 'unknown option "--format"; did you mean "--reporter"?'],
    [['-f', 'json'], 'unknown option "-f"; did you mean "--reporter"?'],
  ])('refuses %j: %s', (argv, message) => {
    expect(parseOptions(argv, spec)).toEqual({ ok: false, message });
  });

  it('-o, --output and --output-file are guessed as --out where the command has it, and not where it has not', () => {
    for (const option of ['-o', '--output', '--output-file']) {
      expect(parseOptions([option, 'r.xml'], { out: 'string' })).toEqual({ ok: false, message: `unknown option "${option}"; did you mean "--out"?` });
    }
    expect(parseOptions(['--format', 'json'], { out: 'string' })).toEqual({ ok: false, message: 'unknown option "--format"' });
  });

  it('--out - is standard output: as if --out were not given', () => {
    // when
    const result = parseOptions(['a.json', '--out', '-'], { out: 'string' });
    // then
    expect(result.ok).toBe(true);
    if (result.ok !== true) return;
    expect(result.options.values.has('out')).toBe(false);
    expect(result.options.positionals).toEqual(['a.json']);
  });

  it('recognises -h and --help anywhere', () => {
    expect(parseOptions(['x', '-h'], spec)).toEqual({ ok: 'help' });
    expect(parseOptions(['--fast', '--help'], spec)).toEqual({ ok: 'help' });
  });
});
