/**
 * `<formulas>` ↔ the orchestration's formula resources (`formulas`): `name`, `dataType`
 * (String↔Text, Number, Currency, Boolean, Date, DateTime), `expression`, `scale`, `description`.
 * A formula with anything else (another data type, builder metadata) stays whole in `extensions`.
 */
import { FORMULA_TYPES } from '../../model/schemaConstants';
import type { Formula, FormulaType } from '../../model/types';
import { inSalesforceOrder } from './elementOrder';
import { childrenOf, isLeaf, leaf, type XmlNode } from './xmlNode';

const KNOWN = new Set(['name', 'dataType', 'expression', 'scale', 'description']);
const DATA_TYPE_BY_TYPE: Readonly<Record<FormulaType, string>> = {
  Text: 'String', Number: 'Number', Currency: 'Currency', Boolean: 'Boolean', Date: 'Date', DateTime: 'DateTime',
};
const TYPE_BY_DATA_TYPE = new Map(FORMULA_TYPES.map((type) => [DATA_TYPE_BY_TYPE[type], type]));

/** The formula an element describes, or undefined when it does not map exactly. */
export function importFormula(node: XmlNode): Formula | undefined {
  const kids = childrenOf(node);
  if (node.attributes !== undefined || kids.some((kid) => !KNOWN.has(kid.tag) || !isLeaf(kid))) return undefined;
  if (new Set(kids.map((kid) => kid.tag)).size !== kids.length) return undefined;
  const text = (tag: string): string | undefined => kids.find((kid) => kid.tag === tag)?.text ?? (kids.some((kid) => kid.tag === tag) ? '' : undefined);
  const name = text('name');
  const type = TYPE_BY_DATA_TYPE.get(text('dataType') ?? '');
  const expression = text('expression');
  const scale = text('scale');
  if (!name || !type || expression === undefined) return undefined;
  if (scale !== undefined && !/^(0|[1-9]\d{0,2})$/.test(scale)) return undefined;
  const description = text('description');
  return {
    name, type, expression,
    ...(scale !== undefined ? { scale: Number(scale) } : {}),
    ...(description !== undefined ? { description } : {}),
  };
}

/** The `<formulas>` element of a formula. */
export function exportFormula(formula: Formula): XmlNode {
  const children: XmlNode[] = [
    leaf('name', formula.name),
    leaf('dataType', DATA_TYPE_BY_TYPE[formula.type]),
    leaf('expression', formula.expression),
  ];
  if (formula.description !== undefined) children.push(leaf('description', formula.description));
  if (formula.scale !== undefined) children.push(leaf('scale', String(formula.scale)));
  return { tag: 'formulas', children: inSalesforceOrder(children, 'element') };
}
