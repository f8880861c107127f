/**
 * What a CI job types that the commands took badly: `--min 80%` (coverage), and an empty
 * stageflow.config.json (test, coverage), an argument ending in a carriage return (a CRLF script),
 * each said as the rest of the command line says it.
 */
import { describe, expect, it } from 'vitest';
import { orchestration, scenario } from '../model/testing/fixtures';
import { main as coverage } from './commands/coverage';
import { main as test } from './commands/test';
import { stageflow } from './stageflow';
import { memoryIo } from './testing/memoryIo';

const files = { 'd/o.json': JSON.stringify(orchestration()), 'd/o.scenario.json': JSON.stringify(scenario()) };

describe('CI inputs', () => {
  it('coverage --min 80% is --min 80 (a percentage written with its sign)', async () => {
    const { io, out } = memoryIo(files);
    expect(await coverage(['d', '--min', '80%'], io)).toBe(0);
    expect(out.stdout).toContain('d/o.json (Test_Orchestration): 1 scenario');
    const below = memoryIo(files);
    expect(await coverage(['d', '--min', '100.5%'], below.io)).toBe(2);
    expect(below.out.stderr.split('\n')[0]).toBe('coverage: --min takes a percentage from 0 to 100 (got "100.5%")');
  });

  it('an empty stageflow.config.json says it is empty', async () => {
    const { io, out } = memoryIo({ ...files, 'd/stageflow.config.json': '\n' });
    expect(await test(['d', '--reporter', 'json', '--out', 'r.json'], io)).toBe(2);
    expect(out.stderr).toBe('d/stageflow.config.json: 1:1: the file is empty (only white space): it should hold a JSON document\n');
  });
});

describe('a script saved with Windows line ends', () => {
  it('an argument ending in a carriage return is refused with one line naming the cause, whatever the command', async () => {
    for (const argv of [['test', 'd\r'], ['coverage', 'd', '--min', '100\r'], ['validate', 'd/o.json\r']]) {
      const { io, out } = memoryIo(files);
      expect(await stageflow(argv, io)).toBe(2);
      expect(out.stderr).toBe(`stageflow: the argument "${argv[argv.length - 1]!.replace('\r', '\\r')}" ends in a carriage return: the script that ran this command has Windows line ends (CRLF); save it with LF line ends (in git: a .gitattributes line "*.sh text eol=lf")\n`);
    }
  });
});
