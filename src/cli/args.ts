/** Command-line arguments of `simulate` (FORMAT.md §5), parsed without throwing. */
import { EMPTY_ARGUMENT, unknownOption } from './options';
import { stdinTwice } from './stdinInput';

export interface SimulateArgs {
  orchestration: string;
  /** The orchestration's API name when `orchestration` is a project folder or a `.zip`. */
  project?: string;
  scenario?: string;
  out?: string;
  validateOnly: boolean;
}

export type SimulateArgsResult = { ok: true; args: SimulateArgs } | { ok: false; message: string } | { ok: 'help' };


const WITH_VALUE = new Set(['--scenario', '--out', '--orchestration']);

/** Parses `argv` (without node and the script): one orchestration file and the options. */
export function parseSimulateArgs(argv: readonly string[]): SimulateArgsResult {
  const files: string[] = [];
  const values: Record<string, string> = {};
  let validateOnly = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { ok: 'help' };
    if (arg === '--validate-only') { validateOnly = true; continue; }
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (WITH_VALUE.has(flag)) {
      const value = flag === arg ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '' || (flag === arg && value.startsWith('--'))) return { ok: false, message: `${flag} needs ${flag === '--orchestration' ? 'an API name' : 'a file name'}` };
      if (values[flag] !== undefined) return { ok: false, message: `${flag} is given twice` };
      values[flag] = value;
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') return { ok: false, message: unknownOption(arg, [...WITH_VALUE, '--validate-only']) };
    if (arg === '') return { ok: false, message: EMPTY_ARGUMENT };
    files.push(arg);
  }
  if (files.length === 0) return { ok: false, message: 'the orchestration file is missing' };
  if (files.length > 1) return { ok: false, message: `one orchestration file at a time (got ${files.map((f) => `"${f}"`).join(', ')})` };
  const twice = stdinTwice([files[0], values['--scenario']]);
  if (twice) return { ok: false, message: twice };
  const args: SimulateArgs = { orchestration: files[0]!, validateOnly };
  if (values['--scenario'] !== undefined) args.scenario = values['--scenario'];
  // `--out -` is standard output, as without --out (chosen, docs/cli.md): not a file named "-"
  if (values['--out'] !== undefined && values['--out'] !== '-') args.out = values['--out'];
  if (values['--orchestration'] !== undefined) args.project = values['--orchestration'];
  return { ok: true, args };
}
