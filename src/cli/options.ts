/**
 * Command-line options of the `stageflow` subcommands, parsed with Node's own `util.parseArgs`
 * and turned into one short sentence when they are wrong (never its long default messages).
 */
import { parseArgs } from 'node:util';
import { closestName } from '../model/closestName';
import { oneLine } from './fileLabel';

/** An option: a flag (`boolean`), a value (`string`), or a value that may repeat (`list`). */
export type OptionKind = 'boolean' | 'string' | 'list';

export type OptionSpec = Readonly<Record<string, OptionKind>>;

/** The values of a parsed command line, by option name. */
export interface ParsedOptions {
  positionals: string[];
  flags: Set<string>;
  values: Map<string, string>;
  lists: Map<string, string[]>;
}

/**
 * The refusal of an empty word where a file or folder is expected: `stageflow validate "$DESIGN"`
 * with the variable unset. It read `: cannot read the file: it does not exist`, a line with no
 * name before its colon (*chosen*, docs/cli.md).
 */
export const EMPTY_ARGUMENT = 'an empty argument ("") was given where a file or folder is expected: is a variable unset, as in "$DESIGN"?';

export type OptionsResult = { ok: true; options: ParsedOptions } | { ok: false; message: string } | { ok: 'help' };

/**
 * What other test tools call our options — ESLint's and Mocha-likes' `--format json`, `-o`/`--output`
 * for the report's file — guessed as ours when the command has it (*chosen*, docs/cli.md): a CI user
 * carrying a habit over was told only `unknown option "--format"`.
 */
const OTHER_TOOLS_NAMES: Readonly<Record<string, string>> = {
  '--format': '--reporter',
  '-f': '--reporter',
  '--output': '--out',
  '--output-file': '--out',
  '-o': '--out',
};

/**
 * `unknown option "--scenaro"; did you mean "--scenario"?` — the guess is the only option `arg`
 * begins (`--validate` → `--validate-only`: options are not abbreviated), else another tool's name
 * for one of ours, else one within two edits.
 */
export function unknownOption(arg: string, known: Iterable<string>): string {
  const eq = arg.indexOf('=');
  const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
  const options = [...known, '--help'];
  const longer = name.length > 2 ? options.filter((option) => option.startsWith(name)) : [];
  const ours = Object.hasOwn(OTHER_TOOLS_NAMES, name) && options.includes(OTHER_TOOLS_NAMES[name]!) ? OTHER_TOOLS_NAMES[name] : undefined;
  const near = longer.length === 1 ? longer[0] : ours ?? closestName(name, options);
  // quoted as typed, its control characters escaped: the line stays one line (fileLabel.ts)
  return `unknown option "${oneLine(arg)}"${near ? `; did you mean "${near}"?` : ''}`;
}

function quotedOption(message: string): string {
  return /'(-[^' ]+)/.exec(message)?.[1] ?? 'an option';
}

/**
 * `--min needs a value`; when the word after the option is a value that begins with "-" (`--min -1`,
 * `--out -report.xml`), not an option's name, parseArgs refuses it as ambiguous: say so, and how to give it.
 */
function missingValue(argv: readonly string[], option: string): string {
  const next = argv[argv.indexOf(option) + 1];
  // `--reporter --update`: the value was left out (an option's name follows)
  if (next === undefined || next.startsWith('--')) return `${option} needs a value`;
  return oneLine(`${option} needs a value; "${next}" begins with "-", so it reads as an option: write ${option}=${next}`);
}

/**
 * Parses `argv` against `spec` (option names without `--`). `-h`/`--help` anywhere asks for help;
 * an unknown option, a missing value or a value given twice is an error message.
 */
export function parseOptions(argv: readonly string[], spec: OptionSpec): OptionsResult {
  if (argv.includes('--help') || argv.includes('-h')) return { ok: 'help' };
  const options: Record<string, { type: 'boolean' | 'string'; multiple?: boolean }> = {};
  for (const [name, kind] of Object.entries(spec)) {
    options[name] = kind === 'boolean' ? { type: 'boolean' } : kind === 'list' ? { type: 'string', multiple: true } : { type: 'string' };
  }
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof options; allowPositionals: true; strict: true; tokens: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true, tokens: true });
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
    const message = e instanceof Error ? e.message : String(e);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { ok: false, message: unknownOption(quotedOption(message), Object.keys(spec).map((name) => `--${name}`)) };
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return { ok: false, message: missingValue(argv, quotedOption(message)) };
    return { ok: false, message: message.split('\n')[0]! };
  }
  const result: ParsedOptions = { positionals: [], flags: new Set(), values: new Map(), lists: new Map() };
  for (const token of parsed.tokens) {
    if (token.kind === 'positional' && token.value === '') return { ok: false, message: EMPTY_ARGUMENT };
    if (token.kind === 'positional') result.positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const kind = spec[token.name];
    if (kind === 'boolean') result.flags.add(token.name);
    else if (token.value === undefined || token.value === '') return { ok: false, message: `--${token.name} needs a value` };
    else if (kind === 'list') result.lists.set(token.name, [...(result.lists.get(token.name) ?? []), token.value]);
    else if (result.values.has(token.name)) return { ok: false, message: `--${token.name} is given twice` };
    else result.values.set(token.name, token.value);
  }
  // `--out -` is standard output, as without --out (chosen, docs/cli.md): not a file named "-"
  if (result.values.get('out') === '-') result.values.delete('out');
  return { ok: true, options: result };
}
