/** Readers of the record elements: Get Records, Create, Update and Delete Records. */
import type { ElementOf, FlowElement } from '../../flows/definition';
import type { XmlNode } from '../xml/xmlNode';
import type { FlowReader } from './flowReader';
import { optional } from './optional';
import { readFilters, readNamedValues, readOutputs } from './readRows';
import { readMatching } from './readRecordMatching';

type Base = Pick<FlowElement, 'name' | 'label' | 'connector' | 'faultConnector'>;
const ORDER = ['Asc', 'Desc'] as const;

export function readRecordLookup(r: FlowReader, node: XmlNode, path: string, base: Base): ElementOf<'recordLookup'> {
  return {
    kind: 'recordLookup', ...base,
    object: r.required(node, 'object', path),
    ...optional('filterLogic', r.text(node, 'filterLogic')),
    filters: readFilters(r, node, path),
    ...optional('sortField', r.text(node, 'sortField')),
    ...optional('sortOrder', r.oneOf(node, 'sortOrder', path, ORDER)),
    getFirstRecordOnly: r.bool(node, 'getFirstRecordOnly', path) ?? false,
    storeOutputAutomatically: r.bool(node, 'storeOutputAutomatically', path) ?? false,
    ...optional('outputReference', r.text(node, 'outputReference')),
    outputAssignments: readOutputs(r, node, 'outputAssignments', path, 'field'),
    queriedFields: r.texts(node, 'queriedFields'),
    ...optional('assignNullValuesIfNoRecordsFound', r.bool(node, 'assignNullValuesIfNoRecordsFound', path)),
    ...optional('limit', r.number(node, 'limit', path)),
  };
}

export function readRecordCreate(r: FlowReader, node: XmlNode, path: string, base: Base): ElementOf<'recordCreate'> {
  return {
    kind: 'recordCreate', ...base,
    ...optional('object', r.text(node, 'object')),
    ...optional('inputReference', r.text(node, 'inputReference')),
    inputAssignments: readNamedValues(r, node, 'inputAssignments', path, 'field'),
    ...optional('assignRecordIdToReference', r.text(node, 'assignRecordIdToReference')),
    ...optional('storeOutputAutomatically', r.bool(node, 'storeOutputAutomatically', path)),
    ...readMatching(r, node, path),
  };
}

export function readRecordUpdate(r: FlowReader, node: XmlNode, path: string, base: Base): ElementOf<'recordUpdate'> {
  return {
    kind: 'recordUpdate', ...base,
    ...optional('object', r.text(node, 'object')),
    ...optional('inputReference', r.text(node, 'inputReference')),
    ...optional('filterLogic', r.text(node, 'filterLogic')),
    filters: readFilters(r, node, path),
    inputAssignments: readNamedValues(r, node, 'inputAssignments', path, 'field'),
  };
}

export function readRecordDelete(r: FlowReader, node: XmlNode, path: string, base: Base): ElementOf<'recordDelete'> {
  return {
    kind: 'recordDelete', ...base,
    ...optional('object', r.text(node, 'object')),
    ...optional('inputReference', r.text(node, 'inputReference')),
    ...optional('filterLogic', r.text(node, 'filterLogic')),
    filters: readFilters(r, node, path),
  };
}
