/**
 * A project's custom metadata records (`customMetadata/Type.Record.md-meta.xml`, or `Type.Record.md`
 * in a retrieved package) as records of the simulated org: what a flow's Get Records on `Type__mdt`
 * and its `{!$CustomMetadata.Type__mdt.Record.Field}` read. Custom metadata records are metadata,
 * deployed with the project to every org it goes to, so an admin expects a flow run from the project
 * to find them as the org would (*chosen*; the records a run is given of the type, by DeveloperName,
 * win: flows/org/deployedCustomMetadata.ts). Each record has its `DeveloperName` and `QualifiedApiName`
 * (the file name's second part), `MasterLabel` and `Label` (`<label>`), each `<values>` field typed by
 * its `xsi:type` (`xsd:boolean` a Boolean, `xsd:double`/`xsd:int`/`xsd:long` a number, `xsi:nil`
 * null, others text), and an `Id` of its own (`m00MDT…`, from its type and name only).
 *
 * The one reader of every path: the app's project opening and the command line's project commands
 * (readLazyFiles, readZip: the files of the types the project's flows name are read after the flows,
 * and each flow read from the project carries the records of the types it names in its definition,
 * as it carries its labels), and `stageflow flow` (cli/customMetadataFiles.ts). Only the types the
 * flows name are read. Project files are untrusted: at most MAX_CUSTOM_METADATA_RECORDS records,
 * names checked before they become keys, a file that cannot be read a warning naming it.
 */
import type { FlowDefinition } from '../../flows/definition';
import type { FieldValue } from '../../flows/org/simulatedOrg';
import { MAX_CUSTOM_METADATA_RECORDS, type CustomMetadataRecords } from '../../flows/org/deployedCustomMetadata';
import { parseMetadataXml } from './parseMetadataXml';
import { childrenNamed, childText, firstChild, isSafeName } from '../xml/xmlNode';
import { withoutOwnPrefix } from './ownNamespace';
import type { Project, ProjectCustomMetadata, ProjectFile, ProjectProblem } from './types';

/**
 * `Type.Record.md-meta.xml` (SFDX: a suffix only custom metadata records have, so anywhere, as a
 * dropped file too), or `Type.Record.md` in a `customMetadata` folder (a retrieved package: `.md`
 * alone is also Markdown's).
 */
const SOURCE_FILE = /(?:^|\/)([A-Za-z][A-Za-z0-9_]*)\.([A-Za-z][A-Za-z0-9_]*)\.md-meta\.xml$/;
const RETRIEVED_FILE = /(?:^|\/)customMetadata\/([A-Za-z][A-Za-z0-9_]*)\.([A-Za-z][A-Za-z0-9_]*)\.md$/;

/** The type (as the file spells it, without `__mdt`) and the record's name of a record file, if it is one. */
function recordFileName(path: string): { type: string; name: string } | undefined {
  const match = SOURCE_FILE.exec(path) ?? RETRIEVED_FILE.exec(path);
  return match ? { type: match[1]!, name: match[2]! } : undefined;
}

/** The fields every record has, set from its file's name and label: a `<values>` row cannot change them. */
const STANDARD_FIELDS = new Set(['id', 'developername', 'qualifiedapiname', 'masterlabel', 'label', 'namespaceprefix']);

/** Whether `path` is a custom metadata record file (`customMetadata/Type.Record.md-meta.xml`). */
export function isCustomMetadataFile(path: string): boolean {
  return recordFileName(path) !== undefined;
}

/** The custom metadata type (`Type__mdt`, lower-cased) a record file of this path belongs to, if it is one. */
export function customMetadataTypeOfFile(path: string): string | undefined {
  const file = recordFileName(path);
  return file ? `${file.type.toLowerCase()}__mdt` : undefined;
}

/** The custom metadata types (`x__mdt`, lower-cased) the flow texts name, through `$CustomMetadata` or as an object. */
export function customMetadataTypesOf(texts: Iterable<string>): Set<string> {
  const types = new Set<string>();
  for (const text of texts) {
    if (!/__mdt/i.test(text)) continue;
    for (const match of text.matchAll(/\b([A-Za-z][A-Za-z0-9_]*__mdt)\b/gi)) types.add(match[1]!.toLowerCase());
  }
  return types;
}

/** The custom metadata types the project's flows name (every flow file read, as for its custom settings). */
export function projectCustomMetadataTypes(project: Project): Set<string> {
  // a namespaced project's flows may spell its own types with its prefix (ownNamespace.ts)
  return customMetadataTypesOf([...project.files.values()].map((f) => withoutOwnPrefix(f.text, project.namespace)));
}

/** Whether `path` is a record file of one of the types `wanted` (lower-cased `x__mdt`). */
export function isCustomMetadataOf(path: string, wanted: ReadonlySet<string>): boolean {
  const type = wanted.size > 0 ? customMetadataTypeOfFile(path) : undefined;
  return type !== undefined && wanted.has(type);
}

/** A string's 32-bit FNV-1a hash from `basis`. */
export function fnv1a(text: string, basis: number): number {
  let hash = basis;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/**
 * The record's Id: `m00MDT` and twelve characters from its type and DeveloperName only (custom metadata
 * Ids start with m00), so no record added, removed or given by the scenario changes another's Id.
 */
export function customMetadataIdOf(type: string, developerName: string): string {
  return projectRecordId('m00MDT', type, developerName);
}

/**
 * The Id of a record a project's metadata gives the org (custom metadata, queues and groups, record
 * types): `prefix` (the object's key prefix and a mark of its own) and twelve characters hashed from
 * its kind and name only, so no record added, removed or given by the scenario changes another's Id.
 */
export function projectRecordId(prefix: string, kind: string, developerName: string): string {
  const key = `${kind}.${developerName}`.toLowerCase();
  const part = (basis: number): string => (fnv1a(key, basis) % 36 ** 6).toString(36).toUpperCase().padStart(6, '0');
  return `${prefix}${part(0x811c9dc5)}${part(0x01000193)}`;
}

/** A `<value>`'s field value, typed by its `xsi:type` (the prefix Salesforce writes, `xsd:`, or none). */
function valueOf(attributes: Readonly<Record<string, string>> | undefined, text: string | undefined): FieldValue {
  if (attributes?.['xsi:nil'] === 'true') return null;
  const type = (attributes?.['xsi:type'] ?? '').replace(/^\w+:/, '').toLowerCase();
  const raw = text ?? '';
  if (type === 'boolean') return raw.trim() === 'true';
  if ((type === 'double' || type === 'int' || type === 'long' || type === 'decimal') && raw.trim() !== '' && Number.isFinite(Number(raw))) return Number(raw);
  // a blank value (`<value xsi:type="xsd:string"></value>`, as hand-written records have it) is null:
  // Salesforce keeps no empty text in a field, and retrieves such a value as xsi:nil
  return raw === '' ? null : raw;
}

function notRead(file: string, message: string, line?: number, column?: number): ProjectProblem {
  return { file, severity: 'warning', message: `custom metadata record not read: ${message}`, ...(line !== undefined ? { line, column: column ?? 1 } : {}) };
}

/**
 * The records of `files` (those of the types `wanted`, when given) by their type's lower-cased API
 * name, and what could not be read (a warning each, naming the file). Files are taken in path order:
 * of two files of one record (two package directories), the first is kept.
 */
export function readCustomMetadataRecords(files: readonly ProjectFile[], wanted?: ReadonlySet<string>): { types: ProjectCustomMetadata; problems: ProjectProblem[] } {
  const types = new Map<string, { name: string; records: Record<string, FieldValue>[] }>();
  const seen = new Map<string, string>();
  const problems: ProjectProblem[] = [];
  let count = 0;
  const mine = files.filter((f) => (wanted ? isCustomMetadataOf(f.path, wanted) : isCustomMetadataFile(f.path))).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of mine) {
    const name = recordFileName(file.path)!;
    if (count >= MAX_CUSTOM_METADATA_RECORDS) {
      problems.push(notRead(file.path, `the project has more than ${MAX_CUSTOM_METADATA_RECORDS} records of the custom metadata types its flows read, so this and later files are not read`));
      break;
    }
    const type = `${name.type}__mdt`;
    const developerName = name.name;
    const key = `${type}.${developerName}`.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({ file: file.path, severity: 'warning', message: `another file already holds the custom metadata record ${type}.${developerName} (${earlier}); this file is ignored` });
      continue;
    }
    const parsed = parseMetadataXml(file.text, 'CustomMetadata');
    if (!parsed.ok) {
      const first = parsed.problems[0];
      problems.push(notRead(file.path, first?.message ?? 'malformed XML', first?.line, first?.column));
      continue;
    }
    if (parsed.root.tag !== 'CustomMetadata') {
      problems.push(notRead(file.path, `the root element is <${parsed.root.tag}>, not <CustomMetadata>`));
      continue;
    }
    const label = childText(parsed.root, 'label') ?? developerName;
    const fields: Record<string, FieldValue> = { Id: customMetadataIdOf(type, developerName), DeveloperName: developerName, QualifiedApiName: developerName, MasterLabel: label, Label: label };
    for (const row of childrenNamed(parsed.root, 'values')) {
      const field = childText(row, 'field')?.trim();
      // names become keys of the record: only safe ones, and never one of the fixed fields (or a second spelling of a field)
      if (!field || !isSafeName(field) || STANDARD_FIELDS.has(field.toLowerCase()) || Object.keys(fields).some((k) => k.toLowerCase() === field.toLowerCase())) continue;
      const value = firstChild(row, 'value');
      fields[field] = value === undefined ? null : valueOf(value.attributes, value.text);
    }
    seen.set(key, file.path);
    count++;
    const lower = type.toLowerCase();
    const entry = types.get(lower) ?? { name: type, records: [] };
    entry.records.push(fields);
    types.set(lower, entry);
  }
  return { types, problems };
}

/** `project` with the custom metadata records of the types its flows name, read from `files` (no flow names one: unchanged). */
export function withCustomMetadata(project: Project, files: readonly ProjectFile[]): Project {
  const wanted = projectCustomMetadataTypes(project);
  if (wanted.size === 0) return project;
  const read = readCustomMetadataRecords(files, wanted);
  if (read.types.size === 0 && read.problems.length === 0) return project;
  return { ...project, customMetadata: read.types, problems: [...project.problems, ...read.problems] };
}

/** The records of the types `types` (lower-cased) in `read`, by the type's name as the project spells it. */
export function recordsOfTypes(read: ProjectCustomMetadata | undefined, types: Iterable<string>): CustomMetadataRecords {
  // gathered in a Map: a type's name must not find a prototype's property
  const out = new Map<string, readonly Readonly<Record<string, FieldValue>>[]>();
  for (const type of types) {
    const found = read?.get(type.toLowerCase());
    if (found && found.records.length > 0 && isSafeName(found.name)) out.set(found.name, found.records);
  }
  return Object.fromEntries(out);
}

/**
 * `definition` with the project's records of the custom metadata types it names (`customMetadata`),
 * so its run finds them wherever the document goes; unchanged when it names none the project holds.
 */
export function withReferencedCustomMetadata(definition: FlowDefinition, read: ProjectCustomMetadata | undefined): FlowDefinition {
  if (!read || read.size === 0) return definition;
  const records = recordsOfTypes(read, customMetadataTypesOf([JSON.stringify({ ...definition, customMetadata: undefined })]));
  return Object.keys(records).length === 0 ? definition : { ...definition, customMetadata: records as FlowDefinition['customMetadata'] };
}
