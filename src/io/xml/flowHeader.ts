/**
 * Flow-level bookkeeping the model does not hold but Flow Builder writes: `status` (Draft),
 * `interviewLabel` (`<label> {!$Flow.CurrentDateTime}`) and the three `processMetadataValues`
 * (BuilderType, CanvasMode `AUTO_LAYOUT_CANVAS` — orchestrations always use auto-layout —,
 * OriginBuilderType). Values equal to these defaults are regenerated on export; others stay verbatim;
 * and what a file did not have at all is not added to it (absentHeaderMark).
 */
import type { HeaderAbsentMark, HeaderElement } from './extensions';
import type { Children, ImportContext } from './importContext';
import { element, leaf, sameNode, type XmlNode } from './xmlNode';

export const METADATA_NAMESPACE = 'http://soap.sforce.com/2006/04/metadata';
export const DEFAULT_STATUS = 'Draft';
const HEADER_ELEMENTS: HeaderElement[] = ['interviewLabel', 'processMetadataValues', 'status'];

export function interviewLabelFor(label: string): string {
  return `${label} {!$Flow.CurrentDateTime}`;
}

function metadataValue(name: string, value: string): XmlNode {
  return element('processMetadataValues', [leaf('name', name), element('value', [leaf('stringValue', value)])]);
}

/** The `processMetadataValues` Flow Builder writes on an orchestration. */
export function defaultMetadataValues(): XmlNode[] {
  return [
    metadataValue('BuilderType', 'LightningFlowBuilder'),
    metadataValue('CanvasMode', 'AUTO_LAYOUT_CANVAS'),
    metadataValue('OriginBuilderType', 'LightningFlowBuilder'),
  ];
}

/** The bookkeeping elements a file does not have at all: export must not add them (HeaderAbsentMark). */
export function absentHeaderMark(children: Children): HeaderAbsentMark | undefined {
  const elements = HEADER_ELEMENTS.filter((tag) => children.all(tag).length === 0);
  return elements.length > 0 ? { kind: 'xmlHeaderAbsent', elements } : undefined;
}

/** Marks the header elements used when they equal what export regenerates. */
export function markDefaultHeader(children: Children, label: string): void {
  children.useIf('status', DEFAULT_STATUS);
  children.useIf('interviewLabel', interviewLabelFor(label));
  const values = children.all('processMetadataValues');
  const defaults = defaultMetadataValues();
  if (values.length === defaults.length && values.every((node, i) => sameNode(node, defaults[i]!))) children.use(...values);
}

/**
 * An InvalidDraft — a version Salesforce saved with errors, which it will not activate — is a status
 * Salesforce writes, not an element the model lacks: it is read as the draft it is and said so, in
 * place of the "has no place in the model" note, and kept to be written back as it was (*chosen*,
 * docs/xml.md). Active and Obsolete stay listed among the parts kept as written (the app's report
 * and `stageflow validate` show them there); a Draft is regenerated.
 */
export function readInvalidDraft(children: Children, ctx: ImportContext): void {
  if (children.text('status') !== 'InvalidDraft') return;
  ctx.keepUnnoted(children.first('status')!);
  ctx.warn('Flow.status', 'saved with errors in Salesforce (<status>InvalidDraft</status>, an Invalid draft in Setup): Salesforce does not activate this version as it is; Stageflow reads it as a draft, lists its problems and writes it back as an InvalidDraft');
}

/**
 * `apiVersion` text as a number, when it is a whole version 50–66: `NN.0` as Salesforce writes it,
 * or `NN` / `NN.00` as a hand-written file may (the Metadata API reads those as the same version).
 */
export function parseApiVersion(text: string | undefined): number | undefined {
  const match = /^\s*(\d{2})(?:\.0+)?\s*$/.exec(text ?? '');
  const version = match ? Number(match[1]) : NaN;
  return version >= 50 && version <= 66 ? version : undefined;
}

export function formatApiVersion(version: number): string {
  return `${version}.0`;
}
