/**
 * The formula tokenizer: characters → tokens with 1-based positions. Salesforce formula syntax:
 * numbers, text in single or double quotes with backslash escapes, merge fields `{!…}`, names
 * (functions, `TRUE`/`FALSE`/`NULL`, bare references such as `$Record.Status`), operators and
 * `/* comments *\/`.
 */
import { FormulaFault } from './errors';

export type TokenKind = 'number' | 'string' | 'mergeField' | 'name' | 'operator' | 'lparen' | 'rparen' | 'comma' | 'end';

export interface Token {
  readonly kind: TokenKind;
  /** Number: the digits; string: the unescaped text; mergeField/name: the path; operator: the symbol. */
  readonly text: string;
  readonly pos: number;
}

/** Operators, longest first so `<=` wins over `<`. */
const OPERATORS = ['&&', '||', '==', '!=', '<>', '<=', '>=', '+', '-', '*', '/', '^', '&', '=', '<', '>', '!'];

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/**
 * A reference path: segments of letters, digits and underscores (`$` first allowed), `:Type`
 * polymorphic steps, joined by dots. A segment after the first may start with a digit: an External
 * Services action names its outputs after HTTP response codes (`{!Callout.400Exc.status}`, in real
 * active flows), while the resource it starts from is a flow name, which starts with a letter.
 */
export const REFERENCE_PATH = /^\$?[A-Za-z_][A-Za-z0-9_]*(:[A-Za-z][A-Za-z0-9_]*)?(\.\$?[A-Za-z0-9_][A-Za-z0-9_]*(:[A-Za-z][A-Za-z0-9_]*)?)*$/;

const NAME_AT = /[$A-Za-z_][A-Za-z0-9_]*(:[A-Za-z][A-Za-z0-9_]*)?(\.\$?[A-Za-z_][A-Za-z0-9_]*(:[A-Za-z][A-Za-z0-9_]*)?)*/y;
const NUMBER_AT = /(\d+(\.\d*)?|\.\d+)/y;

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v' || ch === '\u00a0';
}

/** Splits formula text into tokens; a lexical fault throws a FormulaFault with its position. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (isSpace(ch)) { i++; continue; }
    const pos = i + 1;
    if (ch === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) throw new FormulaFault('comment "/*" is never closed with "*/"', pos);
      i = close + 2;
      continue;
    }
    if (ch === '(') { tokens.push({ kind: 'lparen', text: ch, pos }); i++; continue; }
    if (ch === ')') { tokens.push({ kind: 'rparen', text: ch, pos }); i++; continue; }
    if (ch === ',') { tokens.push({ kind: 'comma', text: ch, pos }); i++; continue; }
    if (ch === '"' || ch === "'") { i = readString(text, i, tokens); continue; }
    if (ch === '{') { i = readMergeField(text, i, tokens); continue; }
    NUMBER_AT.lastIndex = i;
    const num = NUMBER_AT.exec(text);
    if (num) { tokens.push({ kind: 'number', text: num[0], pos }); i += num[0].length; continue; }
    NAME_AT.lastIndex = i;
    const name = NAME_AT.exec(text);
    if (name) { tokens.push({ kind: 'name', text: name[0], pos }); i += name[0].length; continue; }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (op) { tokens.push({ kind: 'operator', text: op, pos }); i += op.length; continue; }
    if (ch === '|') throw new FormulaFault('unexpected "|" (the OR operator is "||")', pos);
    throw new FormulaFault(`unexpected character "${String.fromCodePoint(text.codePointAt(i)!)}"`, pos);
  }
  tokens.push({ kind: 'end', text: '', pos: text.length + 1 });
  return tokens;
}

/** Reads a quoted text literal starting at `start`; returns the index after its closing quote. */
function readString(text: string, start: number, tokens: Token[]): number {
  const quote = text[start]!;
  let out = '';
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === quote) {
      tokens.push({ kind: 'string', text: out, pos: start + 1 });
      return i + 1;
    }
    if (ch === '\\') {
      const next = text[i + 1];
      if (next === undefined) break;
      // \n \r \t \b \f are control characters; any other escaped character stands for itself (\' \" \\).
      out += ESCAPES[next] ?? next;
      i += 2;
      continue;
    }
    out += ch;
    i++;
  }
  throw new FormulaFault(`text starting with ${quote} is never closed with ${quote}`, start + 1);
}

/** Reads `{!path}` starting at `start`; returns the index after `}`. */
function readMergeField(text: string, start: number, tokens: Token[]): number {
  const pos = start + 1;
  if (text[start + 1] !== '!') throw new FormulaFault('expected "{!" to start a merge field', pos);
  const close = text.indexOf('}', start + 2);
  if (close < 0) throw new FormulaFault('merge field "{!" is never closed with "}"', pos);
  const path = text.slice(start + 2, close).trim();
  if (path === '') throw new FormulaFault('empty merge field "{!}"', pos);
  if (!REFERENCE_PATH.test(path)) {
    const expression = bracedExpression(text, start + 2, close);
    if (!expression && stringPastBrace(text, start + 2, close)) {
      // the braces close after the text that holds the "}": `{!$Label.A + "}"}` is `($Label.A + "}")`
      const after = closeAfterTexts(text, start + 2);
      const enclosed = after < 0 ? null : bracedExpression(text, start + 2, after);
      if (enclosed && enclosed[enclosed.length - 1]!.kind !== 'operator') {
        tokens.push({ kind: 'lparen', text: '(', pos }, ...enclosed, { kind: 'rparen', text: ')', pos: after + 1 });
        return after + 1;
      }
      // no brace closes them: a string begun inside holds the "}", "{!" a delimiter only (stringPastBrace)
      return start + 2;
    }
    if (!expression) throw new FormulaFault(`"{!${path}}" is not a valid merge field (expected names joined by dots, such as {!$Record.Status})`, pos);
    // braces closing after an operator hold the left half of a comparison whose right operand follows them
    if (expression[expression.length - 1]!.kind === 'operator') tokens.push(...expression);
    else tokens.push({ kind: 'lparen', text: '(', pos }, ...expression, { kind: 'rparen', text: ')', pos: close + 1 });
    return close + 1;
  }
  tokens.push({ kind: 'mergeField', text: path, pos });
  return close + 1;
}

/**
 * The tokens of an expression written inside merge-field braces, `{!$Flow.CurrentDate+1}`, read as
 * `($Flow.CurrentDate+1)`; null when the braces hold no operator or parenthesis (a misspelt name,
 * `{!a..b}`, stays "not a valid merge field") or what they hold does not tokenize. *Chosen*: survey 11
 * found `{!$Flow.CurrentDate+1}` as a Date formula of a Draft flow saved by Salesforce (a flow whose
 * formula does not validate is saved as an InvalidDraft), so its parser takes the braces as
 * delimiters around an expression; Salesforce Help documents only merge fields of one resource.
 * Braces that close after an operator, `{!$Record.RecordType.DeveloperName=}` followed by
 * `$Label.X`, are spliced in as written, without the parentheses (*chosen*: survey 19 found it in an
 * Active record-triggered flow, API 60.0, which Salesforce activated, so its parser reads the braces
 * as delimiters only and the comparison's right operand after them).
 */
function bracedExpression(text: string, from: number, close: number): Token[] | null {
  const inner = text.slice(from, close);
  if (!/[-+*/^&=<>!()]/.test(inner)) return null;
  let tokens: Token[];
  try {
    tokens = tokenize(inner);
  } catch {
    return null;
  }
  return tokens.filter((t) => t.kind !== 'end').map((t) => ({ ...t, pos: t.pos + from }));
}

/**
 * Whether a text literal begun between `from` and the first "}" (`close`) is still open there, so
 * that "}" is a character of the text: `"…?w="+{!$Record.Id+"&c=SMS} Reply STOP."`. *Chosen*:
 * survey 24 found five such SMS texts in an Active record-triggered flow (API 57.0) that Salesforce
 * activated, so its parser reads "{!" as a delimiter only and the text, "}" and all, as written;
 * the formula is read on from after "{!" (a text never closed is still said so).
 */
function stringPastBrace(text: string, from: number, close: number): boolean {
  let quote: string | null = null;
  for (let i = from; i < close; i++) {
    const ch = text[i]!;
    if (quote !== null && ch === '\\') i++;
    else if (quote !== null && ch === quote) quote = null;
    else if (quote === null && (ch === '"' || ch === "'")) quote = ch;
  }
  return quote !== null;
}

/**
 * The first "}" at or after `from` outside quoted texts, -1 when there is none before the end or a
 * "{" outside a text (another merge field: these braces are not closed before it). *Chosen*: a text
 * inside merge-field braces may hold a "}" (`{!$Label.Greeting + "}"}`), the braces closing after
 * it, as a formula's braces hold an expression (bracedExpression).
 */
function closeAfterTexts(text: string, from: number): number {
  let quote: string | null = null;
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (quote !== null) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '}') return i;
    else if (ch === '{') return -1;
  }
  return -1;
}
