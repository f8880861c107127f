/** The `--help` text of a subcommand, built from one description so that every help looks alike. */
import { oneLine } from './fileLabel';
import { HELP_WIDTH, proseLines, wrapUsage, wrapWords } from './wrapText';

export interface CommandHelp {
  /** The usage line after `usage: `. */
  usage: string;
  /** One or two sentences: what the command does. */
  summary: string;
  /** `[flag, meaning]` pairs. */
  options: readonly (readonly [string, string])[];
  /** What each exit code means for this command. */
  exitCodes: string;
  examples?: readonly string[];
}

/** The usage line, broken to 80 columns after `usage: `, its parts lined up under the first argument. */
export function usageText(usage: string): string {
  const first = /(^| )[[<]/.exec(usage);
  // under the first argument (`usage: stageflow test [path...]` → under `[`), unless that leaves too little room
  const indent = first && first.index < 30 ? 'usage: '.length + first.index + (first[1] === ' ' ? 1 : 0) : 'usage: '.length;
  return wrapUsage(usage, 'usage: ', indent).join('\n');
}

/**
 * An example command, and the note after it (`cat order.json | stageflow simulate - (- is standard
 * input)`) on lines of its own under it; a command longer than a line is continued with ` \`, so
 * it can still be pasted into a shell.
 */
function exampleLines(example: string): string[] {
  const [command = '', note] = example.split(/ {3}(?=\()/);
  const words = wrapWords(command, '  ', 6, HELP_WIDTH - 2);
  const lines = words.map((line, i) => (i < words.length - 1 ? `${line} \\` : line));
  return note === undefined ? lines : [...lines, ...proseLines(note, '    ')];
}

/** The full help: usage, summary, options, exit codes and examples, in lines of at most 80 columns. */
export function renderHelp(help: CommandHelp): string {
  const width = Math.max(0, ...help.options.map(([flag]) => flag.length));
  const lines = [usageText(help.usage), '', ...proseLines(help.summary)];
  if (help.options.length > 0) {
    lines.push('', 'options:');
    for (const [flag, meaning] of help.options) lines.push(...proseLines(meaning, `  ${flag.padEnd(width)}  `));
  }
  lines.push('', ...proseLines(help.exitCodes, 'exit codes: ', 2));
  if (help.examples && help.examples.length > 0) lines.push('', 'examples:', ...help.examples.flatMap(exampleLines));
  return `${lines.join('\n')}\n`;
}

/**
 * The message for bad arguments: what is wrong, then the usage line (stderr, exit 2). The message
 * quotes what was typed (`unknown reporter "x"`), so its control characters are escaped: one line.
 */
export function usageError(command: string, message: string, help: CommandHelp): string {
  return `${command}: ${oneLine(message)}\n${usageText(help.usage)}\n`;
}
