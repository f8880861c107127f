/**
 * `<variables>` ↔ Variable. Data types: String↔Text, Number, Boolean, Date, DateTime, SObject↔Record
 * (`objectType`↔`object`), and Currency→Number: a currency amount compares as a number, and its
 * `<dataType>Currency</dataType>` is kept in the variable's `extensions`, so it is written back as
 * Currency while the variable stays a Number. A default `<value>` of the matching kind maps to
 * `value`; `isInput` / `isOutput` map to `input` / `output`. Collections and other data types
 * (Picklist, Apex…) are kept whole in the orchestration's `extensions`; `scale`, `description` are
 * kept in the variable's `extensions`. A Record
 * variable's field values are simulation data with no place in the metadata (not written).
 * `$Record` is implicit in Flow metadata (the triggering record), so it is not written either.
 */
import { RECORD_VARIABLE } from '../../model/names';
import type { Variable } from '../../model/types';
import { inSalesforceOrder } from './elementOrder';
import { keptEntries, mergeKept, readKept } from './extensions';
import { Children, type ImportContext } from './importContext';
import { exportRightValue, importRightValue } from './values';
import { hasText, leaf, type XmlNode } from './xmlNode';

const TYPE_BY_DATA_TYPE: Record<string, Variable['type']> = {
  String: 'Text', Number: 'Number', Boolean: 'Boolean', Date: 'Date', DateTime: 'DateTime', SObject: 'Record',
};
/**
 * Currency, the type Flow Builder offers for amounts, reads as a Number (*chosen*: the model has no
 * currency; Salesforce compares currency values as numbers). Before, such a variable was kept
 * whole, and every condition reading it was refused as naming an unknown resource.
 */
const CURRENCY = 'Currency';

const DATA_TYPE_BY_TYPE: Record<Variable['type'], string> = {
  Text: 'String', Number: 'Number', Boolean: 'Boolean', Date: 'Date', DateTime: 'DateTime', Record: 'SObject',
};

function importValue(children: Children, type: Variable['type']): Variable['value'] {
  const node = children.first('value');
  if (!node || type === 'Record' || children.all('value').length !== 1) return undefined;
  const right = importRightValue(node);
  if (!right) return undefined;
  const value =
    type === 'Text' && 'string' in right ? right.string
    : type === 'Number' && 'number' in right ? right.number
    : type === 'Boolean' && 'boolean' in right ? right.boolean
    : type === 'Date' && 'date' in right ? right.date
    : type === 'DateTime' && 'dateTime' in right ? right.dateTime
    : undefined;
  if (value !== undefined) children.use(node);
  return value;
}

/** Maps a variable at `variables[index]`, or undefined when it is kept whole. */
export function importVariable(node: XmlNode, ctx: ImportContext, index: number): Variable | undefined {
  const children = new Children(node);
  const name = children.text('name');
  const dataType = children.text('dataType');
  const type = dataType === CURRENCY ? 'Number' : dataType !== undefined && Object.hasOwn(TYPE_BY_DATA_TYPE, dataType) ? TYPE_BY_DATA_TYPE[dataType] : undefined;
  if (!name || !type || node.attributes !== undefined || hasText(node) || (children.text('isCollection') ?? 'false') !== 'false') return undefined;
  // a Currency's <dataType> stays unused, so it is kept in the variable's extensions and written back
  children.use(children.first('name'), dataType === CURRENCY ? undefined : children.first('dataType'));
  children.useIf('isCollection', 'false');
  const variable = { name, type } as Variable;
  for (const [flag, key] of [['isInput', 'input'], ['isOutput', 'output']] as const) {
    if (children.useIf(flag, 'false')) continue;
    if (children.useIf(flag, 'true')) variable[key] = true;
  }
  if (type === 'Record') {
    const object = children.text('objectType');
    if (object) {
      children.use(children.first('objectType'));
      Object.assign(variable, { object });
    }
  }
  const value = importValue(children, type);
  if (value !== undefined) Object.assign(variable, { value });
  const rest = children.rest();
  // the Currency mark is the variable's own type, represented: kept for the way back, not reported
  const typeMark = rest.filter(({ element }) => element.tag === 'dataType');
  const kept = rest.filter(({ element }) => element.tag !== 'dataType');
  const extensions = [...(kept.length > 0 ? ctx.keep(`variables[${index}].extensions`, kept) : []), ...keptEntries(typeMark)];
  if (extensions.length > 0) variable.extensions = extensions;
  return variable;
}

/** The `<variables>` element of a variable, or undefined for `$Record`. */
export function exportVariable(variable: Variable): XmlNode | undefined {
  if (variable.name === RECORD_VARIABLE) return undefined;
  const value = variable.value;
  const right =
    typeof value === 'string' ? (variable.type === 'Date' ? { date: value } : variable.type === 'DateTime' ? { dateTime: value } : { string: value })
    : typeof value === 'number' ? { number: value }
    : typeof value === 'boolean' ? { boolean: value }
    : undefined;
  const generated: (XmlNode | undefined)[] = [
    leaf('name', variable.name),
    leaf('dataType', DATA_TYPE_BY_TYPE[variable.type]),
    leaf('isCollection', 'false'),
    leaf('isInput', String(variable.input === true)),
    leaf('isOutput', String(variable.output === true)),
    variable.type === 'Record' && variable.object ? leaf('objectType', variable.object) : undefined,
    right ? exportRightValue('value', right) : undefined,
  ];
  // a kept <dataType> (Currency) stands only while the variable is still a Number
  const kept = readKept(variable.extensions).filter(({ element }) => element.tag !== 'dataType' || variable.type === 'Number');
  const children = mergeKept(generated.filter((node): node is XmlNode => node !== undefined), kept);
  return { tag: 'variables', children: inSalesforceOrder(children, 'element') };
}
