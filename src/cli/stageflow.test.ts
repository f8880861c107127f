import { describe, expect, it } from 'vitest';
import { stageflow } from './stageflow';
import { SUBCOMMANDS } from './subcommands';
import { memoryIo } from './testing/memoryIo';
import { unwrapped } from './testing/helpText';

describe('stageflow (the dispatcher)', () => {
  it('--help lists every subcommand with its summary on stdout, exit 0', async () => {
    // given
    const { io, out } = memoryIo({});
    // when
    const code = await stageflow(['--help'], io);
    // then
    expect(code).toBe(0);
    expect(out.stdout).toMatch(/^usage: stageflow <command> \[options\]\n/);
    for (const command of SUBCOMMANDS) expect(unwrapped(out.stdout)).toContain(`  ${command.name.padEnd(8)}  ${command.summary}\n`);
  });

  it.each(SUBCOMMANDS.map((c) => c.name))('%s: "<command> --help" and "help <command>" print the same help (usage, options, exit codes), exit 0', async (name) => {
    // given
    const direct = memoryIo({});
    const viaHelp = memoryIo({});
    // when
    const codes = [await stageflow([name, '--help'], direct.io), await stageflow(['help', name], viaHelp.io)];
    // then
    expect(codes).toEqual([0, 0]);
    expect(direct.out.stdout).toMatch(new RegExp(`^usage: stageflow ${name} `));
    expect(direct.out.stdout).toMatch(/\noptions:\n/);
    expect(direct.out.stdout).toMatch(/\nexit codes: 0 /);
    expect(viaHelp.out.stdout).toBe(direct.out.stdout);
    expect(direct.out.stderr).toBe('');
  });

  it('--help gives every exit code docs/cli.md gives for every command, 5 (nothing was tested, asked for) among them', async () => {
    // given
    const { io, out } = memoryIo({});
    // when
    await stageflow(['--help'], io);
    // then
    expect(unwrapped(out.stdout)).toContain('Exit codes: 0 ok, 1 expectations failed (test), coverage below --min (coverage), behaviour changed with --exit-code (diff), or an internal error, 2 bad input (a file that cannot be read or does not validate, bad arguments, no design found), 5 nothing was tested (test, coverage with --fail-if-nothing-tested: no scenario found).\n');
  });

  it('"stageflow help" alone prints the overview on stdout, exit 0, as --help does', async () => {
    const help = memoryIo({});
    const flag = memoryIo({});
    expect(await stageflow(['help'], help.io)).toBe(0);
    expect(await stageflow(['--help'], flag.io)).toBe(0);
    expect(help.out.stdout).toBe(flag.out.stdout);
    expect(help.out.stderr).toBe('');
  });

  it('a mistyped option of stageflow itself is named as an option, with the closest one, exit 2', async () => {
    const { io, out } = memoryIo({});
    expect(await stageflow(['--versoin'], io)).toBe(2);
    expect(out.stderr).toMatch(/^stageflow: unknown option "--versoin"; did you mean "--version"\?\n\nusage: stageflow <command>/);
  });

  it('no command: the overview on stderr, exit 2', async () => {
    const { io, out } = memoryIo({});
    expect(await stageflow([], io)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^usage: stageflow <command>/);
  });

  it('an unknown command is named, exit 2', async () => {
    const { io, out } = memoryIo({});
    expect(await stageflow(['tset'], io)).toBe(2);
    expect(out.stderr).toMatch(/^stageflow: unknown command "tset"; did you mean "test"\?\n/);
  });

  it('an unknown command far from every command is named without a guess', async () => {
    const { io, out } = memoryIo({});
    expect(await stageflow(['deploy'], io)).toBe(2);
    expect(out.stderr).toMatch(/^stageflow: unknown command "deploy"\n\nusage: stageflow <command>/);
  });

  it('--version prints the package version', async () => {
    const { io, out } = memoryIo({});
    expect(await stageflow(['--version'], io)).toBe(0);
    expect(out.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('hands the arguments after the command to it (simulate of a missing file: one line, exit 2)', async () => {
    const { io, out } = memoryIo({});
    expect(await stageflow(['simulate', 'gone.json'], io)).toBe(2);
    expect(out.stderr).toBe('gone.json: cannot read the file: it does not exist\n');
  });
});
