/**
 * Text widths for sizing cards without measuring the DOM: node text is set in Arial (Liberation
 * Sans on Linux, metrically identical), whose advance widths are known, so the layout can tell how
 * many lines a label takes before anything renders. Widths are in 1/1000 em (Helvetica/Arial AFM);
 * characters outside ASCII count as wide, so estimates err towards one line too many, never one
 * too few (a card may have a little spare room, but its text is never cut).
 */

// Advance widths of the printable ASCII characters 32..126, regular and bold.
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
  611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
const WIDE = 1000;

export interface Font {
  readonly size: number;
  readonly bold: boolean;
}

/** Width in px of `text` set in `font`. */
export function textWidth(text: string, font: Font): number {
  const table = font.bold ? BOLD : REGULAR;
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    units += code >= 32 && code <= 126 ? table[code - 32]! : WIDE;
  }
  return (units * font.size) / 1000;
}

const cache = new Map<string, number>();
const MAX_CACHED = 20_000;

/**
 * Where a chip's text may also break: after each `.` or `:` followed by more of the word, as in a
 * reference (`$Record.Owner:User.Username`). `softBreaks` (nodes/SoftBreaks.tsx) puts a `<wbr>`
 * at each, and `lineCount(…, { breakAfterDots: true })` counts lines the same way.
 */
export const SOFT_BREAK = /(?<=[.:])(?=[^\s])/;

export interface LineOptions {
  /** The text may also break after `.` and `:` inside a word (`SOFT_BREAK`). */
  readonly breakAfterDots?: boolean;
}

/**
 * How many lines `text` takes when wrapped at spaces into lines `width` px wide (a word longer
 * than a line breaks anywhere, as `overflow-wrap: anywhere` does). At least one line.
 */
export function lineCount(text: string, font: Font, width: number, options: LineOptions = {}): number {
  // Most labels fit on one line: one pass over the characters, no split and no cache entry.
  if (textWidth(text, font) <= width) return 1;
  const dots = options.breakAfterDots === true;
  const key = `${font.size}${font.bold ? 'b' : 'r'}${dots ? 'd' : ''}${width}|${text}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const space = textWidth(' ', font);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    // the pieces of a word a line may end after: the word itself, or its parts after each dot
    const pieces = dots ? word.split(SOFT_BREAK) : [word];
    for (let k = 0; k < pieces.length; k++) {
      let w = textWidth(pieces[k]!, font);
      const needed = used === 0 ? w : used + (k === 0 ? space : 0) + w;
      if (needed <= width) {
        used = needed;
        continue;
      }
      if (used > 0) lines++;
      // A piece wider than a line fills whole lines, then leaves the rest on the last one.
      while (w > width) {
        lines++;
        w -= width;
      }
      used = w;
    }
  }
  if (cache.size > MAX_CACHED) cache.clear();
  cache.set(key, lines);
  return lines;
}
