import { describe, expect, it } from 'vitest';
import { lineCount, textWidth } from './textMetrics';

const font = { size: 10, bold: false };

describe('lineCount', () => {
  it('counts one line for a text that fits, spaces included, and wraps at spaces when it does not', () => {
    // given a width that holds "aaa aaa" but not "aaa aaa aaa"
    const width = textWidth('aaa aaa', font);
    // then
    expect(lineCount('aaa aaa', font, width)).toBe(1);
    expect(lineCount('', font, width)).toBe(1);
    expect(lineCount('aaa aaa aaa', font, width)).toBe(2);
    expect(lineCount('aaa aaa aaa aaa aaa', font, width)).toBe(3);
  });

  it('collapses runs of spaces as the browser does, and breaks a word longer than a line anywhere', () => {
    const width = textWidth('aaa aaa', font);
    // "aaa     aaa" is wider than the line as written, but renders as "aaa aaa"
    expect(textWidth('aaa     aaa', font)).toBeGreaterThan(width);
    expect(lineCount('aaa     aaa', font, width)).toBe(1);
    expect(lineCount('a'.repeat(20), font, textWidth('a'.repeat(8), font))).toBe(3);
  });
});
