/**
 * `stageflow <command> [options]`: the one executable (its entry is bin.ts, built to
 * dist-cli/main.js by `npm run build` and started by the launcher dist-cli/stageflow.js). It only
 * dispatches: each subcommand is a module loaded when it runs (src/cli/subcommands.ts). Exit
 * codes: 0 ok, 1 failed (expectations, --min, diff --exit-code), 2 bad input, 5 nothing was tested (asked for); never a stack trace.
 */
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo } from './cliIo';
import { closestName } from '../model/closestName';
import { crlfArgumentLine } from './crlfArgument';
import { oneLine } from './fileLabel';
// from wrapText, not help: with help imported here the built chunks required each other and --help
// failed with "i.n is not a function" (builtCli.test)
import { proseLines } from './wrapText';
import { SUBCOMMANDS } from './subcommands';

function overview(): string {
  const width = Math.max(...SUBCOMMANDS.map((c) => c.name.length));
  // in lines of at most 80 columns, as every command's help (help.ts)
  return [
    'usage: stageflow <command> [options]',
    '',
    ...proseLines('Design checks for Salesforce Flow Orchestrations, offline: run scenarios as tests, measure coverage, compare versions.'),
    '',
    'commands:',
    ...SUBCOMMANDS.flatMap((c) => proseLines(c.summary, `  ${c.name.padEnd(width)}  `)),
    '',
    'Run "stageflow <command> --help" for a command\'s options.',
    // every code docs/cli.md gives for every command; 5 only when a CI script asks for it (FORMAT.md §5 lists 0, 1, 2)
    ...proseLines('Exit codes: 0 ok, 1 expectations failed (test), coverage below --min (coverage), behaviour changed with --exit-code (diff), or an internal error, 2 bad input (a file that cannot be read or does not validate, bad arguments, no design found), 5 nothing was tested (test, coverage with --fail-if-nothing-tested: no scenario found).', '', 2),
    '',
  ].join('\n');
}

async function version(): Promise<string> {
  const pkg = await import('../../package.json', { with: { type: 'json' } });
  return pkg.default.version;
}

/** Runs `stageflow` with `argv` (the arguments after the program); resolves to the exit code. */
export async function stageflow(argv: readonly string[], io: CliIo): Promise<number> {
  // a CRLF script's `\r` on the last word of a line: said once, for what it is (crlfArgument.ts)
  const crlf = crlfArgumentLine(argv);
  if (crlf !== null) { io.stderr(crlf); return EXIT_BAD_INPUT; }
  const [first, ...rest] = argv;
  // `stageflow help` alone asks for the overview, as `git help` does
  if (first === undefined || first === '--help' || first === '-h' || (first === 'help' && rest.length === 0)) {
    (first === undefined ? io.stderr : io.stdout)(overview());
    return first === undefined ? EXIT_BAD_INPUT : EXIT_OK;
  }
  if (first === '--version' || first === '-V') {
    io.stdout(`${await version()}\n`);
    return EXIT_OK;
  }
  // `stageflow help <command>` is `stageflow <command> --help`
  const [name, args] = first === 'help' && rest[0] !== undefined ? [rest[0], ['--help']] : [first, rest];
  const command = SUBCOMMANDS.find((c) => c.name === name);
  if (!command) {
    // a mistyped option of stageflow itself (`--versoin`) is named as an option, with the closest one
    const near = name.startsWith('-') ? closestName(name, ['--help', '--version']) : closestName(name, SUBCOMMANDS.map((c) => c.name));
    io.stderr(`stageflow: unknown ${name.startsWith('-') ? 'option' : 'command'} "${oneLine(name)}"${near ? `; did you mean "${near}"?` : ''}\n\n${overview()}`);
    return EXIT_BAD_INPUT;
  }
  const { main } = await command.load();
  return main(args, io);
}
