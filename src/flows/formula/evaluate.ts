/**
 * The formula evaluator: walks the syntax tree against a FormulaContext. A chain of binary
 * operators is folded in a loop along its left spine, so a long chain costs no stack; `&&` and
 * `||` short-circuit. References are read by `readReference.ts`.
 */
import type { FlowValue } from '../values';
import { booleanValue } from '../values';
import type { FormulaNode } from './ast';
import type { FormulaContext } from './context';
import { FormulaFault } from './errors';
import { CallArgs } from './functions/callArgs';
import { functionNamed } from './functions';
import { applyBinary, applyUnary, truthOf } from './operators';
import { readReference } from './readReference';

type BinaryNode = Extract<FormulaNode, { kind: 'binary' }>;

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
      return def.call(new CallArgs(node.name, node.pos, node.args, evaluateNode, ctx));
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
