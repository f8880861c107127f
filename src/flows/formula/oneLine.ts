/**
 * A formula quoted on one line, for a message that must stay one line (a `stageflow flow` warning on
 * stderr). Flow Builder saves formulas with line breaks and indentation: between tokens a run of
 * whitespace becomes one space, while a text literal keeps every character — its line breaks and
 * tabs written as the escapes the formula language reads (`\n`, `\r`, `\t`), so `"a  b"` is not
 * shown as `"a b"`, a different text. A long formula is cut, with an ellipsis.
 */

/** Formulas quoted in a message are cut to this many characters (the ellipsis included). */
export const ONE_LINE_MAX = 200;

const ESCAPED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` on one line, at most `max` characters (cut with `…`). */
export function formulaOnOneLine(text: string, max = ONE_LINE_MAX): string {
  let out = '';
  let quote: string | null = null;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote !== null) {
      if (ch === '\\' && i + 1 < text.length) {
        // an escape stands as written (\" does not close the text); a backslash before a raw line break keeps it visible
        out += ch + (ESCAPED[text[i + 1]!] ?? text[i + 1]);
        i++;
      } else {
        out += ESCAPED[ch] ?? ch;
        if (ch === quote) quote = null;
      }
      continue;
    }
    if (/\s/.test(ch)) {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += ch;
    if (ch === '"' || ch === "'") quote = ch;
  }
  return cut(out, max);
}

/** `text` cut to `max` characters, the last one an ellipsis, never splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(max - 1, 0);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
