/**
 * The arguments of one function call, evaluated lazily (IF, CASE, AND, OR and BLANKVALUE evaluate
 * only what they need, as Salesforce does) and read through typed accessors that fault with the
 * function's name, the argument's number and its position when the type does not fit.
 */
import type { FlowValue } from '../../values';
import { startOf } from '../ast';
import type { FormulaNode } from '../ast';
import type { FormulaContext } from '../context';
import { parseDate, parseDateTime } from '../dates';
import { FormulaFault } from '../errors';
import { describeType, familyOf, inferAs, withInferredType } from '../typeOf';
import type { TypeFamily } from '../typeOf';

export class CallArgs {
  private readonly values: (FlowValue | undefined)[] = [];

  constructor(
    /** The function's name in upper case. */
    readonly fn: string,
    /** Position of the function's name. */
    readonly pos: number,
    private readonly nodes: readonly FormulaNode[],
    private readonly evaluateNode: (node: FormulaNode, ctx: FormulaContext) => FlowValue,
    readonly ctx: FormulaContext,
  ) {}

  get count(): number {
    return this.nodes.length;
  }

  /** The syntax of argument `i` (for functions that read a reference itself, such as ISCHANGED). */
  node(i: number): FormulaNode {
    const node = this.nodes[i];
    if (node === undefined) throw new FormulaFault(`${this.fn} argument ${i + 1} is missing`, this.pos, this.fn);
    return node;
  }

  /** Position of argument `i` (0-based). */
  position(i: number): number {
    const node = this.nodes[i];
    return node === undefined ? this.pos : startOf(node);
  }

  /** Argument `i` (0-based) as evaluated (once), an Unknown type left as it is. */
  raw(i: number): FlowValue {
    const cached = this.values[i];
    if (cached !== undefined) return cached;
    const v = this.evaluateNode(this.node(i), this.ctx);
    this.values[i] = v;
    return v;
  }

  /** Argument `i` (0-based), its Unknown type inferred from its content. */
  value(i: number): FlowValue {
    return withInferredType(this.raw(i));
  }

  /** A fault naming this function (and the argument, when `i` is given). */
  error(detail: string, i?: number): never {
    const where = i === undefined ? this.fn : `${this.fn} argument ${i + 1}`;
    throw new FormulaFault(`${where}: ${detail}`, i === undefined ? this.pos : this.position(i), this.fn);
  }

  /**
   * A value the function has no result for (a day that does not exist, a number outside its domain):
   * the formula's own error, which Salesforce reports too, unlike a function the evaluator lacks.
   */
  invalid(detail: string, i?: number): never {
    const where = i === undefined ? this.fn : `${this.fn} argument ${i + 1}`;
    throw new FormulaFault(`${where}: ${detail}`, i === undefined ? this.pos : this.position(i), this.fn, undefined, true);
  }

  /** A type fault: argument `i` is not what the function takes. */
  fail(i: number, expected: string): never {
    const got = this.nodes[i] === undefined ? 'missing' : describeType(this.value(i));
    throw new FormulaFault(`${this.fn} argument ${i + 1} must be ${expected}, not ${got}`, this.position(i), this.fn);
  }

  /** Argument `i`, faulting unless its family is one of `families` (a null of unknown type always fits). */
  expect(i: number, families: readonly TypeFamily[], expected: string): FlowValue {
    const v = inferAs(this.raw(i), families);
    const family = familyOf(v);
    if (family !== 'null' && !families.includes(family)) this.fail(i, expected);
    return v;
  }

  number(i: number): number | null {
    const v = this.expect(i, ['number'], 'a Number');
    return v.value === null ? null : Number(v.value);
  }

  text(i: number): string | null {
    const v = this.expect(i, ['text'], 'Text');
    return v.value === null ? null : String(v.value);
  }

  boolean(i: number): boolean | null {
    const v = this.expect(i, ['boolean'], 'a Boolean');
    return v.value === null ? null : v.value === true;
  }

  /** A Date argument as a day number. */
  date(i: number): number | null {
    const v = this.expect(i, ['date'], 'a Date');
    return typeof v.value === 'string' ? parseDate(v.value) : null;
  }

  /** A DateTime argument as epoch ms. */
  dateTime(i: number): number | null {
    const v = this.expect(i, ['dateTime'], 'a Date/Time');
    return typeof v.value === 'string' ? parseDateTime(v.value) : null;
  }

  /** Every argument, evaluated in order (for functions that take any number of them). */
  all(): FlowValue[] {
    return this.nodes.map((_, i) => this.value(i));
  }
}
