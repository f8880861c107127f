/** The `--help` text of a subcommand, built from one description so that every help looks alike. */
import { oneLine } from './fileLabel';

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

/** The full help: usage, summary, options, exit codes and examples. */
export function renderHelp(help: CommandHelp): string {
  const width = Math.max(0, ...help.options.map(([flag]) => flag.length));
  const lines = [`usage: ${help.usage}`, '', help.summary];
  if (help.options.length > 0) {
    lines.push('', 'options:');
    for (const [flag, meaning] of help.options) lines.push(`  ${flag.padEnd(width)}  ${meaning}`);
  }
  lines.push('', `exit codes: ${help.exitCodes}`);
  if (help.examples && help.examples.length > 0) lines.push('', 'examples:', ...help.examples.map((e) => `  ${e}`));
  return `${lines.join('\n')}\n`;
}

/**
 * The message for bad arguments: what is wrong, then the usage line (stderr, exit 2). The message
 * quotes what was typed (`unknown reporter "x"`), so its control characters are escaped: one line.
 */
export function usageError(command: string, message: string, help: CommandHelp): string {
  return `${command}: ${oneLine(message)}\nusage: ${help.usage}\n`;
}
