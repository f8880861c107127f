/**
 * Applies a change between two texts written by our XML writer (`base` → `edited`) to the file the
 * base was read from (`original`), line by line, so that every line the change does not touch keeps
 * the original's exact bytes (its indentation, entity spelling, comments, line endings). Lines are
 * aligned by their trimmed text; lines only the original has stay where they were.
 */
import { diffArrays } from 'diff';

/** The line ending a text uses (CRLF when any line ends so). */
export function lineEnding(text: string): '\r\n' | '\n' {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function linesOf(text: string): string[] {
  return text.split(/\r?\n/);
}

const sameTrimmed = (a: string, b: string): boolean => a.trim() === b.trim();

/** For each base line, the index of the original line it stands for, or -1. */
function alignment(base: readonly string[], original: readonly string[]): number[] {
  const map = new Array<number>(base.length).fill(-1);
  let b = 0;
  let o = 0;
  for (const part of diffArrays(base as string[], original as string[], { comparator: sameTrimmed })) {
    const count = part.count ?? part.value.length;
    if (part.added) o += count;
    else if (part.removed) b += count;
    else for (let k = 0; k < count; k++) map[b++] = o++;
  }
  return map;
}

/** `original` with the change `base` → `edited` applied (see the module comment). */
export function mergeLines(original: string, base: string, edited: string): string {
  const eol = lineEnding(original);
  const o = linesOf(original);
  const b = linesOf(base);
  const map = alignment(b, o);
  const out: string[] = [];
  let cursor = 0; // next original line not yet emitted or skipped
  /** Emits the original's own lines up to (not including) `end`. */
  const gapTo = (end: number): void => {
    for (; cursor < end; cursor++) out.push(o[cursor]!);
  };
  let bi = 0;
  for (const part of diffArrays(b, linesOf(edited))) {
    const count = part.count ?? part.value.length;
    if (part.added) {
      out.push(...part.value);
      continue;
    }
    for (let k = 0; k < count; k++, bi++) {
      const at = map[bi]!;
      if (at < 0) continue;
      gapTo(at);
      if (!part.removed) out.push(o[at]!);
      cursor = at + 1;
    }
  }
  gapTo(o.length);
  return out.join(eol);
}
