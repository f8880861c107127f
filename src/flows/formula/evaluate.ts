/**
 * The formula evaluator: walks the syntax tree against a FormulaContext. A chain of binary
 * operators is folded in a loop along its left spine, so a long chain costs no stack; `&&` and
 * `||` short-circuit. References go to the context first; a few globals the formula language
 * defines itself (`$Flow.CurrentDate`, `$Flow.CurrentDateTime`, `$GlobalConstant.*`) answer when
 * the context does not know them. A reference nobody knows is a fault naming it.
 */
import type { FlowValue } from '../values';
import { booleanValue, dateTimeValue, dateValue, textValue } from '../values';
import { dateAt, dateTimeAt } from '../virtualClock';
import type { FormulaNode } from './ast';
import type { FormulaContext } from './context';
import { checkedValue } from './checkValue';
import { FormulaFault } from './errors';
import { CallArgs } from './functions/callArgs';
import { functionNamed } from './functions';
import { applyBinary, applyUnary, truthOf } from './operators';

type BinaryNode = Extract<FormulaNode, { kind: 'binary' }>;

/** Globals of the formula language itself, by lower-case name. */
const GLOBALS: Readonly<Record<string, (ctx: FormulaContext) => FlowValue>> = {
  '$flow.currentdate': (ctx) => dateValue(dateAt(ctx.now, ctx.startAt)),
  '$flow.currentdatetime': (ctx) => dateTimeValue(dateTimeAt(ctx.now, ctx.startAt)),
  '$globalconstant.true': () => booleanValue(true),
  '$globalconstant.false': () => booleanValue(false),
  '$globalconstant.emptystring': () => textValue(''),
};

/** The value of a merge field or bare reference. */
export function readReference(name: string, pos: number, ctx: FormulaContext): FlowValue {
  const value = ctx.resolve(name);
  if (value !== undefined) return checkedValue(name, pos, value);
  const global = Object.prototype.hasOwnProperty.call(GLOBALS, name.toLowerCase()) ? GLOBALS[name.toLowerCase()] : undefined;
  if (global) return global(ctx);
  throw new FormulaFault(`unknown reference {!${name}}`, pos);
}

/** Evaluates one node; faults throw (index.ts turns them into results). */
export function evaluateNode(node: FormulaNode, ctx: FormulaContext): FlowValue {
  switch (node.kind) {
    case 'literal': return node.value;
    case 'reference': return readReference(node.name, node.pos, ctx);
    case 'unary': return applyUnary(node.op, evaluateNode(node.operand, ctx), node.pos);
    case 'binary': return evaluateChain(node, ctx);
    case 'call': {
      const def = functionNamed(node.name);
      if (!def) throw new FormulaFault(`unknown function ${node.name}`, node.pos, node.name);
      return def.call(new CallArgs(node.name, node.pos, node.args, (arg) => evaluateNode(arg, ctx), ctx));
    }
  }
}

/** Folds a left-leaning chain of binary operators from its leftmost operand. */
function evaluateChain(node: BinaryNode, ctx: FormulaContext): FlowValue {
  const spine: BinaryNode[] = [];
  let current: FormulaNode = node;
  while (current.kind === 'binary') {
    spine.push(current);
    current = current.left;
  }
  let acc = evaluateNode(current, ctx);
  for (let i = spine.length - 1; i >= 0; i--) {
    const step = spine[i]!;
    if (step.op === '&&' || step.op === '||') {
      const leftTruth = truthOf(acc, step.pos, `"${step.op}"`);
      if (step.op === '&&' ? !leftTruth : leftTruth) { acc = booleanValue(leftTruth); continue; }
      acc = booleanValue(truthOf(evaluateNode(step.right, ctx), step.pos, `"${step.op}"`));
      continue;
    }
    acc = applyBinary(step.op, acc, evaluateNode(step.right, ctx), step.pos);
  }
  return acc;
}
