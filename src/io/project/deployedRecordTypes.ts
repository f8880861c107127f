/**
 * A project's record types as the RecordType records of the org it is deployed to: record types are
 * metadata, deployed with the project, so a flow's Get Records on `RecordType` by `SobjectType` and
 * `DeveloperName` (the usual way a flow finds the record type to give a record it creates) finds them
 * as that org would (*chosen*, as for custom metadata records: customMetadataRecords.ts). An SFDX
 * project has a file per record type (`objects/Case/recordTypes/Name.recordType-meta.xml`); a package
 * retrieved in the Metadata API format has them as the `<recordTypes>` elements of the object's file
 * (`objects/Case.object`), the same fields under the same tags. Each record has its `DeveloperName`
 * (the file name, or the element's `<fullName>`), `Name` (`<label>`), `SobjectType` (the object's
 * folder or file), `IsActive` (`<active>`) and an `Id` of its own (`012PRJ…`, from its object and name
 * only, so adding them never shifts another record's Id, and the same in both formats). Survey 12: 62
 * flows of six projects query RecordType, and 4 runs faulted on a record type their project ships
 * (others on ones it does not ship). Project files are untrusted: at most MAX_PROJECT_RECORD_TYPES
 * records, a name that is not an API name is passed over, a file that cannot be read a warning naming it.
 */
import { MAX_DEPLOYED_SETUP_RECORDS } from '../../flows/org/deployedSetupRecords';
import type { FieldValue } from '../../flows/org/simulatedOrg';
import { childrenNamed, childText, type XmlNode } from '../xml/xmlNode';
import { projectRecordId } from './customMetadataRecords';
import { blank, withoutPicklistValues } from './recordTypeFileExcerpt';
import { setupRecordFiles } from './setupRecordFiles';
import { API_NAME } from './apiName';

/** Record type files read at most. */
export const MAX_PROJECT_RECORD_TYPES = MAX_DEPLOYED_SETUP_RECORDS;

const RECORD_TYPE_FILE = /(?:^|\/)objects\/([A-Za-z][A-Za-z0-9_]*)\/recordTypes\/([A-Za-z][A-Za-z0-9_]*)\.recordType-meta\.xml$/;
/** A retrieved package's object file (`objects/Case.object`): its `<recordTypes>` are the object's. */
const PACKAGE_OBJECT_FILE = /(?:^|\/)objects\/([A-Za-z][A-Za-z0-9_]*)\.object$/;
/**
 * A field read through a record's record type: `$Record.RecordType.DeveloperName`,
 * `{!Get_Case.RecordType.Name}`, `$Record.Account.RecordType.Name` — the lookup `RecordTypeId`
 * followed into the org's RecordType records, so those must hold the project's as a Get Records on
 * RecordType would find them. Merge fields ignore case, as Salesforce does; `My_RecordType__r.` is
 * another relationship (no dot right before it).
 */
const THROUGH_RECORD_TYPE = /[\w$]\.RecordType\.[A-Za-z]/i;

/** The record's Id: `012` (a RecordType's prefix), `PRJ` and twelve characters from its object and name. */
export function recordTypeIdOf(object: string, developerName: string): string {
  return projectRecordId('012PRJ', object, developerName);
}

const OPEN = '<recordTypes>';
const CLOSE = '</recordTypes>';

/**
 * `text` with each `<picklistValues>…</picklistValues>` blanked, as a lazy pattern would find them but
 * scanned once: such a pattern searches to the file's end once per unclosed opening, minutes for a
 * hostile file of them. A record type's picklist values are most of its text in a real org, and not read here.
 */
function withoutPicklistBlocks(text: string): string {
  const open = '<picklistValues>';
  const close = '</picklistValues>';
  let kept = '';
  let from = 0;
  for (let start = text.indexOf(open); start >= 0; start = text.indexOf(open, from)) {
    const end = text.indexOf(close, start + open.length);
    if (end < 0) break;
    kept += text.slice(from, start) + blank(text.slice(start, end + close.length));
    from = end + close.length;
  }
  return kept + text.slice(from);
}

/** Where the `<CustomObject …>` root's opening tag ends, or -1. */
function rootEnd(text: string): number {
  for (let at = text.indexOf('<CustomObject'); at >= 0; at = text.indexOf('<CustomObject', at + 1)) {
    if (/\w/.test(text.charAt(at + '<CustomObject'.length))) continue; // another name: <CustomObjectTranslation>
    const gt = text.indexOf('>', at);
    return gt < 0 ? -1 : gt + 1;
  }
  return -1;
}

/**
 * A package object file with only its root and its `<recordTypes>` kept, each where it is in the file
 * (the rest, and their `<picklistValues>`, blanked but their line breaks): an object's file holds its
 * fields, list views and layouts too, megabytes in a real org (a production backup's 24 object files
 * with record types, 4.5 MB, 2.7 MB of it record types' picklist values, parsed in 1.7 s whole), and
 * only the record types' names, labels and active flags are read here. The whole text when the blocks
 * cannot be told apart (an unclosed `<recordTypes>`, or one inside another), so its problem is found
 * where it is. Scanned once with indexOf, so an untrusted file of unclosed blocks costs no more than a plain one.
 */
function recordTypesOnly(text: string): string {
  const start = rootEnd(text);
  if (start < 0) return text;
  const body = text.slice(start);
  let kept = text.slice(0, start);
  let at = 0;
  for (let open = body.indexOf(OPEN); open >= 0; ) {
    const close = body.indexOf(CLOSE, open + OPEN.length);
    const next = body.indexOf(OPEN, open + OPEN.length);
    if (close < 0 || (next >= 0 && next < close)) return text;
    const end = close + CLOSE.length;
    kept += blank(body.slice(at, open)) + withoutPicklistBlocks(body.slice(open, end));
    at = end;
    open = next;
  }
  return `${kept}${blank(body.slice(at))}</CustomObject>`;
}

/** The record of a `<RecordType>` file or a `<recordTypes>` element, and its identity. */
function recordTypeOf(node: XmlNode, object: string, name: string): { key: string; record: Record<string, FieldValue> } {
  return { key: `${object}.${name}`, record: { Id: recordTypeIdOf(object, name), DeveloperName: name, Name: childText(node, 'label')?.trim() || name, SobjectType: object, IsActive: childText(node, 'active')?.trim() !== 'false' } };
}

const recordTypes = setupRecordFiles({
  objects: ['RecordType'],
  through: THROUGH_RECORD_TYPE,
  field: 'recordTypes',
  plural: 'record types',
  max: MAX_PROJECT_RECORD_TYPES,
  identify(path) {
    if (RECORD_TYPE_FILE.test(path)) return { root: 'RecordType', noun: 'record type' };
    return PACKAGE_OBJECT_FILE.test(path) ? { root: 'CustomObject', noun: 'record types' } : undefined;
  },
  // an SFDX file is mostly its picklist values, a package object file its fields: only the record types are parsed
  excerpt: (text, path) => (PACKAGE_OBJECT_FILE.test(path) ? recordTypesOnly(text) : withoutPicklistValues(text)),
  // most of a retrieved package's object files have no record type: those are not parsed
  mayHold: (text) => !text.includes('<CustomObject') || text.includes('<recordTypes>'),
  records(root, path) {
    const file = RECORD_TYPE_FILE.exec(path);
    if (file) return [recordTypeOf(root, file[1]!, file[2]!)];
    const object = PACKAGE_OBJECT_FILE.exec(path)![1]!;
    return childrenNamed(root, 'recordTypes').flatMap((node) => {
      const name = childText(node, 'fullName')?.trim() ?? '';
      return API_NAME.test(name) ? [recordTypeOf(node, object, name)] : [];
    });
  },
});

/** Whether `path` is a record type file (`objects/Case/recordTypes/Support.recordType-meta.xml`) or a retrieved package's object file (`objects/Case.object`), which holds the object's record types. */
export const isRecordTypeFile = recordTypes.isFile;
/** Whether a flow of `texts` reads RecordType records (a Get Records on the object RecordType, or a field through a record's RecordType). */
export const flowsReadRecordTypes = recordTypes.flowsRead;
/** The RecordType records of `files` (record type and package object files; others are passed over), in path order, and what could not be read. */
export const readProjectRecordTypes = recordTypes.read;
/** Whether a flow of `project` reads RecordType records. */
export const projectReadsRecordTypes = recordTypes.projectReads;
/** Whether `path` is read after the flows of `project`: a record type file, when a flow reads RecordType. */
export const isRecordTypeFileFor = recordTypes.isFileFor;
/** `project` with its record types read from `files` when one of its flows reads RecordType; unchanged otherwise. */
export const withProjectRecordTypes = recordTypes.withProject;
/** `definition` with the project's record types (`recordTypes`) when its flow file reads RecordType; unchanged otherwise. */
export const withReferencedRecordTypes = recordTypes.withReferenced;
