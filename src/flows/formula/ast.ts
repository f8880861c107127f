/**
 * The syntax tree of a parsed formula. Every node keeps the 1-based character position of its
 * start (a call: its name; an operator: the operator), so evaluation errors can say where.
 */
import type { FlowValue } from '../values';

export type BinaryOperator =
  | '+' | '-' | '*' | '/' | '^' | '&'
  | '=' | '!=' | '<' | '>' | '<=' | '>='
  | '&&' | '||';

export type UnaryOperator = '-' | '+' | '!';

export type FormulaNode =
  | { readonly kind: 'literal'; readonly pos: number; readonly value: FlowValue }
  /** A merge field `{!a.b}` or a bare reference `a.b`; `name` is the path without braces. */
  | { readonly kind: 'reference'; readonly pos: number; readonly name: string }
  /** `name` is upper case (function names are case-insensitive). */
  | { readonly kind: 'call'; readonly pos: number; readonly name: string; readonly args: readonly FormulaNode[] }
  | { readonly kind: 'unary'; readonly pos: number; readonly op: UnaryOperator; readonly operand: FormulaNode }
  | { readonly kind: 'binary'; readonly pos: number; readonly op: BinaryOperator; readonly left: FormulaNode; readonly right: FormulaNode };

/** A formula ready to evaluate (parse once, evaluate many times). */
export interface ParsedFormula {
  /** The formula text as written. */
  readonly source: string;
  readonly root: FormulaNode;
  /** The merge fields and bare references it reads, each once, in order of appearance. */
  readonly references: readonly string[];
}

/** Where a node's text starts (a binary node's `pos` is its operator; its text starts with its left operand). */
export function startOf(node: FormulaNode): number {
  let current = node;
  while (current.kind === 'binary') current = current.left;
  return current.pos;
}
