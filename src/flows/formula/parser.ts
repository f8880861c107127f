/**
 * The formula parser: tokens → syntax tree, by recursive descent (never eval). Precedence, lowest
 * first: `||`; `&&`; `=` `==` `!=` `<>`; `<` `>` `<=` `>=`; `+` `-` `&`; `*` `/`; `^`; prefix
 * `-` `+` `!` `NOT`. Binary operators associate to the left and are parsed by loops, so a long
 * chain (`a & b & c …`) costs no stack; nesting (parentheses, calls, prefix operators) is capped.
 * Function names, `TRUE`, `FALSE`, `NULL` and `NOT` are case-insensitive; unknown functions and
 * wrong argument counts are refused here, with the function's name and position.
 */
import { NULL_FLOW_VALUE, booleanValue, numberValue, textValue } from '../values';
import type { BinaryOperator, FormulaNode, ParsedFormula } from './ast';
import { FormulaFault } from './errors';
import { functionNamed, isUnsupportedFunction, similarFunctionName } from './functions';
import { tokenize } from './tokens';
import type { Token } from './tokens';

/** Salesforce's limit on a formula's length. */
export const MAX_FORMULA_LENGTH = 3900;
/** How deeply parentheses, calls and prefix operators may nest (guards the stack). */
export const MAX_NESTING = 200;

const LEVELS: readonly (readonly string[])[] = [
  ['||'],
  ['&&'],
  ['=', '==', '!=', '<>'],
  ['<', '>', '<=', '>='],
  ['+', '-', '&'],
  ['*', '/'],
  ['^'],
];

const CANONICAL: Readonly<Record<string, BinaryOperator>> = { '==': '=', '<>': '!=' };

function describe(token: Token): string {
  switch (token.kind) {
    case 'end': return 'the end of the formula';
    case 'number': return `"${token.text}"`;
    case 'string': return 'a text value';
    case 'mergeField': return `{!${token.text}}`;
    default: return `"${token.text}"`;
  }
}

/** `unknown function CHAR`, with the function one character away when there is one (a misspelling, or Excel's name). */
function unknownFunction(name: string): string {
  const similar = similarFunctionName(name);
  return similar ? `unknown function ${name} (check the spelling: Salesforce has ${similar})` : `unknown function ${name}`;
}

function plural(n: number): string {
  return n === 1 ? '1 argument' : `${n} arguments`;
}

class Parser {
  private index = 0;
  private nesting = 0;
  readonly references: string[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly tokens: readonly Token[]) {}

  private peek(): Token { return this.tokens[this.index]!; }
  private advance(): Token { return this.tokens[this.index++]!; }
  private isOperator(token: Token, ops: readonly string[]): boolean { return token.kind === 'operator' && ops.includes(token.text); }

  parseAll(): FormulaNode {
    const node = this.parseLevel(0);
    const rest = this.peek();
    if (rest.kind !== 'end') {
      const detail = rest.kind === 'rparen' ? 'unexpected ")" with no "(" to close' : `unexpected ${describe(rest)}: expected an operator or the end of the formula`;
      throw new FormulaFault(detail, rest.pos);
    }
    return node;
  }

  private enter(pos: number): void {
    if (++this.nesting > MAX_NESTING) throw new FormulaFault(`the formula nests more than ${MAX_NESTING} levels deep`, pos);
  }

  private parseLevel(level: number): FormulaNode {
    if (level === LEVELS.length) return this.parseUnary();
    const ops = LEVELS[level]!;
    let left = this.parseLevel(level + 1);
    while (this.isOperator(this.peek(), ops)) {
      const op = this.advance();
      const right = this.parseLevel(level + 1);
      left = { kind: 'binary', pos: op.pos, op: CANONICAL[op.text] ?? (op.text as BinaryOperator), left, right };
    }
    return left;
  }

  private parseUnary(): FormulaNode {
    const token = this.peek();
    const isNotKeyword = token.kind === 'name' && token.text.toUpperCase() === 'NOT' && this.tokens[this.index + 1]?.kind !== 'lparen';
    if (this.isOperator(token, ['-', '+', '!']) || isNotKeyword) {
      this.advance();
      this.enter(token.pos);
      const operand = this.parseUnary();
      this.nesting--;
      const op = isNotKeyword ? '!' : (token.text as '-' | '+' | '!');
      return { kind: 'unary', pos: token.pos, op, operand };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): FormulaNode {
    const token = this.advance();
    switch (token.kind) {
      case 'number': return { kind: 'literal', pos: token.pos, value: numberValue(Number(token.text)) };
      case 'string': return { kind: 'literal', pos: token.pos, value: textValue(token.text) };
      case 'mergeField': return this.reference(token);
      case 'lparen': {
        this.enter(token.pos);
        const inner = this.parseLevel(0);
        this.nesting--;
        const close = this.advance();
        if (close.kind !== 'rparen') throw new FormulaFault(`expected ")" to close "(" at position ${token.pos}, found ${describe(close)}`, close.pos);
        return inner;
      }
      case 'name': return this.parseName(token);
      default:
        throw new FormulaFault(`expected a value, found ${describe(token)}`, token.pos);
    }
  }

  private reference(token: Token): FormulaNode {
    if (!this.seen.has(token.text)) {
      this.seen.add(token.text);
      this.references.push(token.text);
    }
    return { kind: 'reference', pos: token.pos, name: token.text };
  }

  private parseName(token: Token): FormulaNode {
    const upper = token.text.toUpperCase();
    if (this.peek().kind === 'lparen') return this.parseCall(token, upper);
    if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'literal', pos: token.pos, value: booleanValue(upper === 'TRUE') };
    if (upper === 'NULL') return { kind: 'literal', pos: token.pos, value: NULL_FLOW_VALUE };
    if (upper === 'AND' || upper === 'OR') {
      throw new FormulaFault(`${upper} is a function: write ${upper}(a, b) or use ${upper === 'AND' ? '&&' : '||'}`, token.pos);
    }
    return this.reference(token);
  }

  private parseCall(token: Token, name: string): FormulaNode {
    const def = functionNamed(name);
    if (!def) {
      const detail = token.text.includes('.') || token.text.includes(':')
        ? `"${token.text}" is not a function name`
        : isUnsupportedFunction(name) ? `function ${name} is not supported by Stageflow's formula evaluator` : unknownFunction(name);
      throw new FormulaFault(detail, token.pos, name);
    }
    const open = this.advance();
    this.enter(open.pos);
    const args: FormulaNode[] = [];
    if (this.peek().kind !== 'rparen') {
      for (;;) {
        args.push(this.parseLevel(0));
        const next = this.advance();
        if (next.kind === 'rparen') break;
        if (next.kind !== 'comma') throw new FormulaFault(`expected ")" to close ${name}( (found ${describe(next)})`, next.pos, name);
      }
    } else {
      this.advance();
    }
    this.nesting--;
    const count = args.length;
    if (count < def.minArgs || count > def.maxArgs) {
      const wanted = def.minArgs === def.maxArgs ? plural(def.minArgs)
        : def.maxArgs === Infinity ? `at least ${plural(def.minArgs)}` : `${def.minArgs} to ${plural(def.maxArgs)}`;
      throw new FormulaFault(`${name} takes ${wanted}, not ${count}`, token.pos, name);
    }
    const ruleBroken = def.arityRule?.(count);
    if (ruleBroken !== undefined) throw new FormulaFault(`${name} ${ruleBroken}`, token.pos, name);
    return { kind: 'call', pos: token.pos, name, args };
  }
}

/**
 * Parses formula text; a syntax fault throws a FormulaFault (index.ts turns it into a result).
 * `countedLength` is the length Salesforce's limit is counted on: the text's own, unless the text is
 * a translation of what the admin typed (a Process Builder formula, see FlowFormula.typedLength).
 */
export function parse(text: string, countedLength = text.length): ParsedFormula {
  if (countedLength > MAX_FORMULA_LENGTH) {
    throw new FormulaFault(`the formula is ${countedLength.toLocaleString('en-US')} characters long; Salesforce allows at most ${MAX_FORMULA_LENGTH.toLocaleString('en-US')}`);
  }
  if (text.trim() === '') throw new FormulaFault('the formula is empty', 1);
  const parser = new Parser(tokenize(text));
  const root = parser.parseAll();
  return { source: text, root, references: parser.references };
}
