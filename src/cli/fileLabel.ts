/**
 * A file name or path as it is written at the start of a stderr line. FORMAT.md §5 gives one line
 * per problem (`<file>: <path>: <message>`), and scripts split stderr on newlines: a name holding a
 * newline, a carriage return or another control character would cut its line in two or rewrite the
 * terminal's line. Such characters are written escaped as JSON writes them (`\n`, `\u001b`), the
 * rest of the name as it is (*chosen*, docs/cli.md).
 */

// C0 controls, DEL, C1 controls, and the Unicode line and paragraph separators some terminals break on
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * `text` with its control characters escaped (`a\nb.json` for a name holding a newline); `-`, the
 * argument that means standard input (stdinInput.ts), is `<stdin>`.
 */
export function fileLabel(text: string): string {
  return text === '-' ? '<stdin>' : oneLine(text);
}

/**
 * `text` with its control characters escaped as fileLabel escapes a name: for a whole line built from
 * names (a walk's warning, a report's heading) and for names that are not files (`--user`, an
 * option, a screen field), so a line stays one line. Idempotent on text without control characters.
 */
export function oneLine(text: string): string {
  return text.replace(CONTROL, (ch) => {
    const json = JSON.stringify(ch).slice(1, -1);
    // JSON leaves DEL, C1 controls and U+2028/2029 as they are: write them as \u escapes too
    return json === ch ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}` : json;
  });
}
