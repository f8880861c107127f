/**
 * A project's record types (`objects/Object/recordTypes/Name.recordType-meta.xml`) as the RecordType
 * records of the org it is deployed to: record types are metadata, deployed with the project, so a
 * flow's Get Records on `RecordType` by `SobjectType` and `DeveloperName` (the usual way a flow finds
 * the record type to give a record it creates) finds them as that org would (*chosen*, as for
 * custom metadata records: customMetadataRecords.ts). Each record has its `DeveloperName` (the file
 * name), `Name` (`<label>`), `SobjectType` (the object's folder), `IsActive` (`<active>`) and an `Id`
 * of its own (`012PRJ…`, from its object and name only, so adding them never shifts another record's
 * Id). Survey 12: 62 flows of six projects query RecordType, and 4 runs faulted on a record type
 * their project ships (others on ones it does not ship). Project files are untrusted: at most MAX_PROJECT_RECORD_TYPES files, a file
 * that cannot be read a warning naming it.
 */
import type { FlowDefinition } from '../../flows/definition';
import { MAX_DEPLOYED_SETUP_RECORDS } from '../../flows/org/deployedSetupRecords';
import type { FieldValue } from '../../flows/org/simulatedOrg';
import { parseXml } from '../xml/parseXml';
import { childText } from '../xml/xmlNode';
import { fnv1a } from './customMetadataRecords';
import type { Project, ProjectFile, ProjectProblem } from './types';

/** Record type files read at most. */
export const MAX_PROJECT_RECORD_TYPES = MAX_DEPLOYED_SETUP_RECORDS;

const RECORD_TYPE_FILE = /(?:^|\/)objects\/([A-Za-z][A-Za-z0-9_]*)\/recordTypes\/([A-Za-z][A-Za-z0-9_]*)\.recordType-meta\.xml$/;

/** Whether `path` is a record type file (`objects/Case/recordTypes/Support.recordType-meta.xml`). */
export function isRecordTypeFile(path: string): boolean {
  return RECORD_TYPE_FILE.test(path);
}

/** Whether a flow of `texts` reads RecordType records (a Get Records on the object RecordType). */
export function flowsReadRecordTypes(texts: Iterable<string>): boolean {
  for (const text of texts) if (/<object>\s*RecordType\s*<\/object>/.test(text)) return true;
  return false;
}

/** The record's Id: `012` (a RecordType's prefix), `PRJ` and twelve characters from its object and name. */
export function recordTypeIdOf(object: string, developerName: string): string {
  const key = `${object}.${developerName}`.toLowerCase();
  const part = (basis: number): string => (fnv1a(key, basis) % 36 ** 6).toString(36).toUpperCase().padStart(6, '0');
  return `012PRJ${part(0x811c9dc5)}${part(0x01000193)}`;
}

/** The RecordType records of `files` (record type files; others are passed over), in path order, and what could not be read. */
export function readProjectRecordTypes(files: readonly ProjectFile[]): { records: Record<string, FieldValue>[]; problems: ProjectProblem[] } {
  const records: Record<string, FieldValue>[] = [];
  const problems: ProjectProblem[] = [];
  const seen = new Set<string>();
  const mine = files.filter((f) => isRecordTypeFile(f.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of mine) {
    const [, object, name] = RECORD_TYPE_FILE.exec(file.path)!;
    if (records.length >= MAX_PROJECT_RECORD_TYPES) {
      problems.push({ file: file.path, severity: 'warning', message: `record type not read: the project has more than ${MAX_PROJECT_RECORD_TYPES} record types, so this and later files are not read` });
      break;
    }
    // a second file of one record type (two package directories): the first is kept
    const key = `${object}.${name}`.toLowerCase();
    if (seen.has(key)) continue;
    const parsed = parseXml(file.text);
    if (!parsed.ok || parsed.root.tag !== 'RecordType') {
      const first = parsed.ok ? undefined : parsed.problems[0];
      problems.push({ file: file.path, severity: 'warning', message: `record type not read: ${parsed.ok ? `the root element is <${parsed.root.tag}>, not <RecordType>` : first?.message ?? 'malformed XML'}`, ...(first?.line !== undefined ? { line: first.line, column: first.column ?? 1 } : {}) });
      continue;
    }
    seen.add(key);
    records.push({ Id: recordTypeIdOf(object!, name!), DeveloperName: name!, Name: childText(parsed.root, 'label')?.trim() || name!, SobjectType: object!, IsActive: childText(parsed.root, 'active')?.trim() !== 'false' });
  }
  return { records, problems };
}

/** Whether a flow of `project` reads RecordType records (every flow file scanned, as for its custom settings). */
export function projectReadsRecordTypes(project: Project): boolean {
  return flowsReadRecordTypes([...project.files.values()].map((f) => f.text));
}

/** Whether `path` is read after the flows of `project`: a record type file, when a flow reads RecordType. */
export function isRecordTypeFileFor(project: Project): (path: string) => boolean {
  const wanted = projectReadsRecordTypes(project);
  return (path) => wanted && isRecordTypeFile(path);
}

/**
 * `project` with its record types read from `files` (app and command line alike: readLazyFiles,
 * readZip, the sibling folders of a flows folder), when one of its flows reads RecordType; unchanged otherwise.
 */
export function withProjectRecordTypes(project: Project, files: readonly ProjectFile[]): Project {
  if (!projectReadsRecordTypes(project)) return project;
  const read = readProjectRecordTypes(files);
  if (read.records.length === 0 && read.problems.length === 0) return project;
  return { ...project, ...(read.records.length ? { recordTypes: read.records } : {}), problems: [...project.problems, ...read.problems] };
}

/**
 * `definition` with the project's record types (`recordTypes`) when its flow file `text` reads RecordType, so its
 * run finds them wherever the document goes (runRecords.ts); unchanged otherwise.
 */
export function withReferencedRecordTypes(definition: FlowDefinition, text: string, records: readonly Readonly<Record<string, FieldValue>>[] | undefined): FlowDefinition {
  if (!records || records.length === 0 || !flowsReadRecordTypes([text])) return definition;
  return { ...definition, recordTypes: records.map((r) => ({ ...r })) };
}
