import { describe, expect, it } from 'vitest';
import { parseSimulateArgs } from './args';

describe('parseSimulateArgs', () => {
  it('reads the file and every option, in any order, with or without "="', () => {
    expect(parseSimulateArgs(['--validate-only', 'def.json', '--scenario', 's.json', '--out=t.json'])).toEqual({
      ok: true, args: { orchestration: 'def.json', scenario: 's.json', out: 't.json', validateOnly: true },
    });
    expect(parseSimulateArgs(['def.json'])).toEqual({ ok: true, args: { orchestration: 'def.json', validateOnly: false } });
  });

  it.each([
    [[], 'the orchestration file is missing'],
    [['a.json', 'b.json'], 'one orchestration file at a time (got "a.json", "b.json")'],
    [['a.json', '--scenario'], '--scenario needs a file name'],
    [['a.json', '--out', '--validate-only'], '--out needs a file name'],
    [['a.json', '--fast'], 'unknown option "--fast"'],
    [['a.json', '--scenaro', 's.json'], 'unknown option "--scenaro"; did you mean "--scenario"?'],
    [['a.json', '--validate'], 'unknown option "--validate"; did you mean "--validate-only"?'],
    [['a.json', '--out', 'x', '--out', 'y'], '--out is given twice'],
  ])('refuses %j: %s', (argv, message) => {
    expect(parseSimulateArgs(argv)).toEqual({ ok: false, message });
  });

  it('--out - is standard output: as if --out were not given', () => {
    expect(parseSimulateArgs(['def.json', '--out', '-'])).toEqual({ ok: true, args: { orchestration: 'def.json', validateOnly: false } });
  });

  it('recognises --help', () => {
    expect(parseSimulateArgs(['x.json', '--help'])).toEqual({ ok: 'help' });
  });
});
