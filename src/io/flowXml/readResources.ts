/** Readers of a flow's resources: variables, constants, formulas, text templates, choices, start. */
import type { FlowChoice, FlowConstant, FlowDynamicChoiceSet, FlowFormula, FlowStart, FlowTextTemplate, FlowVariable } from '../../flows/definition';
import { childrenNamed, childText, firstChild, type XmlNode } from '../xml/xmlNode';
import type { FlowReader } from './flowReader';
import { optional } from './optional';
import { readFilters, readOutputs } from './readRows';

export function readVariable(r: FlowReader, node: XmlNode, path: string): FlowVariable {
  return {
    name: r.name(node, path),
    dataType: r.required(node, 'dataType', path),
    ...optional('objectType', r.text(node, 'objectType')),
    isCollection: r.bool(node, 'isCollection', path) ?? false,
    isInput: r.bool(node, 'isInput', path) ?? false,
    isOutput: r.bool(node, 'isOutput', path) ?? false,
    ...optional('scale', r.number(node, 'scale', path)),
    ...optional('value', r.value(node, 'value', path)),
  };
}

export function readConstant(r: FlowReader, node: XmlNode, path: string): FlowConstant {
  return { name: r.name(node, path), dataType: r.required(node, 'dataType', path), ...optional('value', r.value(node, 'value', path)) };
}

export function readFormula(r: FlowReader, node: XmlNode, path: string): FlowFormula {
  const expression = r.rawText(node, 'expression');
  if (expression === undefined || expression.trim() === '') r.problem(`${path}.expression`, 'expression is missing');
  return {
    name: r.name(node, path),
    dataType: r.required(node, 'dataType', path),
    expression: expression ?? '',
    ...optional('scale', r.number(node, 'scale', path)),
    ...optional('typedLength', typedFormulaLength(node)),
  };
}

/**
 * The length of a Process Builder formula as its admin typed it: the formula's `originalFormula`
 * process metadata value (`[Sales_Order__c].Field__c`, where the expression reads
 * `{!myVariable_current.Field__c}`), which Salesforce's 3,900-character limit counts; undefined for
 * a Flow Builder formula, which has none.
 */
function typedFormulaLength(node: XmlNode): number | undefined {
  const original = childrenNamed(node, 'processMetadataValues').find((value) => childText(value, 'name')?.trim() === 'originalFormula');
  const value = original === undefined ? undefined : firstChild(original, 'value');
  const typed = value === undefined ? undefined : childText(value, 'stringValue');
  return typed === undefined ? undefined : typed.length;
}

export function readTextTemplate(r: FlowReader, node: XmlNode, path: string): FlowTextTemplate {
  return {
    name: r.name(node, path),
    text: r.rawText(node, 'text') ?? '',
    ...optional('plainText', r.bool(node, 'isViewedAsPlainText', path)),
  };
}

export function readChoice(r: FlowReader, node: XmlNode, path: string): FlowChoice {
  return {
    name: r.name(node, path),
    choiceText: r.rawText(node, 'choiceText') ?? '',
    dataType: r.text(node, 'dataType') ?? 'String',
    ...optional('value', r.value(node, 'value', path)),
  };
}

/** `<dynamicChoiceSets>`: a record choice set's query and the fields a picked record stores; a picklist's or collection's source. */
export function readDynamicChoiceSet(r: FlowReader, node: XmlNode, path: string): FlowDynamicChoiceSet {
  return {
    name: r.name(node, path),
    ...optional('dataType', r.text(node, 'dataType')),
    ...optional('object', r.text(node, 'object')),
    ...optional('filterLogic', r.text(node, 'filterLogic')),
    filters: readFilters(r, node, path),
    ...optional('sortField', r.text(node, 'sortField')),
    ...optional('sortOrder', r.oneOf(node, 'sortOrder', path, ['Asc', 'Desc'] as const)),
    ...optional('limit', r.number(node, 'limit', path)),
    ...optional('displayField', r.text(node, 'displayField')),
    ...optional('valueField', r.text(node, 'valueField')),
    outputAssignments: readOutputs(r, node, 'outputAssignments', path, 'field'),
    ...optional('picklistObject', r.text(node, 'picklistObject')),
    ...optional('picklistField', r.text(node, 'picklistField')),
    ...optional('collectionReference', r.text(node, 'collectionReference')),
  };
}

/** `<start>`, or the older `<startElementReference>` beside it. */
export function readStart(r: FlowReader, flow: XmlNode): FlowStart {
  const node = firstChild(flow, 'start');
  const legacy = r.text(flow, 'startElementReference');
  if (!node) return optional('connector', legacy);
  const filters = readFilters(r, node, 'start');
  const pathNodes = childrenNamed(node, 'scheduledPaths');
  const scheduledPaths = pathNodes.map((p) => r.text(p, 'name') ?? r.text(p, 'label') ?? '').filter(Boolean);
  const isAsync = (p: XmlNode): boolean => r.text(p, 'pathType') === 'AsyncAfterCommit';
  const asyncPaths = pathNodes.flatMap((p, i) => (isAsync(p) ? r.connector(p, 'connector', `start.scheduledPaths[${i}]`) ?? [] : []));
  const timedPaths = pathNodes.flatMap((p, i) => {
    if (isAsync(p)) return [];
    const where = `start.scheduledPaths[${i}]`;
    const recordField = r.text(p, 'recordField');
    const timeSource = r.text(p, 'timeSource');
    const connector = r.connector(p, 'connector', where);
    return [{
      name: r.text(p, 'name') ?? r.text(p, 'label') ?? `scheduledPaths[${i}]`,
      ...optional('connector', connector),
      offsetNumber: r.number(p, 'offsetNumber', where) ?? 0,
      offsetUnit: r.text(p, 'offsetUnit') ?? 'Hours',
      ...optional('timeSource', timeSource),
      ...optional('recordField', recordField),
    }];
  });
  return {
    ...optional('connector', r.connector(node, 'connector', 'start') ?? legacy),
    ...optional('object', r.text(node, 'object')),
    ...optional('triggerType', r.text(node, 'triggerType')),
    ...optional('recordTriggerType', r.text(node, 'recordTriggerType')),
    ...optional('filterLogic', r.text(node, 'filterLogic')),
    ...optional('filters', filters.length > 0 ? filters : undefined),
    ...optional('filterFormula', r.rawText(node, 'filterFormula')),
    ...optional('requireChangeToMeet', r.bool(node, 'doesRequireRecordChangedToMeetCriteria', 'start')),
    ...optional('scheduledPaths', scheduledPaths.length > 0 ? scheduledPaths : undefined),
    ...optional('asyncPaths', asyncPaths.length > 0 ? asyncPaths : undefined),
    ...optional('timedPaths', timedPaths.length > 0 ? timedPaths : undefined),
  };
}
