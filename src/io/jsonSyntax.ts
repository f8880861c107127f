/**
 * Where a JSON text stops being JSON. Engines word their JSON.parse errors differently (V8 gives
 * "at position N", sometimes "(line L column C)", sometimes only a snippet; Firefox gives line and
 * column; Safari nothing), so the position is read from the message when present and otherwise
 * found by this small scanner. Iterative: deeply nested input cannot overflow the stack.
 */

export interface TextLocation { line: number; column: number }

/** 1-based line and column of a 0-based character offset. */
export function locate(text: string, offset: number): TextLocation {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) { line++; lineStart = i + 1; }
  }
  return { line, column: end - lineStart + 1 };
}

/** The offset of a JSON.parse error from the engine's message, or null when it does not say. */
export function offsetFromMessage(message: string, text: string): number | null {
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) {
    const lines = text.split('\n');
    const line = Number(lineColumn[1]);
    let offset = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i]!.length + 1;
    return offset + Number(lineColumn[2]) - 1;
  }
  const position = /at position (\d+)/i.exec(message);
  if (position) return Number(position[1]);
  if (/unexpected end/i.test(message)) return text.length;
  return null;
}

const WS = new Set([' ', '\t', '\n', '\r']);

const hex4 = (code: number): string => code.toString(16).toUpperCase().padStart(4, '0');

/** A character as a message names it: in quotes, or by its code point when it would not show (a NUL byte printed raw ends up in the log). */
function shown(c: string): string {
  const code = c.codePointAt(0)!;
  if (code < 0x20 || code === 0x7f) return `U+${hex4(code)} (a control character)`;
  // a double quote shown in double quotes read as three of them: the commonest JSON slip (a missing comma before the next key) got the least readable message
  return c === '"' ? `'"' (the start of a text)` : `"${c}"`;
}

/** Why a control character cannot stand inside a JSON text, and how to write it instead. */
function rawControlReason(c: string): string {
  const named: Record<string, [string, string]> = { '\n': ['a line break', '\\n'], '\r': ['a carriage return', '\\r'], '\t': ['a tab', '\\t'] };
  const [what, escape] = named[c] ?? [shown(c), `\\u${hex4(c.charCodeAt(0))}`];
  return `${what} cannot be written as is inside a text: write it as ${escape}`;
}
const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * The offset and a short reason of the first syntax error in `text`, or null when it is valid JSON;
 * `at`, where the fault is to be shown when that is not where parsing stopped (a trailing comma).
 */
export function findSyntaxError(text: string): { offset: number; reason: string; at?: number } | null {
  let i = 0;
  const stack: Array<'{' | '['> = [];
  // state: what may come next
  let expect: 'value' | 'key' | 'after' | 'colon' = 'value';
  let first = true; // first entry of the current object/array (allows the closing bracket)
  let comma = -1; // where the last comma was: a trailing one is reported there, where it is removed
  const skip = (): void => { while (i < text.length && WS.has(text[i]!)) i++; };
  const fail = (reason: string): { offset: number; reason: string; at?: number } => ({ offset: i, reason });
  // 'closed', 'open' (the text ends first) or 'control' (a raw control character, i left at it)
  const readString = (): 'closed' | 'open' | 'control' => {
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') { i++; return 'closed'; }
      if (c === '\\') i += text[i + 1] === 'u' ? 6 : 2;
      else if (c.charCodeAt(0) < 0x20) return 'control';
      else i++;
    }
    return 'open';
  };
  for (;;) {
    skip();
    if (i >= text.length) return stack.length === 0 && expect === 'after' ? null : fail('the text ends too early');
    const c = text[i]!;
    if (expect === 'after') {
      if (stack.length === 0) return fail(`unexpected ${shown(c)} after the end of the JSON value`);
      const open = stack[stack.length - 1]!;
      if (c === ',') { comma = i; i++; expect = open === '{' ? 'key' : 'value'; first = false; continue; }
      if ((c === '}' && open === '{') || (c === ']' && open === '[')) { i++; stack.pop(); expect = 'after'; continue; }
      // a value right after another one: the comma between them is missing
      const missingComma = c === '"' || c === '{' || c === '[' || /[-0-9tfn]/.test(c) ? ': a comma is missing before it' : '';
      return fail(`expected "," or "${open === '{' ? '}' : ']'}" but found ${shown(c)}${missingComma}`);
    }
    if (expect === 'colon') {
      if (c !== ':') return fail(`expected ":" after the property name but found ${shown(c)}`);
      i++; expect = 'value'; first = false; continue;
    }
    if (expect === 'key') {
      if (c === '}' && first) { i++; stack.pop(); expect = 'after'; continue; }
      // the commonest slip of a hand-edited file (JavaScript and many editors allow it)
      if (c === '}') return { ...fail('a comma after the last property: JSON allows none before "}"; remove it'), at: comma };
      if (c !== '"') return fail(`expected a property name in double quotes but found ${shown(c)}`);
      const key = readString();
      if (key === 'control') return fail(rawControlReason(text[i]!));
      if (key === 'open') return fail('this text is not closed by a double quote');
      expect = 'colon'; continue;
    }
    // a value
    if (c === ']' && first && stack[stack.length - 1] === '[') { i++; stack.pop(); expect = 'after'; continue; }
    if (c === ']' && !first && stack[stack.length - 1] === '[') return { ...fail('a comma after the last item: JSON allows none before "]"; remove it'), at: comma };
    if (c === '{') { stack.push('{'); i++; expect = 'key'; first = true; continue; }
    if (c === '[') { stack.push('['); i++; expect = 'value'; first = true; continue; }
    if (c === '"') {
      const start = i;
      const value = readString();
      if (value === 'control') return fail(rawControlReason(text[i]!));
      if (value === 'open') { i = start; return fail('this text is not closed by a double quote'); }
      expect = 'after'; continue;
    }
    const literal = LITERALS.find((l) => text.startsWith(l, i));
    if (literal) { i += literal.length; expect = 'after'; continue; }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) { i = NUMBER.lastIndex; expect = 'after'; continue; }
    // the whole text is markup: most likely a Flow XML file handed to a JSON reader
    if (c === '<' && stack.length === 0) return fail('unexpected "<" where a value should be: this looks like XML (a Flow file?), not JSON; a Flow XML file is opened with Import or `stageflow convert`');
    return fail(`unexpected ${shown(c)} where a value should be`);
  }
}
