/**
 * `FlowCondition` rows (`entryConditions`, `exitConditions`, decision `conditions`) ↔ requirements.
 * A row maps when it is exactly `leftValueReference`, `operator` (one the model knows) and an optional
 * `rightValue` of a kind the model holds; otherwise the whole list stays verbatim in `extensions`.
 */
import { OPERATORS } from '../../model/schemaConstants';
import type { Operator, Requirement } from '../../model/types';
import { exportRightValue, importRightValue } from './values';
import { childrenOf, element, isLeaf, leaf, type XmlNode } from './xmlNode';

const KNOWN_OPERATORS: ReadonlySet<string> = new Set(OPERATORS);

export function isOperator(text: string): text is Operator {
  return KNOWN_OPERATORS.has(text);
}

/** One condition row, or undefined when it cannot be represented. */
export function importRow(node: XmlNode): Requirement | undefined {
  const kids = childrenOf(node);
  if (node.attributes !== undefined) return undefined;
  const left = kids.find((kid) => kid.tag === 'leftValueReference');
  const operator = kids.find((kid) => kid.tag === 'operator');
  const right = kids.find((kid) => kid.tag === 'rightValue');
  const expected = right ? 3 : 2;
  if (kids.length !== expected || !left || !operator || !isLeaf(left) || !isLeaf(operator)) return undefined;
  const leftText = left.text ?? '';
  const operatorText = operator.text ?? '';
  if (leftText === '' || !isOperator(operatorText)) return undefined;
  if (!right) return { left: leftText, operator: operatorText };
  const value = importRightValue(right);
  return value ? { left: leftText, operator: operatorText, right: value } : undefined;
}

/** All rows, or undefined when any of them cannot be represented. */
export function importRows(nodes: readonly XmlNode[]): Requirement[] | undefined {
  const rows = nodes.map(importRow);
  return rows.every((row): row is Requirement => row !== undefined) ? rows : undefined;
}

/** Rows as elements called `tag`. */
export function exportRows(tag: string, requirements: readonly Requirement[]): XmlNode[] {
  return requirements.map((row) =>
    element(tag, [
      leaf('leftValueReference', row.left),
      leaf('operator', row.operator),
      row.right ? exportRightValue('rightValue', row.right) : undefined,
    ]),
  );
}

/** The row Flow Builder writes for "when another step is marked Completed". */
export function stepCompletedRow(step: string): Requirement {
  return { left: `${step}.Status`, operator: 'EqualTo', right: { string: 'Completed' } };
}

/** The predecessor named by a lone `<Step>.Status EqualTo "Completed"` row, if that is what `rows` is. */
export function predecessorOf(rows: readonly Requirement[]): string | undefined {
  if (rows.length !== 1) return undefined;
  const row = rows[0]!;
  const match = /^([A-Za-z][A-Za-z0-9_]*)\.Status$/.exec(row.left);
  const right = row.right;
  if (!match || row.operator !== 'EqualTo' || !right || !('string' in right) || right.string !== 'Completed') return undefined;
  return match[1];
}
