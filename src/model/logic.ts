/**
 * Condition logic of a requirement list (R64): `and`, `or`, or custom logic over row numbers with
 * AND, OR, NOT and parentheses. Parsed into an AST by a real parser (tokens → recursive descent),
 * never by eval. AND and OR mixed at one level without parentheses are refused, as Salesforce does.
 * Error positions are 1-based character positions in the logic text.
 */
import { MAX_LOGIC_LENGTH } from './schemaConstants';

export type LogicNode =
  | { type: 'row'; row: number; pos: number }
  | { type: 'not'; operand: LogicNode; pos: number }
  | { type: 'and' | 'or'; operands: LogicNode[]; pos: number };

export interface LogicError {
  message: string;
  /** 1-based character position of the fault. */
  position: number;
}

export type LogicResult = { ok: true; ast: LogicNode } | { ok: false; error: LogicError };

type Token =
  | { kind: 'num'; value: number; text: string; pos: number }
  | { kind: 'and' | 'or' | 'not' | 'lparen' | 'rparen'; text: string; pos: number }
  | { kind: 'end'; text: ''; pos: number };

class LogicSyntaxError extends Error {
  constructor(message: string, readonly position: number) {
    super(message);
  }
}

/** Sticky: matched at `lastIndex` only, so a long run of digits or letters is read whole in one step. */
const DIGITS = /\d+/y;
const LETTERS = /[A-Za-z]+/y;

/**
 * The operators of formulas and code an admin may type by habit ("1 && 2", "NOT" as "!"): named with
 * the word to write instead, where "unexpected character "&"" left the fix to guess (*chosen*,
 * docs/editor.md).
 */
const SYMBOLS = /&+|\|+|!/y;
const SYMBOL_WORDS: Record<string, string> = { '&': 'AND', '|': 'OR', '!': 'NOT' };

function matchAt(pattern: RegExp, text: string, index: number): string | undefined {
  pattern.lastIndex = index;
  return pattern.exec(text)?.[0];
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) { i++; continue; }
    const pos = i + 1;
    if (ch === '(') { tokens.push({ kind: 'lparen', text: ch, pos }); i++; continue; }
    if (ch === ')') { tokens.push({ kind: 'rparen', text: ch, pos }); i++; continue; }
    const num = matchAt(DIGITS, text, i);
    if (num !== undefined) {
      tokens.push({ kind: 'num', value: Number(num), text: num, pos });
      i += num.length;
      continue;
    }
    const word = matchAt(LETTERS, text, i);
    if (word !== undefined) {
      const upper = word.toUpperCase();
      if (upper === 'AND' || upper === 'OR' || upper === 'NOT') {
        tokens.push({ kind: upper.toLowerCase() as 'and' | 'or' | 'not', text: word, pos });
        i += word.length;
        continue;
      }
      const shown = word.length > 40 ? `${word.slice(0, 40)}…` : word;
      throw new LogicSyntaxError(`"${shown}" is not AND, OR, NOT or a row number (character ${pos})`, pos);
    }
    const symbol = matchAt(SYMBOLS, text, i);
    const instead = symbol !== undefined ? SYMBOL_WORDS[symbol[0]!] : undefined;
    if (symbol !== undefined && instead !== undefined) {
      throw new LogicSyntaxError(`"${symbol}" at character ${pos}: write ${instead} instead (custom logic joins rows with AND, OR and NOT)`, pos);
    }
    throw new LogicSyntaxError(`unexpected character "${ch}" at character ${pos}`, pos);
  }
  tokens.push({ kind: 'end', text: '', pos: text.length + 1 });
  return tokens;
}

function describe(token: Token): string {
  return token.kind === 'end' ? 'the end of the logic' : `"${token.text}"`;
}

/** How a parse treats AND and OR mixed at one level without parentheses. */
export interface LogicOptions {
  /**
   * Read them with AND before OR (`1 AND 2 OR 3` is `(1 AND 2) OR 3`) instead of refusing them: for
   * logic in a deployed flow file, which Salesforce has accepted and runs (a real Active flow has
   * `9 and (1 or (2 and (3 and 5) or (4 and 7)))`). What the user writes in Stageflow is refused.
   */
  andBeforeOr?: boolean;
  /**
   * Read NOT right after NOT (`NOT NOT 1`) as two negations instead of refusing it: for logic in a
   * deployed flow file, which Salesforce has accepted. R64 has NOT apply to "the row or
   * parenthesised group right after it", and another NOT is neither.
   */
  notAfterNot?: boolean;
}

class Parser {
  private index = 0;
  constructor(private readonly tokens: Token[], private readonly rowCount: number, private readonly options: LogicOptions = {}) {}

  private peek(): Token { return this.tokens[this.index]!; }
  private next(): Token { return this.tokens[this.index++]!; }

  parseAll(): LogicNode {
    const node = this.parseExpression();
    const rest = this.peek();
    if (rest.kind !== 'end') {
      // a row, NOT or "(" right after a whole expression ("1 2", "1 (2 OR 3)") lacks its joiner;
      // a ")" there closes nothing
      const advice = rest.kind === 'rparen' ? ': no "(" before it is open' : rest.kind === 'num' || rest.kind === 'not' || rest.kind === 'lparen' ? ': put AND or OR before it' : '';
      throw new LogicSyntaxError(`unexpected ${describe(rest)} at character ${rest.pos}${advice}`, rest.pos);
    }
    return node;
  }

  /** The logic as written between token indexes `from` and `to` (exclusive), spaced and in capitals. */
  private text(from: number, to: number): string {
    return this.tokens.slice(from, to).map((t) => (t.kind === 'num' ? t.text : t.kind === 'lparen' || t.kind === 'rparen' ? t.text : t.text.toUpperCase()))
      .join(' ').replace(/\( /g, '(').replace(/ \)/g, ')');
  }

  /** The two ways to bracket AND and OR met at token `at`, built from the logic itself. */
  private bracketings(start: number, lastOperand: number, at: number): string {
    this.index = at + 1;
    this.parseOperand();
    const end = this.index;
    const joiner = this.tokens[at]!.text.toUpperCase();
    const before = this.text(start, lastOperand);
    return `"(${this.text(start, at)}) ${joiner} ${this.text(at + 1, end)}" or "${before}${before ? ' ' : ''}(${this.text(lastOperand, end)})"`;
  }

  private parseExpression(): LogicNode {
    const start = this.index;
    const first = this.parseOperand();
    const operands = [first];
    const joiners: ('and' | 'or')[] = [];
    let lastOperand = start;
    let op: Token | null = null;
    for (;;) {
      const t = this.peek();
      if (t.kind !== 'and' && t.kind !== 'or') break;
      if (op && op.kind !== t.kind && !this.options.andBeforeOr) {
        // the operand after the second operator is read first: when it is missing or malformed
        // ("1 AND 2 OR", "1 AND 2 OR )"), that syntax error, where it is, is the fault to report
        const options = this.bracketings(start, lastOperand, this.index);
        throw new LogicSyntaxError(
          `${op.text.toUpperCase()} (character ${op.pos}) and ${t.text.toUpperCase()} (character ${t.pos}) are mixed without parentheses: ` +
            `add parentheses to say which comes first, e.g. ${options}`,
          t.pos,
        );
      }
      op = t;
      joiners.push(t.kind);
      this.next();
      lastOperand = this.index;
      operands.push(this.parseOperand());
    }
    if (!op) return first;
    if (joiners.every((j) => j === joiners[0])) return { type: op.kind as 'and' | 'or', operands, pos: first.pos };
    // mixed (andBeforeOr): the runs joined by AND, joined by OR
    const groups: LogicNode[][] = [[first]];
    joiners.forEach((joiner, i) => {
      if (joiner === 'or') groups.push([operands[i + 1]!]);
      else groups[groups.length - 1]!.push(operands[i + 1]!);
    });
    return { type: 'or', operands: groups.map((g) => (g.length === 1 ? g[0]! : { type: 'and', operands: g, pos: g[0]!.pos })), pos: first.pos };
  }

  private parseOperand(): LogicNode {
    const t = this.next();
    switch (t.kind) {
      case 'num':
        if (t.value < 1 || t.value > this.rowCount) {
          const range = this.rowCount === 0 ? 'there are no requirement rows' : `rows are numbered 1 to ${this.rowCount}`;
          throw new LogicSyntaxError(`row ${t.text} does not exist at character ${t.pos}: ${range}`, t.pos);
        }
        return { type: 'row', row: t.value, pos: t.pos };
      case 'not': {
        const after = this.peek();
        if (after.kind === 'not' && !this.options.notAfterNot) {
          throw new LogicSyntaxError(
            `NOT (character ${after.pos}) right after NOT (character ${t.pos}): NOT applies to the row number or "(" group right after it; two NOTs cancel out, so leave both out`,
            after.pos,
          );
        }
        return { type: 'not', operand: this.parseOperand(), pos: t.pos };
      }
      case 'lparen': {
        const inner = this.parseExpression();
        const close = this.next();
        if (close.kind !== 'rparen') {
          throw new LogicSyntaxError(`expected ")" to close the "(" at character ${t.pos}, found ${describe(close)} at character ${close.pos}`, close.pos);
        }
        return inner;
      }
      default:
        throw new LogicSyntaxError(`expected a row number, NOT or "(" at character ${t.pos}, found ${describe(t)}`, t.pos);
    }
  }
}

function collectRows(node: LogicNode, into: Set<number>): void {
  if (node.type === 'row') into.add(node.row);
  else if (node.type === 'not') collectRows(node.operand, into);
  else for (const o of node.operands) collectRows(o, into);
}

/** The AST of `and` / `or` over `rowCount` rows. */
function allOf(kind: 'and' | 'or', rowCount: number): LogicNode {
  const operands: LogicNode[] = [];
  for (let r = 1; r <= rowCount; r++) operands.push({ type: 'row', row: r, pos: 1 });
  return { type: kind, operands, pos: 1 };
}

/** True when `logic` is the plain `and` / `or` (or absent, which means `and`). */
export function logicKind(logic: string | undefined): 'and' | 'or' | 'custom' {
  const l = (logic ?? 'and').trim().toLowerCase();
  return l === 'and' || l === '' ? 'and' : l === 'or' ? 'or' : 'custom';
}

/**
 * Parses condition logic for a list of `rowCount` requirement rows. Every row must be used by
 * custom logic (R64).
 */
export function parseLogic(logic: string | undefined, rowCount: number, options: LogicOptions = {}): LogicResult {
  const text = logic ?? 'and';
  if (text.length > MAX_LOGIC_LENGTH) {
    const position = MAX_LOGIC_LENGTH + 1;
    return { ok: false, error: { message: `condition logic is longer than ${MAX_LOGIC_LENGTH} characters (character ${position})`, position } };
  }
  const kind = logicKind(text);
  if (kind !== 'custom') return { ok: true, ast: allOf(kind, rowCount) };
  try {
    const ast = new Parser(tokenize(text), rowCount, options).parseAll();
    const used = new Set<number>();
    collectRows(ast, used);
    for (let r = 1; r <= rowCount; r++) {
      if (!used.has(r)) {
        const pos = text.trimEnd().length + 1;
        return { ok: false, error: { message: `row ${r} is not used by the logic (character ${pos}): use it or remove the row`, position: pos } };
      }
    }
    return { ok: true, ast };
  } catch (e) {
    if (e instanceof LogicSyntaxError) return { ok: false, error: { message: e.message, position: e.position } };
    throw e;
  }
}

/**
 * R64 gives every refusal a character position, "more than 10 rows" included: where the logic
 * names the first row past `limit`, else 1 (plain `and`/`or`, or logic that never names one,
 * covers every row from its first character).
 */
export function positionOfRowBeyond(logic: string | undefined, limit: number): number {
  const text = (logic ?? '').slice(0, MAX_LOGIC_LENGTH);
  for (let i = 0; i < text.length; ) {
    const num = matchAt(DIGITS, text, i);
    if (num === undefined) { i++; continue; }
    if (Number(num) > limit) return i + 1;
    i += num.length;
  }
  return 1;
}

/** Evaluates a parsed logic tree; `row(n)` gives the result of row n (1-based). */
export function evaluateLogic(node: LogicNode, row: (n: number) => boolean): boolean {
  switch (node.type) {
    case 'row': return row(node.row);
    case 'not': return !evaluateLogic(node.operand, row);
    case 'and': return node.operands.every((o) => evaluateLogic(o, row));
    case 'or': return node.operands.some((o) => evaluateLogic(o, row));
  }
}
