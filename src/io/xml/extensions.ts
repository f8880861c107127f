/**
 * What `extensions` hold for Flow metadata: elements we do not model, kept verbatim with their
 * position among same-named siblings, and Go To marks on connectors. On export, kept elements are
 * merged back into the generated ones: a kept single-valued element (`<status>`) replaces the
 * generated one; a kept repeated element (`<stageSteps>`) goes back to its original position.
 */
import { asXmlNode, childText, type XmlNode } from './xmlNode';

/** An element kept verbatim. `index`: position among same-named siblings; `parent`: `start` for `<start>` children. */
export interface KeptElement {
  kind: 'xmlElement';
  element: XmlNode;
  index?: number;
  parent?: 'start';
}

/** The connector of the owning element that was written with `<isGoTo>true</isGoTo>` to `target`. */
export interface GoToMark {
  kind: 'xmlGoTo';
  connector: 'connector' | 'faultConnector' | 'defaultConnector';
  target: string;
}

/** Attributes of the `<Flow>` root other than the metadata namespace. */
export interface KeptAttributes {
  kind: 'xmlAttributes';
  attributes: Record<string, string>;
}

/**
 * The file's `<start>` had no connector (a draft): an `InvalidDraft` is written back without one
 * while the design names no first element itself (`start` absent). The simulation still starts at
 * the first stage (FORMAT.md: `start` defaults to `stages[0]`).
 */
export interface StartUnconnectedMark {
  kind: 'xmlStartUnconnected';
}

/**
 * How the file's text differs from the way Salesforce writes Flow metadata (LF line endings, a final
 * line break): a file saved on Windows (CRLF) is written back as it was, so `convert` XML → JSON →
 * XML gives the same bytes. (A byte order mark is dropped when the file is decoded, as a browser's
 * File.text() does; Salesforce writes none.)
 */
export interface TextStyleMark {
  kind: 'xmlText';
  lineEnding?: 'crlf';
  finalNewline?: false;
}

/** Flow Builder's bookkeeping that export writes by default (flowHeader.ts). */
export type HeaderElement = 'interviewLabel' | 'processMetadataValues' | 'status';

/**
 * The file had none of these bookkeeping elements (a generated or hand-written file): they are not
 * added when it is written back, so XML → JSON → XML gives the file it was.
 */
export interface HeaderAbsentMark {
  kind: 'xmlHeaderAbsent';
  elements: HeaderElement[];
}

/**
 * The owner's evaluation-flow condition (`entryActionName` / `exitActionName`) had no
 * `…ConditionLogic` beside it, as some retrieved files have (SFDC-Assets' incident orchestration):
 * it is written back without one while the condition is still an evaluation flow.
 */
export interface LogicAbsentMark {
  kind: 'xmlLogicAbsent';
  condition: 'entry' | 'exit';
}

/**
 * The step's file wrote a `<stepSubtype>` agreeing with its `actionType` although its `<apiVersion>`
 * predates the element (STEP_SUBTYPE_SINCE): Salesforce writes it by the API version of the
 * retrieve, not the flow's own (survey 28). It is written back, as the step's kind says, so a step
 * whose kind is changed gets the new kind's subtype, not the old one kept verbatim.
 */
export interface SubtypeWrittenMark {
  kind: 'xmlStepSubtype';
}

export type XmlExtension = KeptElement | GoToMark | KeptAttributes | StartUnconnectedMark | TextStyleMark | HeaderAbsentMark | LogicAbsentMark | SubtypeWrittenMark;

/** Elements that may repeat in Flow metadata (everything else is single-valued). */
const REPEATED = new Set([
  'orchestratedStages', 'stageSteps', 'decisions', 'variables', 'constants', 'formulas', 'textTemplates',
  'choices', 'dynamicChoiceSets', 'processMetadataValues', 'rules', 'conditions', 'entryConditions',
  'exitConditions', 'inputParameters', 'outputParameters', 'entryActionInputParameters',
  'entryActionOutputParameters', 'exitActionInputParameters', 'exitActionOutputParameters', 'assignees',
  'filters', 'outputConfigParams', 'actionCalls', 'assignments', 'screens', 'subflows', 'waits', 'loops',
  'recordCreates', 'recordDeletes', 'recordLookups', 'recordUpdates', 'collectionProcessors', 'customErrors',
  'apexPluginCalls', 'transforms', 'environments', 'scheduledPaths', 'capabilityTypes', 'customProperties',
  'orchestrationEvaluationCriteria', 'steps', 'steppedStages', 'stages',
]);

/** True when `tag` may occur several times under one parent. */
export function isRepeated(tag: string): boolean {
  return REPEATED.has(tag);
}

/** A child that was not mapped, with its index among same-named siblings of the original parent. */
export interface KeptChild {
  element: XmlNode;
  index: number;
}

/** Extension entries for kept children. */
export function keptEntries(kept: readonly KeptChild[], parent?: 'start'): KeptElement[] {
  return kept.map(({ element, index }) => ({
    kind: 'xmlElement',
    element,
    ...(isRepeated(element.tag) ? { index } : {}),
    ...(parent ? { parent } : {}),
  }));
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * Appends `items` to `list` one by one: `list.push(...items)` passes each as an argument, and the
 * kept elements of a hostile file (hundreds of thousands of unknown tags) are more arguments than a
 * call takes ("Maximum call stack size exceeded").
 */
export function appendAll<T>(list: T[], items: Iterable<T>): void {
  for (const item of items) list.push(item);
}

/** The entries of `extensions` of one `kind` (malformed entries and other kinds are ignored). */
function entriesOfKind(extensions: unknown, kind: XmlExtension['kind']): Record<string, unknown>[] {
  if (!Array.isArray(extensions)) return [];
  return extensions.map(asRecord).filter((entry): entry is Record<string, unknown> => entry?.kind === kind);
}

/** The kept elements in an `extensions` value (entries of other kinds and malformed entries are ignored). */
export function readKept(extensions: unknown, parent?: 'start'): KeptChild[] {
  if (!Array.isArray(extensions)) return [];
  const kept: KeptChild[] = [];
  for (const entry of extensions) {
    const record = asRecord(entry);
    if (!record || record.kind !== 'xmlElement' || record.parent !== parent) continue;
    const node = asXmlNode(record.element);
    if (!node) continue;
    const index = typeof record.index === 'number' && Number.isInteger(record.index) && record.index >= 0 ? record.index : Number.MAX_SAFE_INTEGER;
    kept.push({ element: node, index });
  }
  return kept;
}

/**
 * True when the design came from a Salesforce file saved as an `InvalidDraft` (its `<status>` is kept
 * verbatim in `extensions`): how Salesforce keeps a flow that does not validate.
 */
export function isInvalidDraft(extensions: unknown): boolean {
  const kept = readKept(extensions).find(({ element }) => element.tag === 'status');
  return kept !== undefined && childText({ tag: 'Flow', children: [kept.element] }, 'status') === 'InvalidDraft';
}

/** The mark for the file's `text`, or null when it is written as Salesforce writes (LF, a final line break). */
export function textStyleOf(text: string): TextStyleMark | null {
  const crlf = text.includes('\r\n');
  const finalNewline = /\n$/.test(text);
  if (!crlf && finalNewline) return null;
  return { kind: 'xmlText', ...(crlf ? { lineEnding: 'crlf' as const } : {}), ...(finalNewline ? {} : { finalNewline: false as const }) };
}

/** `xml` (as the writer makes it: LF, a final line break) in the text style `extensions` keep. */
export function withTextStyle(xml: string, extensions: unknown): string {
  const mark = entriesOfKind(extensions, 'xmlText')[0];
  if (!mark) return xml;
  const text = mark.finalNewline === false ? xml.replace(/\n$/, '') : xml;
  return mark.lineEnding === 'crlf' ? text.replace(/\r?\n/g, '\r\n') : text;
}

/** `extensions` without the text style mark (the entries that are not `xmlText`), or itself when it has none. */
export function withoutTextStyle<T>(extensions: T[] | undefined): T[] | undefined {
  const rest = extensions?.filter((entry) => asRecord(entry)?.kind !== 'xmlText');
  return rest !== undefined && rest.length !== extensions?.length ? rest : extensions;
}

/** True when `extensions` says the file's `<start>` had no connector. */
export function hasStartUnconnectedMark(extensions: unknown): boolean {
  return entriesOfKind(extensions, 'xmlStartUnconnected').length > 0;
}

/** The bookkeeping elements the file did not have (HeaderAbsentMark), not to be written. */
export function absentHeader(extensions: unknown): Set<string> {
  const absent = new Set<string>();
  for (const mark of entriesOfKind(extensions, 'xmlHeaderAbsent')) {
    if (Array.isArray(mark.elements)) for (const tag of mark.elements) if (typeof tag === 'string') absent.add(tag);
  }
  return absent;
}

/** True when `extensions` says the file's `condition` evaluation flow had no logic element (LogicAbsentMark). */
export function hasLogicAbsentMark(extensions: unknown, condition: LogicAbsentMark['condition']): boolean {
  return entriesOfKind(extensions, 'xmlLogicAbsent').some((mark) => mark.condition === condition);
}

/** True when `extensions` says the step's file wrote a `<stepSubtype>` before its API version writes one (SubtypeWrittenMark). */
export function hasSubtypeWrittenMark(extensions: unknown): boolean {
  return entriesOfKind(extensions, 'xmlStepSubtype').length > 0;
}

/** True when `extensions` marks the named connector to `target` as a Go To. */
export function hasGoToMark(extensions: unknown, connector: GoToMark['connector'], target: string): boolean {
  return entriesOfKind(extensions, 'xmlGoTo').some((mark) => mark.connector === connector && mark.target === target);
}

/** Root attributes kept in `extensions`, if any. */
export function readKeptAttributes(extensions: unknown): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const entry of entriesOfKind(extensions, 'xmlAttributes')) {
    const values = asRecord(entry.attributes);
    if (!values) continue;
    const probe = asXmlNode({ tag: 'Flow', attributes: values });
    Object.assign(attributes, probe?.attributes ?? {});
  }
  return attributes;
}

/** The generated children with the kept ones merged in (see the module comment). */
export function mergeKept(generated: readonly XmlNode[], kept: readonly KeptChild[]): XmlNode[] {
  const keptSingles = new Set(kept.filter((k) => !isRepeated(k.element.tag)).map((k) => k.element.tag));
  const byTag = new Map<string, XmlNode[]>();
  const add = (node: XmlNode) => {
    const list = byTag.get(node.tag) ?? [];
    list.push(node);
    byTag.set(node.tag, list);
  };
  generated.filter((node) => !keptSingles.has(node.tag)).forEach(add);
  const repeated = kept.filter((k) => isRepeated(k.element.tag)).sort((a, b) => a.index - b.index);
  for (const { element, index } of repeated) {
    const list = byTag.get(element.tag) ?? [];
    list.splice(Math.min(index, list.length), 0, element);
    byTag.set(element.tag, list);
  }
  kept.filter((k) => !isRepeated(k.element.tag)).forEach((k) => add(k.element));
  return [...byTag.values()].flat();
}
