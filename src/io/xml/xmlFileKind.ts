/**
 * What an XML file is meant to be, for the words said when it is not XML or holds no element: a
 * project's field file that held a README was refused with "not Flow XML: a flow file begins with
 * "<?xml" or "<Flow"", which sent the admin looking for a flow (*chosen*, docs/projects.md). Named by
 * the root element the file should have; parseXml passes it to notXmlMarkup and xmlFaultWords.
 */

/** The words for one kind of metadata file. */
export interface XmlFileKind {
  /** Its root element: `Flow`, `CustomField`. */
  root: string;
  /** "not … XML": `Flow XML`, `field metadata XML`. */
  xml: string;
  /** The file, as a sentence's subject: `a flow file`, `a field's metadata file`. */
  file: string;
  /** What it holds: `Flow metadata`, `a field's metadata` ("… is an XML <CustomField> element"). */
  metadata: string;
}

type Words = Omit<XmlFileKind, 'root'>;

/** The kinds a project's readers expect (objects/, customMetadata/, labels/, value sets, groups and queues). */
const KINDS: ReadonlyMap<string, Words> = new Map<string, Words>([
  ['Flow', { xml: 'Flow XML', file: 'a flow file', metadata: 'Flow metadata' }],
  ['CustomObject', { xml: 'object metadata XML', file: "an object's metadata file", metadata: "an object's metadata" }],
  ['CustomField', { xml: 'field metadata XML', file: "a field's metadata file", metadata: "a field's metadata" }],
  ['RecordType', { xml: 'record type XML', file: 'a record type file', metadata: 'a record type' }],
  ['CustomMetadata', { xml: 'custom metadata XML', file: 'a custom metadata record file', metadata: 'a custom metadata record' }],
  ['CustomLabels', { xml: 'custom labels XML', file: 'a custom labels file', metadata: 'custom labels' }],
  ['StandardValueSet', { xml: 'standard value set XML', file: 'a standard value set file', metadata: 'a standard value set' }],
  ['GlobalValueSet', { xml: 'global value set XML', file: 'a global value set file', metadata: 'a global value set' }],
  ['Group', { xml: 'group metadata XML', file: "a group's metadata file", metadata: "a group's metadata" }],
  ['Queue', { xml: 'queue metadata XML', file: "a queue's metadata file", metadata: "a queue's metadata" }],
]);

/** The words for a file whose root element should be `root` (a root not listed is named as written). */
export function xmlFileKind(root: string): XmlFileKind {
  const words = KINDS.get(root) ?? { xml: `<${root}> XML`, file: `a <${root}> file`, metadata: `a <${root}> file` };
  return { root, ...words };
}

/** A Flow file: what parseXml expects when it is not told. */
export const FLOW_FILE: XmlFileKind = xmlFileKind('Flow');
