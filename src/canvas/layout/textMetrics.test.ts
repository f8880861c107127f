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

  it('with breaks after dots, moves a reference\'s last part to the next line instead of breaking it anywhere', () => {
    // given a width that holds "Assigned to" and "$Record.Owner:User.Usernam", not "…Username"
    const width = textWidth('$Record.Owner:User.Usernam', font);
    const text = 'Assigned to $Record.Owner:User.Username';
    // then broken anywhere: "Assigned to" / "$Record.Owner:User.Usernam" / "e"
    expect(lineCount(text, font, width)).toBe(3);
    // and after its dots: "Assigned to $Record.Owner:" / "User.Username"
    expect(textWidth('Assigned to $Record.Owner:', font)).toBeLessThanOrEqual(width);
    expect(textWidth('Assigned to $Record.Owner:User.', font)).toBeGreaterThan(width);
    expect(lineCount(text, font, width, { breakAfterDots: true })).toBe(2);
    // a narrower line: "Assigned to" / "$Record." / "Owner:User." / "Username"
    expect(lineCount(text, font, textWidth('Owner:User.', font))).toBe(4);
    expect(lineCount(text, font, textWidth('Owner:User.', font), { breakAfterDots: true })).toBe(4);
    // a dot at a word's end, or followed by a space, is no break of its own; a part longer than a line still breaks anywhere
    expect(lineCount('a. b.', font, textWidth('a. b.', font), { breakAfterDots: true })).toBe(1);
    expect(lineCount(`x.${'a'.repeat(20)}`, font, textWidth('a'.repeat(8), font), { breakAfterDots: true })).toBe(4);
  });
});
