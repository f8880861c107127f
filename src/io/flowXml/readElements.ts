/**
 * One reader per element kind: metadata element → the interpreter's element (`src/flows/definition`).
 * Each takes the element node, its path, and the fields every element shares.
 */
import type { ElementOf, FlowElement } from '../../flows/definition';
import { childrenNamed, type XmlNode } from '../xml/xmlNode';
import type { FlowReader } from './flowReader';
import { optional } from './optional';
import { readRecordCreate, readRecordDelete, readRecordLookup, readRecordUpdate } from './readRecordElements';
import { readConditions, readNamedValues, readOutputs } from './readRows';
import { readScreen } from './readScreen';
import { readTransform } from './readTransform';

type Base = Pick<FlowElement, 'name' | 'label' | 'connector' | 'faultConnector'>;
type ElementReader = (r: FlowReader, node: XmlNode, path: string, base: Base) => FlowElement;

const ORDER = ['Asc', 'Desc'] as const;

function readAssignment(r: FlowReader, node: XmlNode, path: string, base: Base): ElementOf<'assignment'> {
  const items = r.each(node, 'assignmentItems', path, (row, at) => {
    const item: ElementOf<'assignment'>['items'][number] = { ref: r.required(row, 'assignToReference', at), operator: r.required(row, 'operator', at) };
    const value = r.value(row, 'value', at);
    if (value !== undefined) item.value = value;
    return item;
  });
  return { kind: 'assignment', ...base, items };
}

function readDecision(r: FlowReader, node: XmlNode, path: string, base: Base): ElementOf<'decision'> {
  const rules = r.each(node, 'rules', path, (rule, at) => ({
    name: r.name(rule, at),
    ...optional('label', r.text(rule, 'label')),
    logic: r.text(rule, 'conditionLogic') ?? 'and',
    conditions: readConditions(r, rule, at),
    ...optional('connector', r.connector(rule, 'connector', at)),
    ...optional('requiresChange', r.bool(rule, 'doesRequireRecordChangedToMeetCriteria', at)),
  }));
  return {
    kind: 'decision', ...base, rules,
    ...optional('defaultConnector', r.connector(node, 'defaultConnector', path)),
    ...optional('defaultLabel', r.text(node, 'defaultConnectorLabel')),
  };
}

function readLoop(r: FlowReader, node: XmlNode, path: string, base: Base): ElementOf<'loop'> {
  return {
    kind: 'loop', ...base,
    collection: r.required(node, 'collectionReference', path),
    order: r.oneOf(node, 'iterationOrder', path, ORDER) ?? 'Asc',
    ...optional('itemVariable', r.text(node, 'assignNextValueToReference')),
    ...optional('nextValue', r.connector(node, 'nextValueConnector', path)),
    ...optional('noMoreValues', r.connector(node, 'noMoreValuesConnector', path)),
  };
}

function readSubflow(r: FlowReader, node: XmlNode, path: string, base: Base): ElementOf<'subflow'> {
  return {
    kind: 'subflow', ...base,
    flowName: r.required(node, 'flowName', path),
    inputAssignments: readNamedValues(r, node, 'inputAssignments', path),
    outputAssignments: readOutputs(r, node, 'outputAssignments', path),
    ...optional('storeOutputAutomatically', r.bool(node, 'storeOutputAutomatically', path)),
  };
}

function readActionCall(r: FlowReader, node: XmlNode, path: string, base: Base): ElementOf<'actionCall'> {
  return {
    kind: 'actionCall', ...base,
    actionName: r.required(node, 'actionName', path),
    actionType: r.text(node, 'actionType') ?? 'apex',
    inputParameters: readNamedValues(r, node, 'inputParameters', path),
    outputParameters: readOutputs(r, node, 'outputParameters', path),
    ...optional('storeOutputAutomatically', r.bool(node, 'storeOutputAutomatically', path)),
    ...optional('dataTypeMappings', readDataTypeMappings(r, node, path)),
  };
}

/**
 * A generic action's type bindings; undefined when it has none, so other actions read as before. A
 * binding missing its name or object is passed over (it only types outputs, never refuses the file).
 */
function readDataTypeMappings(r: FlowReader, node: XmlNode, path: string): { typeName: string; typeValue: string }[] | undefined {
  const mappings = r.each(node, 'dataTypeMappings', path, (mapping) => ({ typeName: r.text(mapping, 'typeName') ?? '', typeValue: r.text(mapping, 'typeValue') ?? '' }))
    .filter((m) => m.typeName !== '' && m.typeValue !== '');
  return mappings.length > 0 ? mappings : undefined;
}

function readWait(r: FlowReader, node: XmlNode, path: string, base: Base): ElementOf<'wait'> {
  // Flow Builder's "Wait for Amount of Time" / "Wait Until Date" (WaitDuration, WaitDate) save their event without a name
  const events = r.each(node, 'waitEvents', path, (event, at) => ({
    ...optional('name', r.text(event, 'name') === undefined ? undefined : r.name(event, at)),
    ...optional('label', r.text(event, 'label')),
    ...optional('eventType', r.text(event, 'eventType')),
    ...optional('automationEventType', r.text(event, 'automationEventType')),
    ...optional('conditionLogic', r.text(event, 'conditionLogic')),
    conditions: readConditions(r, event, at),
    inputParameters: readNamedValues(r, event, 'inputParameters', at),
    outputParameters: readOutputs(r, event, 'outputParameters', at),
    ...optional('connector', r.connector(event, 'connector', at)),
    ...optional('offset', r.number(event, 'offset', at)),
    ...optional('offsetUnit', r.text(event, 'offsetUnit')),
  }));
  return {
    kind: 'wait', ...base, events,
    ...optional('subtype', r.text(node, 'elementSubtype')),
    ...optional('defaultConnector', r.connector(node, 'defaultConnector', path)),
    ...optional('timeoutConnector', r.connector(node, 'timeoutConnector', path)),
  };
}

function readCollectionProcessor(r: FlowReader, node: XmlNode, path: string, base: Base): ElementOf<'collectionProcessor'> {
  const sortOptions = r.each(node, 'sortOptions', path, (option, at) => ({
    ...optional('field', r.text(option, 'sortField')),
    order: r.oneOf(option, 'sortOrder', at, ORDER) ?? 'Asc',
    ...optional('emptyFirst', r.bool(option, 'doesPutEmptyStringAndNullFirst', at)),
  }));
  return {
    kind: 'collectionProcessor', ...base,
    subtype: r.required(node, 'elementSubtype', path),
    collection: r.required(node, 'collectionReference', path),
    ...optional('itemVariable', r.text(node, 'assignNextValueToReference')),
    sortOptions,
    ...optional('limit', r.number(node, 'limit', path)),
    ...optional('conditionLogic', r.text(node, 'conditionLogic')),
    conditions: readConditions(r, node, path),
    ...optional('formula', r.rawText(node, 'formula')),
  };
}

function readCustomError(r: FlowReader, node: XmlNode, path: string, base: Base): ElementOf<'customError'> {
  const messages = r.each(node, 'customErrorMessages', path, (row, at) => ({
    message: r.rawText(row, 'errorMessage') ?? '',
    isFieldError: r.bool(row, 'isFieldError', at) ?? false,
    ...optional('field', r.text(row, 'fieldSelection')),
  }));
  return { kind: 'customError', ...base, messages };
}

function readRecordRollback(_r: FlowReader, _node: XmlNode, _path: string, base: Base): ElementOf<'recordRollback'> {
  return { kind: 'recordRollback', ...base };
}

/** Metadata tag → reader, for the element kinds the interpreter runs. */
export const ELEMENT_READERS: Readonly<Record<string, ElementReader>> = {
  assignments: readAssignment,
  decisions: readDecision,
  loops: readLoop,
  recordLookups: readRecordLookup,
  recordCreates: readRecordCreate,
  recordUpdates: readRecordUpdate,
  recordDeletes: readRecordDelete,
  subflows: readSubflow,
  actionCalls: readActionCall,
  waits: readWait,
  screens: readScreen,
  collectionProcessors: readCollectionProcessor,
  customErrors: readCustomError,
  recordRollbacks: readRecordRollback,
  transforms: readTransform,
};

/** Reads one element: the fields every element has, then its kind's own. */
export function readElement(r: FlowReader, node: XmlNode, path: string): FlowElement {
  const base: Base = {
    name: r.name(node, path),
    ...optional('label', r.text(node, 'label')),
    ...optional('connector', r.connector(node, 'connector', path)),
    ...optional('faultConnector', r.connector(node, 'faultConnector', path)),
  };
  const reader = ELEMENT_READERS[node.tag];
  return reader ? reader(r, node, path, base) : { kind: 'unsupported', ...base, tag: node.tag };
}

/** Every connector target of an element (to check that each names an element). */
export function targetsOf(element: FlowElement): string[] {
  const targets = [element.connector, element.faultConnector];
  if (element.kind === 'decision') targets.push(element.defaultConnector, ...element.rules.map((rule) => rule.connector));
  if (element.kind === 'loop') targets.push(element.nextValue, element.noMoreValues);
  if (element.kind === 'wait') targets.push(element.defaultConnector, element.timeoutConnector, ...element.events.map((e) => e.connector));
  return targets.filter((t): t is string => t !== undefined);
}

/** True when `node` looks like a flow element (it has a `name` child). */
export function isElementLike(node: XmlNode): boolean {
  return childrenNamed(node, 'name').length > 0;
}
