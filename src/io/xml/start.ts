/**
 * `<start>` ↔ `start` and `trigger`, and `<runInMode>` ↔ `trigger.runContext`.
 * Autolaunched: a start with only its position and connector. Record-triggered:
 * `triggerType` `RecordAfterSave` with `object`, when it fires and its entry conditions
 * (recordTrigger.ts); other start fields stay verbatim (extensions with `parent: "start"`).
 * `runInMode` ("How to Run the Orchestration", API ≤ 59): `DefaultMode` ↔ `user`,
 * `SystemModeWithoutSharing` ↔ `system`.
 */
import type { Orchestration, RecordTrigger, Trigger } from '../../model/types';
import { exportConnector, importConnector } from './connectors';
import { inSalesforceOrder } from './elementOrder';
import { hasStartUnconnectedMark, isInvalidDraft, mergeKept, readKept } from './extensions';
import { Children, type ImportContext } from './importContext';
import { exportRecordTrigger, importRecordTrigger } from './recordTrigger';
import { leaf, type XmlNode } from './xmlNode';

const RECORD_AFTER_SAVE = 'RecordAfterSave';
const START_X = '50';
const START_Y = '0';
const RUN_IN_MODE: Record<'user' | 'system', string> = { user: 'DefaultMode', system: 'SystemModeWithoutSharing' };

export interface ImportedStart {
  start?: string;
  trigger?: Trigger;
  extensions: unknown[];
  /** The `<start>` was there without a connector (a draft): the file starts nothing. */
  unconnected?: boolean;
}

/** Reads `<start>` (absent: an autolaunched orchestration with no start connector). */
export function importStart(node: XmlNode | undefined, ctx: ImportContext): ImportedStart {
  if (!node) return { trigger: { type: 'autolaunched' }, extensions: [] };
  const children = new Children(node);
  const result: ImportedStart = { extensions: [] };
  if (children.text('locationX') === START_X && children.text('locationY') === START_Y) {
    children.use(children.first('locationX'), children.first('locationY'));
  }
  const connector = importConnector(children.first('connector'));
  if (connector && !connector.isGoTo && children.all('connector').length === 1) {
    result.start = connector.target;
    children.use(children.first('connector'));
  }
  const triggerType = children.text('triggerType');
  if (triggerType === undefined && children.first('triggerType') === undefined) {
    result.trigger = { type: 'autolaunched' };
  } else if (triggerType === RECORD_AFTER_SAVE) {
    children.use(children.first('triggerType'));
    const object = children.text('object');
    if (object) children.use(children.first('object'));
    const trigger: RecordTrigger = object ? { type: 'recordTriggered', object } : { type: 'recordTriggered' };
    importRecordTrigger(children, trigger);
    result.trigger = trigger;
  }
  if (node.attributes !== undefined) {
    ctx.warn('extensions', 'attributes of <start> are not kept');
  }
  result.extensions = ctx.keep('extensions', children.rest(), 'start');
  if (children.all('connector').length === 0) result.unconnected = true;
  return result;
}

/** Writes `<start>`, merging the start fields kept in the orchestration's `extensions`. */
export function exportStart(doc: Orchestration): XmlNode {
  // An InvalidDraft's unconnected start stays unconnected (the file goes back as it was) unless the
  // design names its first element; any other file gains the connector to the first stage.
  const unconnected = doc.start === undefined && hasStartUnconnectedMark(doc.extensions) && isInvalidDraft(doc.extensions);
  const target = unconnected ? undefined : doc.start ?? doc.stages[0]?.name ?? (doc.decisions ?? [])[0]?.name;
  const trigger = doc.trigger;
  const generated: (XmlNode | undefined)[] = [
    leaf('locationX', START_X),
    leaf('locationY', START_Y),
    exportConnector('connector', target, false),
  ];
  if (trigger?.type === 'recordTriggered') generated.push(...exportRecordTrigger(trigger), leaf('triggerType', RECORD_AFTER_SAVE));
  const children = mergeKept(generated.filter((node): node is XmlNode => node !== undefined), readKept(doc.extensions, 'start'));
  return { tag: 'start', children: inSalesforceOrder(children, 'node') };
}

/** Reads `<runInMode>` into an autolaunched trigger's `runContext`, marking it used when it maps. */
export function importRunInMode(children: Children, trigger: Trigger | undefined): void {
  const mode = children.text('runInMode');
  if (trigger?.type !== 'autolaunched' || mode === undefined) return;
  const context = (Object.keys(RUN_IN_MODE) as ('user' | 'system')[]).find((key) => RUN_IN_MODE[key] === mode);
  if (!context) return;
  trigger.runContext = context;
  children.use(children.first('runInMode'));
}

export function exportRunInMode(trigger: Trigger | undefined): XmlNode | undefined {
  return trigger?.type === 'autolaunched' && trigger.runContext ? leaf('runInMode', RUN_IN_MODE[trigger.runContext]) : undefined;
}
