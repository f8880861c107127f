/**
 * `.flow-meta.xml` text (any processType) → the interpreter's FlowDefinition, or problems. Untrusted
 * input: the XML layer caps size and nesting and refuses DOCTYPEs and prototype names; this layer
 * caps the element count, checks names (unique, safe as object keys) and that every connector goes
 * to an element of the flow. Never throws. Malformed XML is reported at `line:col`, structure at a
 * path such as `decisions[2].rules[0].conditions[1].operator`.
 */
import { FLOW_DEFINITION_VERSION, type FlowDefinition, type FlowElement } from '../../flows/definition';
import { parseXml } from '../xml/parseXml';
import { childrenOf, isLeaf, type XmlNode } from '../xml/xmlNode';
import { FlowReader, type FlowReadProblem } from './flowReader';
import { missingElementHint } from './missingElementHint';
import { optional } from './optional';
import { ELEMENT_READERS, isElementLike, readElement, targetsOf } from './readElements';
import { readChoice, readConstant, readDynamicChoiceSet, readFormula, readStart, readTextTemplate, readVariable } from './readResources';

export type { FlowReadProblem } from './flowReader';

/** Most elements a flow may have (Salesforce allows 2,000 per flow version; generous for generated files). */
export const MAX_FLOW_ELEMENTS = 10_000;

export type ReadFlowResult = { ok: true; definition: FlowDefinition } | { ok: false; problems: FlowReadProblem[] };

/** Top-level tags that are not elements: the header, resources, and builder metadata. */
const NOT_ELEMENTS = new Set([
  'processMetadataValues', 'customProperties', 'variables', 'constants', 'formulas', 'textTemplates', 'choices',
  'dynamicChoiceSets', 'stages', 'start', 'environments', 'capabilityTypes', 'sourceTemplate', 'overriddenFlow',
]);

/** Reads a flow file's text. */
export function readFlowDefinition(text: string): ReadFlowResult {
  const parsed = parseXml(text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => ({ ...optional('line', p.line), ...optional('column', p.column), message: p.message })) };
  try {
    return readRoot(parsed.root);
  } catch (error) {
    return { ok: false, problems: [{ message: `cannot read the flow: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}

function readRoot(root: XmlNode): ReadFlowResult {
  if (root.tag !== 'Flow') return { ok: false, problems: [{ path: root.tag, message: `the root element is <${root.tag}>, not <Flow>: this is not Flow metadata` }] };
  const r = new FlowReader();
  const processType = r.text(root, 'processType');
  if (processType === undefined) r.problem('processType', 'processType is missing: cannot tell what kind of flow this is');
  const definition: FlowDefinition = {
    version: FLOW_DEFINITION_VERSION,
    processType: processType ?? '',
    ...optional('status', r.text(root, 'status')),
    ...optional('apiVersion', r.number(root, 'apiVersion', '')),
    ...optional('label', r.text(root, 'label')),
    ...optional('runInMode', r.text(root, 'runInMode')),
    start: readStart(r, root),
    variables: r.each(root, 'variables', '', (node, path) => readVariable(r, node, path)),
    constants: r.each(root, 'constants', '', (node, path) => readConstant(r, node, path)),
    formulas: r.each(root, 'formulas', '', (node, path) => readFormula(r, node, path)),
    textTemplates: r.each(root, 'textTemplates', '', (node, path) => readTextTemplate(r, node, path)),
    choices: r.each(root, 'choices', '', (node, path) => readChoice(r, node, path)),
    dynamicChoiceSets: r.each(root, 'dynamicChoiceSets', '', (node, path) => readDynamicChoiceSet(r, node, path)),
    ...optional('stages', nonEmpty(r.each(root, 'stages', '', (node, path) => ({
      name: r.name(node, path),
      ...optional('label', r.text(node, 'label')),
      ...optional('order', r.number(node, 'stageOrder', path)),
      ...optional('isActive', r.bool(node, 'isActive', path)),
    })))),
    elements: {},
  };
  readAllElements(r, root, definition);
  if (r.problems.length === 0) checkNamesAndConnectors(r, definition, root);
  return r.problems.length > 0 ? { ok: false, problems: r.problems.map(stripLeadingDot) } : { ok: true, definition };
}

/** A list, or undefined when it is empty (an optional part of the definition is left out). */
function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length > 0 ? list : undefined;
}

function readAllElements(r: FlowReader, root: XmlNode, definition: FlowDefinition): void {
  const counts = new Map<string, number>();
  let total = 0;
  for (const node of childrenOf(root)) {
    if (NOT_ELEMENTS.has(node.tag) || isLeaf(node)) continue;
    if (!ELEMENT_READERS[node.tag] && !isElementLike(node)) continue;
    const index = counts.get(node.tag) ?? 0;
    counts.set(node.tag, index + 1);
    if (++total > MAX_FLOW_ELEMENTS) {
      r.problem(`${node.tag}[${index}]`, `the flow has more than ${MAX_FLOW_ELEMENTS} elements`);
      return;
    }
    const path = `${node.tag}[${index}]`;
    const element: FlowElement = readElement(r, node, path);
    if (element.name === '' || !Object.prototype.hasOwnProperty.call(definition.elements, element.name)) {
      if (element.name !== '') definition.elements[element.name] = element;
    } else {
      r.problem(`${path}.name`, `another element is already named "${element.name}"`);
    }
  }
}

/** Names are one case-insensitive namespace (elements and resources); connectors go to elements. */
function checkNamesAndConnectors(r: FlowReader, definition: FlowDefinition, root: XmlNode): void {
  const seen = new Map<string, string>();
  const resources: [string, { name: string }[]][] = [
    ['variables', definition.variables], ['constants', definition.constants], ['formulas', definition.formulas],
    ['textTemplates', definition.textTemplates], ['choices', definition.choices],
    ['dynamicChoiceSets', definition.dynamicChoiceSets], ['stages', definition.stages ?? []],
  ];
  const named: [string, string][] = [
    ...resources.flatMap(([tag, list]) => list.map((item, i): [string, string] => [`${tag}[${i}]`, item.name])),
    ...Object.values(definition.elements).map((element): [string, string] => [`elements[${element.name}]`, element.name]),
  ];
  for (const [path, name] of named) {
    const key = name.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) r.problem(`${path}.name`, `"${name}" is also the name of ${first}`);
    else seen.set(key, path);
  }
  const hint = missingElementHint(definition, root);
  const check = (path: string, target: string | undefined) => {
    if (target !== undefined && !Object.prototype.hasOwnProperty.call(definition.elements, target)) {
      r.problem(path, `the connector goes to "${target}", which is not an element of this flow${hint(target)}`);
    }
  };
  check('start.connector', definition.start.connector);
  for (const element of Object.values(definition.elements)) {
    for (const target of targetsOf(element)) check(`elements[${element.name}]`, target);
  }
}

function stripLeadingDot(problem: FlowReadProblem): FlowReadProblem {
  return problem.path?.startsWith('.') ? { ...problem, path: problem.path.slice(1) } : problem;
}
