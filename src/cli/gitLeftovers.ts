/**
 * A document of the command line that git left in place of itself — an LFS pointer, a committed
 * merge conflict — as its one stderr line, named for what it is (io/gitLeftovers.ts, *chosen*,
 * docs/cli.md).
 */
import { gitLeftover } from '../io/gitLeftovers';
import { fileLabel } from './fileLabel';

/** The one stderr line (without its newline) when `text` is such a leftover, else null. */
export function gitLeftoverLine(file: string, text: string): string | null {
  const leftover = gitLeftover(text);
  return leftover === null ? null : `${fileLabel(file)}: ${leftover.line}:1: ${leftover.message}`;
}
