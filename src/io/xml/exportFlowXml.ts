/**
 * Orchestration document → Salesforce Flow metadata XML (`<Flow xmlns=…>`, processType
 * `Orchestrator`), in Salesforce's element order, with everything `extensions` kept merged back.
 * Never throws. What Flow metadata has no place for (the flow catalog, users, simulation values)
 * is listed in one warning. See docs/xml.md.
 */
import type { Orchestration } from '../../model/types';
import { exportDecision } from './decisions';
import { inSalesforceOrder } from './elementOrder';
import { exportContextFor } from './exportContext';
import { absentHeader, mergeKept, readKept, readKeptAttributes, withTextStyle } from './extensions';
import { exportStage } from './exportStage';
import { exportFormula } from './formulas';
import { DEFAULT_STATUS, defaultMetadataValues, formatApiVersion, interviewLabelFor, METADATA_NAMESPACE, parseApiVersion } from './flowHeader';
import type { XmlWarning } from './importContext';
import { positionsOf } from './position';
import { exportRunInMode, exportStart } from './start';
import { exportVariable } from './variables';
import { writeXml } from './writeXml';
import { childText, leaf, type XmlNode } from './xmlNode';

export interface ExportFlowXmlResult {
  xml: string;
  warnings: XmlWarning[];
}

/** Writes an orchestration as a Flow metadata file. */
export function exportFlowXml(doc: Orchestration): ExportFlowXmlResult {
  try {
    return { xml: withTextStyle(writeXml(flowElement(doc)), doc.extensions), warnings: notCarried(doc) };
  } catch (error) {
    return { xml: '', warnings: [{ message: `cannot write this document as XML: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}

function flowElement(doc: Orchestration): XmlNode {
  const ctx = exportContextFor(doc);
  const positions = positionsOf(doc);
  const label = doc.label ?? doc.name;
  // A file's own spelling of its version (`59`, the first <apiVersion> kept) is written back only
  // while the version is the same; otherwise the version is written in its place. Any further
  // <apiVersion> (a damaged file's duplicate) is an element like any other we do not model: kept as it is.
  const keptAll = readKept(doc.extensions);
  const spelling = keptAll.find(({ element }) => element.tag === 'apiVersion');
  const kept = keptAll.map((k) => (k === spelling && !keptVersionHolds(k.element, doc) ? { ...k, element: leaf('apiVersion', formatApiVersion(ctx.apiVersion)) } : k));
  // what Flow Builder writes (flowHeader.ts), unless kept as the file had it, or absent from the file
  const absent = absentHeader(doc.extensions);
  const keepsMetadata = absent.has('processMetadataValues') || kept.some(({ element }) => element.tag === 'processMetadataValues');
  const generated: (XmlNode | undefined)[] = [
    leaf('apiVersion', formatApiVersion(ctx.apiVersion)),
    ...(doc.decisions ?? []).map((decision) => exportDecision(decision, positions.get(decision.name)!, ctx)),
    doc.description !== undefined ? leaf('description', doc.description) : undefined,
    ...(doc.formulas ?? []).map(exportFormula),
    absent.has('interviewLabel') ? undefined : leaf('interviewLabel', interviewLabelFor(label)),
    leaf('label', label),
    ...doc.stages.map((stage) => exportStage(stage, positions.get(stage.name)!, ctx)),
    ...(keepsMetadata ? [] : defaultMetadataValues()),
    leaf('processType', 'Orchestrator'),
    exportRunInMode(doc.trigger),
    exportStart(doc),
    absent.has('status') ? undefined : leaf('status', DEFAULT_STATUS),
    ...(doc.variables ?? []).map(exportVariable),
  ];
  const children = mergeKept(generated.filter((node): node is XmlNode => node !== undefined), kept);
  return {
    tag: 'Flow',
    attributes: { xmlns: METADATA_NAMESPACE, ...readKeptAttributes(doc.extensions) },
    children: inSalesforceOrder(children, 'flow'),
  };
}

/** True when a kept `<apiVersion>` still says the design's version (or an out-of-range one the design does not override). */
function keptVersionHolds(element: XmlNode, doc: Orchestration): boolean {
  // A design without a version of its own runs on the file's (out of range, or a damaged file's
  // two <apiVersion>): the file keeps it. Once the user picks one, the kept spelling holds only for it.
  if (doc.apiVersion === undefined) return true;
  return parseApiVersion(childText({ tag: 'x', children: [element] }, 'apiVersion')) === doc.apiVersion;
}

/** One warning naming what the document holds that Flow metadata cannot carry. */
function notCarried(doc: Orchestration): XmlWarning[] {
  // each item as a path (convert's stderr) and in the editor's words (its notice)
  const lost: { path: string; words: string }[] = [];
  // A flow read from a project is a file of that project, not lost: only those made in the app are.
  const own = (doc.flows ?? []).filter((flow) => flow.source === undefined);
  if (own.length > 0) {
    const count = `${own.length} flow${own.length === 1 ? '' : 's'}`;
    const names = own.slice(0, 3).map((flow) => flow.name).join(', ') + (own.length > 3 ? ', …' : '');
    lost.push({ path: `the flow catalog (${count} not read from a project)`, words: `the flow catalog's ${own.length === 1 ? 'flow' : count} made in Stageflow (${names})` });
  }
  if ((doc.users ?? []).length > 0) lost.push({ path: `users (${doc.users!.length})`, words: `the users (${doc.users!.length})` });
  const trigger = doc.trigger;
  if (trigger?.type === 'autolaunched' && trigger.launchedBy) lost.push({ path: 'trigger.launchedBy', words: 'who launches it (Launched by)' });
  if (trigger?.type === 'recordTriggered' && trigger.triggeredBy) lost.push({ path: 'trigger.triggeredBy', words: 'who saves the record (Triggered by)' });
  (doc.variables ?? []).forEach((variable, i) => {
    if (variable.type === 'Record' && variable.value) lost.push({ path: `variables[${i}].value (record field values)`, words: `the sample field values of ${variable.name}` });
    if (variable.label !== undefined) lost.push({ path: `variables[${i}].label`, words: `the label of ${variable.name}` });
  });
  if (lost.length === 0) return [];
  return [{
    message: `not written (Flow metadata has no place for them): ${lost.map((l) => l.path).join(', ')}`,
    inWords: `Flow metadata has no place for ${lost.map((l) => l.words).join(', ')}; they stay in Stageflow's JSON.`,
  }];
}
