/**
 * A document that is empty: 0 bytes (a file truncated by a failed write, `> order.json` by mistake)
 * or white space only. The JSON parser said `1:1: not valid JSON: the text ends too early` (or
 * `3:1: …` after blank lines), a place in nothing; Flow XML already said "the file is empty". So a
 * JSON document says it too, and which of the two it is (*chosen*, docs/cli.md).
 */
import { fileLabel } from './fileLabel';
import { isStdin } from './stdinInput';

/** The one stderr line (without its newline) when `text` is empty, else null. `expected` is what it should hold. */
export function emptyInputLine(file: string, text: string, expected = 'a JSON document'): string | null {
  // String.prototype.trim also removes a byte order mark: a file of one BOM is empty too
  if (text.trim() !== '') return null;
  const what = isStdin(file) ? 'standard input is' : 'the file is';
  return `${fileLabel(file)}: 1:1: ${what} empty (${text === '' ? '0 bytes' : 'only white space'}): it should hold ${expected}`;
}
