/**
 * `<transforms>` (Flow Builder's Transform, API 59+): the target (`dataType`, `objectType`,
 * `isCollection`, `apexClass`), how it is stored (`storeOutputAutomatically`, or an
 * `outputReference`) and every `transformValueActions` row: its `transformType`, the target field
 * (`outputFieldApiName`), its `<value>` — a value, a reference such as `Accounts[$EachItem].Id`, or a
 * formula (`formulaExpression` with `formulaDataType`) — and an aggregate's `inputParameters`.
 */
import type { ElementOf, FlowElement, TransformAction } from '../../flows/definition';
import { childrenNamed, firstChild, type XmlNode } from '../xml/xmlNode';
import type { FlowReader } from './flowReader';
import { optional } from './optional';
import { readNamedValues } from './readRows';

type Base = Pick<FlowElement, 'name' | 'label' | 'connector' | 'faultConnector'>;

/** One `transformValueActions` row. */
function readAction(r: FlowReader, row: XmlNode, path: string): TransformAction {
  const holder = firstChild(row, 'value');
  const expression = holder ? r.rawText(holder, 'formulaExpression') : undefined;
  const value = expression === undefined ? r.value(row, 'value', path) : undefined;
  return {
    type: r.required(row, 'transformType', path),
    // the target field's API name becomes an object key of the built record: checked as a name
    ...optional('outputField', firstChild(row, 'outputFieldApiName') ? r.name(row, path, 'outputFieldApiName') : undefined),
    ...optional('value', value),
    ...optional('formula', expression === undefined ? undefined : { ...optional('dataType', r.text(holder!, 'formulaDataType')), expression }),
    inputParameters: readNamedValues(r, row, 'inputParameters', path),
  };
}

export function readTransform(r: FlowReader, node: XmlNode, path: string, base: Base): ElementOf<'transform'> {
  const groups = childrenNamed(node, 'transformValues');
  const actions = groups.flatMap((group, g) => r.each(group, 'transformValueActions', `${path}.transformValues[${g}]`, (row, at) => readAction(r, row, at)));
  return {
    kind: 'transform', ...base,
    ...optional('dataType', r.text(node, 'dataType')),
    ...optional('objectType', r.text(node, 'objectType')),
    ...optional('apexClass', r.text(node, 'apexClass')),
    isCollection: r.bool(node, 'isCollection', path) ?? false,
    ...optional('storeOutputAutomatically', r.bool(node, 'storeOutputAutomatically', path)),
    ...optional('outputReference', r.text(node, 'outputReference')),
    actions,
    ...optional('valueGroups', groups.length > 1 ? groups.length : undefined),
  };
}
