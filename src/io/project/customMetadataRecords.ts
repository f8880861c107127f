/**
 * A project's custom metadata records (`customMetadata/Type.Record.md-meta.xml`, or `Type.Record.md`
 * in a retrieved package) as records of the simulated org: what a flow's Get Records on `Type__mdt`
 * and its `{!$CustomMetadata.Type__mdt.Record.Field}` read. Custom metadata records are metadata,
 * deployed with the project to every org it goes to, so an admin expects a flow run from the project
 * to find them as the org would (*chosen*; the records a run is given of the type, by DeveloperName,
 * win). Each record has its `DeveloperName` and `QualifiedApiName` (the file name's second part),
 * `MasterLabel` and `Label` (`<label>`), and each `<values>` field typed by its `xsi:type`
 * (`xsd:boolean` a Boolean, `xsd:double`/`xsd:int`/`xsd:long` a number, `xsi:nil` null, others text).
 * Only the types a run's flows name are read.
 */
import type { FieldValue } from '../../flows/org/simulatedOrg';
import { parseXml } from '../xml/parseXml';
import { childrenNamed, childText, firstChild, isSafeName } from '../xml/xmlNode';
import type { ProjectFile, ProjectProblem } from './types';

const FILE = /(?:^|\/)([A-Za-z]\w*)\.([A-Za-z]\w*)\.md(?:-meta\.xml)?$/;

/** The custom metadata type (`Type__mdt`, lower-cased) a record file of this name belongs to, if it is one. */
export function customMetadataTypeOfFile(path: string): string | undefined {
  const match = FILE.exec(path);
  return match ? `${match[1]!.toLowerCase()}__mdt` : undefined;
}

/** The custom metadata types (`x__mdt`, lower-cased) the flow texts name, through `$CustomMetadata` or as an object. */
export function customMetadataTypesOf(texts: readonly string[]): Set<string> {
  const types = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(/\b([A-Za-z]\w*__mdt)\b/gi)) types.add(match[1]!.toLowerCase());
  return types;
}

/** A `<value>`'s field value, typed by its `xsi:type` (the prefix Salesforce writes, `xsd:`, or none). */
function valueOf(attributes: Readonly<Record<string, string>> | undefined, text: string | undefined): FieldValue {
  if (attributes?.['xsi:nil'] === 'true') return null;
  const type = (attributes?.['xsi:type'] ?? '').replace(/^\w+:/, '').toLowerCase();
  const raw = text ?? '';
  if (type === 'boolean') return raw.trim() === 'true';
  if ((type === 'double' || type === 'int' || type === 'long' || type === 'decimal') && raw.trim() !== '' && Number.isFinite(Number(raw))) return Number(raw);
  return raw;
}

/**
 * The records of `files` by their type's API name as the file names spell it (`UserMapping__mdt`),
 * and what could not be read (a warning each). A file whose root is not `<CustomMetadata>` is one.
 */
export function readCustomMetadataRecords(files: readonly ProjectFile[]): { records: Record<string, Record<string, FieldValue>[]>; problems: ProjectProblem[] } {
  const records: Record<string, Record<string, FieldValue>[]> = {};
  const problems: ProjectProblem[] = [];
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const name = FILE.exec(file.path);
    if (!name) continue;
    const parsed = parseXml(file.text);
    if (!parsed.ok) {
      const first = parsed.problems[0];
      problems.push({ file: file.path, severity: 'warning', message: `custom metadata record not read: ${first?.message ?? 'malformed XML'}`, ...(first?.line !== undefined ? { line: first.line, column: first.column ?? 1 } : {}) });
      continue;
    }
    if (parsed.root.tag !== 'CustomMetadata') {
      problems.push({ file: file.path, severity: 'warning', message: `custom metadata record not read: the root element is <${parsed.root.tag}>, not <CustomMetadata>` });
      continue;
    }
    const label = childText(parsed.root, 'label') ?? name[2]!;
    const fields: Record<string, FieldValue> = { DeveloperName: name[2]!, QualifiedApiName: name[2]!, MasterLabel: label, Label: label };
    for (const row of childrenNamed(parsed.root, 'values')) {
      const field = childText(row, 'field')?.trim();
      if (!field || !isSafeName(field)) continue;
      const value = firstChild(row, 'value');
      fields[field] = value === undefined ? null : valueOf(value.attributes, value.text);
    }
    (records[`${name[1]!}__mdt`] ??= []).push(fields);
  }
  return { records, problems };
}
