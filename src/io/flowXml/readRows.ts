/** Rows shared by several element kinds: conditions, record filters, named inputs, output assignments. */
import type { FlowCondition, NamedValue, OutputAssignment, RecordFilter } from '../../flows/definition';
import type { XmlNode } from '../xml/xmlNode';
import type { FlowReader } from './flowReader';

/** `<conditions>`: leftValueReference, operator, rightValue. */
export function readConditions(r: FlowReader, node: XmlNode, path: string, tag = 'conditions'): FlowCondition[] {
  return r.each(node, tag, path, (row, at) => {
    const condition: FlowCondition = { left: r.required(row, 'leftValueReference', at), operator: r.required(row, 'operator', at) };
    const right = r.value(row, 'rightValue', at);
    if (right !== undefined) condition.right = right;
    return condition;
  });
}

/** `<filters>` of a record element or a record-triggered start: field, operator, value. */
export function readFilters(r: FlowReader, node: XmlNode, path: string): RecordFilter[] {
  return r.each(node, 'filters', path, (row, at) => {
    const filter: RecordFilter = { field: r.required(row, 'field', at), operator: r.required(row, 'operator', at) };
    const value = r.value(row, 'value', at);
    if (value !== undefined) filter.value = value;
    return filter;
  });
}

/** `<tag>` rows of `nameTag` → `<value>` (subflow and action inputs, wait parameters, record fields). */
export function readNamedValues(r: FlowReader, node: XmlNode, tag: string, path: string, nameTag = 'name'): NamedValue[] {
  return r.each(node, tag, path, (row, at) => {
    // a record field's API name becomes an object key of the record: checked as a name (never __proto__)
    const named: NamedValue = { name: nameTag === 'field' ? r.name(row, at, nameTag) : r.required(row, nameTag, at) };
    const value = r.value(row, 'value', at);
    if (value !== undefined) named.value = value;
    return named;
  });
}

/** `<tag>` rows copying an output (`nameTag`) into `assignToReference`. */
export function readOutputs(r: FlowReader, node: XmlNode, tag: string, path: string, nameTag = 'name'): OutputAssignment[] {
  return r.each(node, tag, path, (row, at) => ({ name: nameTag === 'field' ? r.name(row, at, nameTag) : r.required(row, nameTag, at), ref: r.required(row, 'assignToReference', at) }));
}
