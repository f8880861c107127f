/**
 * Screens: their fields (sections and regions flattened, document order) with what the interpreter
 * needs when a screen is "shown" offline — the default value or default choice, the choices, a
 * component's inputs and outputs, the record field a Dynamic Forms field edits, the field's
 * validation rule ("Validate Input"), its visibility rule ("Set Component Visibility") and the
 * section or column it is in (a hidden section hides what it holds) — and its screen actions with
 * the triggers that run them.
 */
import type { ElementOf, FlowElement, ScreenAction, ScreenField, ScreenTrigger } from '../../flows/definition';
import { childrenNamed, firstChild, type XmlNode } from '../xml/xmlNode';
import type { FlowReader } from './flowReader';
import { optional } from './optional';
import { readConditions, readNamedValues, readOutputs } from './readRows';

type Base = Pick<FlowElement, 'name' | 'label' | 'connector' | 'faultConnector'>;
const MAX_DEPTH = 8;

function readFields(r: FlowReader, node: XmlNode, path: string, out: ScreenField[], depth: number, parent?: string): void {
  childrenNamed(node, 'fields').forEach((field, i) => {
    const at = `${path}.fields[${i}]`;
    // a record field shown by Dynamic Forms (ObjectProvided) has no name of its own: the field it edits names it
    const objectField = r.text(field, 'objectFieldReference');
    const name = objectField !== undefined && r.text(field, 'name') === undefined ? objectField : r.name(field, at);
    out.push({
      name,
      fieldType: r.text(field, 'fieldType') ?? 'InputField',
      ...optional('objectField', objectField),
      ...optional('dataType', r.text(field, 'dataType')),
      ...optional('defaultValue', r.value(field, 'defaultValue', at)),
      ...optional('defaultChoice', r.text(field, 'defaultSelectedChoiceReference')),
      ...optional('choices', nonEmpty(r.texts(field, 'choiceReferences'))),
      ...optional('extensionName', r.text(field, 'extensionName')),
      ...optional('inputParameters', nonEmpty(readNamedValues(r, field, 'inputParameters', at))),
      ...optional('outputParameters', nonEmpty(readOutputs(r, field, 'outputParameters', at))),
      ...optional('storeOutputAutomatically', r.bool(field, 'storeOutputAutomatically', at)),
      ...optional('isRequired', r.bool(field, 'isRequired', at)),
      ...optional('validationRule', readValidationRule(r, field)),
      ...optional('visibilityRule', readVisibilityRule(r, field, at)),
      ...optional('parent', parent),
    });
    if (depth < MAX_DEPTH) readFields(r, field, at, out, depth + 1, name);
  });
}

/**
 * `<validationRule>`: its formula and error message as written (the message is rich text; the run
 * shows it as plain text). A rule without a formula is kept with an empty one, which the run cannot
 * evaluate and reports as unsupported rather than letting every answer pass.
 */
function readValidationRule(r: FlowReader, field: XmlNode): ScreenField['validationRule'] {
  const rule = firstChild(field, 'validationRule');
  if (!rule) return undefined;
  return { formula: r.rawText(rule, 'formulaExpression') ?? '', errorMessage: r.rawText(rule, 'errorMessage') ?? '' };
}

/**
 * `<visibilityRule>`: its condition logic (`and` when absent, as Flow Builder's default) and its
 * condition rows, read as a decision outcome's are.
 */
function readVisibilityRule(r: FlowReader, field: XmlNode, at: string): ScreenField['visibilityRule'] {
  const rule = firstChild(field, 'visibilityRule');
  if (!rule) return undefined;
  return { logic: r.text(rule, 'conditionLogic') ?? 'and', conditions: readConditions(r, rule, `${at}.visibilityRule`) };
}

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length > 0 ? list : undefined;
}

/** `<actions>` of the screen itself (a field's are not screen actions): each an autolaunched flow it runs. */
function readActions(r: FlowReader, node: XmlNode, path: string): ScreenAction[] {
  return r.each(node, 'actions', path, (action, at) => ({
    name: r.name(action, at),
    actionName: r.required(action, 'actionName', at),
    actionType: r.text(action, 'actionType') ?? 'flow',
    inputParameters: readNamedValues(r, action, 'inputParameters', at),
  }));
}

/** `<triggers>`: an event (the screen loading, a field changing) and the screen actions its handlers name. */
function readTriggers(r: FlowReader, node: XmlNode, path: string): ScreenTrigger[] {
  return r.each(node, 'triggers', path, (trigger, at) => ({
    eventName: r.required(trigger, 'eventName', at),
    ...optional('eventSource', r.text(trigger, 'eventSource')),
    actions: childrenNamed(trigger, 'handlers').map((handler) => r.text(handler, 'screenActionName')).filter((name): name is string => name !== undefined),
  }));
}

export function readScreen(r: FlowReader, node: XmlNode, path: string, base: Base): ElementOf<'screen'> {
  const fields: ScreenField[] = [];
  readFields(r, node, path, fields, 0);
  return { kind: 'screen', ...base, fields, ...optional('actions', nonEmpty(readActions(r, node, path))), ...optional('triggers', nonEmpty(readTriggers(r, node, path))) };
}
