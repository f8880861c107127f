/**
 * A Create Records element's "Check for Matching Records" (API 61.0+): its conditions, their logic,
 * what to do when none, one or several records match, and the upsert key fields. Read rather than
 * dropped, as a flow that checks for a match would otherwise create a duplicate where Salesforce
 * updates or skips; an operation Salesforce does not know is refused, with the closest one offered.
 */
import { closestName } from '../../model/closestName';
import { MATCH_OPERATIONS, type ElementOf } from '../../flows/definition';
import type { XmlNode } from '../xml/xmlNode';
import type { FlowReader } from './flowReader';
import { optional } from './optional';
import { readFilters } from './readRows';

type Matching = Pick<ElementOf<'recordCreate'>, 'filterLogic' | 'filters' | 'operationZeroMatchingRecords' | 'operationOneMatchingRecord' | 'operationMultMatchingRecords' | 'upsertExternalIdField' | 'upsertStandardIdField'>;

function operation<T extends string>(r: FlowReader, node: XmlNode, tag: string, path: string, allowed: readonly T[]): T | undefined {
  const text = r.text(node, tag);
  if (text === undefined) return undefined;
  if ((allowed as readonly string[]).includes(text)) return text as T;
  const close = closestName(text, allowed);
  // the path counts elements; the name says which one the admin sees in Flow Builder
  const name = r.text(node, 'name');
  r.problem(`${path}.${tag}`, `${name === undefined ? '' : `${name}: `}"${text}" is not one of ${allowed.join(', ')}${close === undefined ? '' : `; did you mean "${close}"?`}`);
  return undefined;
}

export function readMatching(r: FlowReader, node: XmlNode, path: string): Matching {
  const filters = readFilters(r, node, path);
  return {
    ...optional('filterLogic', r.text(node, 'filterLogic')),
    ...optional('filters', filters.length > 0 ? filters : undefined),
    ...optional('operationZeroMatchingRecords', operation(r, node, 'operationZeroMatchingRecords', path, MATCH_OPERATIONS.zero)),
    ...optional('operationOneMatchingRecord', operation(r, node, 'operationOneMatchingRecord', path, MATCH_OPERATIONS.one)),
    ...optional('operationMultMatchingRecords', operation(r, node, 'operationMultMatchingRecords', path, MATCH_OPERATIONS.many)),
    ...optional('upsertExternalIdField', r.text(node, 'upsertExternalIdField')),
    ...optional('upsertStandardIdField', r.text(node, 'upsertStandardIdField')),
  };
}
