/**
 * Help text broken into lines of at most 80 columns, the width of a default terminal and of what a
 * CI log shows without scrolling sideways (*chosen*, docs/cli.md: a fixed width, not the terminal's,
 * so the help reads the same in a log, a pipe and a terminal, as git's and npm's usage lines do).
 */

/** The columns a help line may take. */
export const HELP_WIDTH = 80;

/**
 * `text` broken at spaces into lines of at most `width` columns: the first line starts with `first`,
 * the others with `indent` spaces. A word longer than a line stays whole on a line of its own.
 */
export function wrapWords(text: string, first: string, indent: number, width = HELP_WIDTH): string[] {
  return wrapUnits(text.split(/ +/).filter((w) => w !== ''), first, indent, width);
}

/**
 * Prose broken to 80 columns, line by line of `text` (a summary may hold several), each after
 * `first` (the first) or `indent` spaces.
 */
export function proseLines(text: string, first = '', indent = first.length): string[] {
  return text.split('\n').flatMap((line, i) => wrapWords(line, i === 0 ? first : ' '.repeat(indent), indent));
}

/**
 * A usage line (`stageflow test [path...] [--out <file>]`) broken between its parts — a bracketed
 * `[--out <file>]` or `<a | b>` is kept on one line when it fits on one, and broken at its spaces
 * only when it is longer than a line — the following lines indented by `indent`.
 */
export function wrapUsage(usage: string, first: string, indent: number, width = HELP_WIDTH): string[] {
  const lines: string[] = [];
  let line = first;
  let atStart = true; // the line holds its start (`usage: `, or the indent) and nothing else yet
  for (const unit of usageUnits(usage)) {
    const joined = atStart ? `${line}${unit}` : `${line} ${unit}`;
    if (joined.length <= width) { line = joined; atStart = false; continue; }
    if (!atStart && indent + unit.length <= width) {
      lines.push(line);
      line = `${' '.repeat(indent)}${unit}`;
      continue;
    }
    // longer than a line: its words, as prose is wrapped, from where the line is
    const wrapped = wrapUnits(unit.split(/ +/), line, indent, width, atStart);
    line = wrapped.pop()!;
    lines.push(...wrapped);
    atStart = false;
  }
  lines.push(line);
  return lines;
}

/** The parts of a usage line: split at spaces outside brackets ([…], <…>). */
function usageUnits(usage: string): string[] {
  const units: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of usage) {
    if (ch === '[' || ch === '<') depth++;
    if (ch === ']' || ch === '>') depth = Math.max(0, depth - 1);
    if (ch === ' ' && depth === 0) {
      if (current !== '') units.push(current);
      current = '';
    } else current += ch;
  }
  if (current !== '') units.push(current);
  return units;
}

/** Greedy: each word on the line while it fits; `empty` says the first line holds only its start. */
function wrapUnits(words: readonly string[], first: string, indent: number, width: number, empty = true): string[] {
  const lines: string[] = [];
  let line = first;
  for (const word of words) {
    const joined = empty ? `${line}${word}` : `${line} ${word}`;
    if (joined.length <= width || empty) {
      line = joined;
      empty = false;
      continue;
    }
    lines.push(line);
    line = `${' '.repeat(indent)}${word}`;
  }
  lines.push(line);
  return lines;
}
