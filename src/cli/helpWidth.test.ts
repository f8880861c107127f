/**
 * Every help reads at 80 columns (*chosen*, docs/cli.md): `stageflow --help`, each command's
 * `--help` under both program names, and a usage error's usage line. Until 2026-12-06 they were
 * one line per option or sentence, up to 344 columns (convert's exit codes), which a terminal and a
 * CI log break at the edge, mid-word. Nothing is lost: each usage, option and exit-code text,
 * joined again, is the one the command declares.
 */
import { describe, expect, it } from 'vitest';
import { HELP as coverageHelp } from './commands/coverage';
import { convertHelp } from './commands/convert';
import { HELP as diffHelp } from './commands/diff';
import { flowHelp } from './commands/flow';
import { simulateHelp } from './commands/simulate';
import { HELP as testHelp } from './commands/test';
import { HELP as validateHelp } from './commands/validate';
import { renderHelp, type CommandHelp } from './help';
import { stageflow } from './stageflow';
import { SUBCOMMANDS } from './subcommands';
import { unwrapped } from './testing/helpText';
import { memoryIo } from './testing/memoryIo';
import { wrapUsage } from './wrapText';

const longest = (text: string) => Math.max(...text.split('\n').map((line) => line.length));

const HELPS: [string, CommandHelp][] = [
  ['test', testHelp], ['coverage', coverageHelp], ['diff', diffHelp], ['validate', validateHelp],
  ['simulate', simulateHelp('stageflow simulate')], ['npm simulate', simulateHelp('npm run --silent simulate --')],
  ['flow', flowHelp('stageflow flow')], ['npm flow', flowHelp('npm run --silent flow --')],
  ['convert', convertHelp('stageflow convert')], ['npm convert', convertHelp('npm run --silent convert --')],
];

describe('help at 80 columns', () => {
  it('stageflow --help, and each command\'s --help, has no line longer than 80 columns', async () => {
    for (const argv of [['--help'], ...SUBCOMMANDS.map((c) => [c.name, '--help'])]) {
      const { io, out } = memoryIo({});
      expect(await stageflow(argv, io)).toBe(0);
      expect(longest(out.stdout), argv.join(' ')).toBeLessThanOrEqual(80);
    }
  });

  it.each(HELPS)('%s: the help under any program name fits, and its usage, options and exit codes joined again are the declared ones', (_name, help) => {
    const text = renderHelp(help);
    expect(longest(text)).toBeLessThanOrEqual(80);
    const lines = unwrapped(text).split('\n');
    expect(lines[0]).toBe(`usage: ${help.usage}`);
    for (const [flag, meaning] of help.options) expect(lines).toContain(`  ${flag.padEnd(Math.max(...help.options.map(([f]) => f.length)))}  ${meaning}`);
    expect(lines).toContain(`exit codes: ${help.exitCodes}`);
  });

  it('a usage error\'s usage fits too', async () => {
    for (const name of SUBCOMMANDS.map((c) => c.name)) {
      const { io, out } = memoryIo({});
      expect(await stageflow([name, '--nope'], io)).toBe(2);
      expect(longest(out.stderr), name).toBeLessThanOrEqual(80);
    }
  });
});

describe('wrapUsage', () => {
  it('breaks between bracketed parts, each kept whole, the lines after under the first argument', () => {
    expect(wrapUsage('stageflow test [path...] [--orchestration <ApiName>] [--reporter text|junit|json] [--out <file>]', 'usage: ', 22)).toEqual([
      'usage: stageflow test [path...] [--orchestration <ApiName>]',
      '                      [--reporter text|junit|json] [--out <file>]',
    ]);
  });

  it('breaks a part longer than a line at its spaces', () => {
    const lines = wrapUsage(`x <${Array.from({ length: 30 }, (_, i) => `alt${i}`).join(' | ')}>`, 'usage: ', 9);
    expect(lines.every((line) => line.length <= 80)).toBe(true);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.map((line) => line.trim()).join(' ')).toBe(`usage: x <${Array.from({ length: 30 }, (_, i) => `alt${i}`).join(' | ')}>`);
  });
});

describe('examples', () => {
  it('an example longer than a line is continued with " \\\\" (it still pastes into a shell); its note goes under it', async () => {
    const { io, out } = memoryIo({});
    await stageflow(['flow', '--help'], io);
    const examples = out.stdout.split('\nexamples:\n')[1]!;
    expect(examples).toContain(' | \\\n      stageflow flow - --project force-app\n    (- is standard input: the flow, or one of the JSON files)\n');
  });
});
