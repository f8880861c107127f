/**
 * An argument ending in a carriage return: a CI script saved with Windows line ends (CRLF) passes
 * the last word of each line with a `\r` after it (`stageflow test designs\r`), so the path "does
 * not exist" or the option value is wrong, for a reason nothing on the screen shows. The command
 * is refused with one line that names the cause (*chosen*, docs/cli.md): a name that truly ends in
 * a carriage return is far rarer than a script checked out with CRLF.
 */
import { oneLine } from './fileLabel';

/** The stderr line (with its newline) when an argument ends in a carriage return, else null. */
export function crlfArgumentLine(argv: readonly string[]): string | null {
  const arg = argv.find((a) => a.endsWith('\r'));
  if (arg === undefined) return null;
  return `stageflow: the argument "${oneLine(arg)}" ends in a carriage return: the script that ran this command has Windows line ends (CRLF); save it with LF line ends (in git: a .gitattributes line "*.sh text eol=lf")\n`;
}
