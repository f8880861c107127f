/**
 * A project's queues (`queues/Name.queue-meta.xml`) and public groups (`groups/Name.group-meta.xml`;
 * `.queue` and `.group` in a retrieved package) as the Group records of the org the project is
 * deployed to: queues and groups are metadata, deployed with the project, so a flow's Get Records on
 * `Group` by `DeveloperName` (a routing flow looking up its queue, a trigger assigning a case to one)
 * finds them as that org would (*chosen*, as for custom metadata records: customMetadataRecords.ts).
 * Each record has its `DeveloperName` (the file name), `Name` (`<name>`), `Type` (`Queue`, or
 * `Regular` for a public group, as Salesforce's Group object says) and an `Id` of its own (`00G…`,
 * from its type and name only, so adding them never shifts another record's Id). Members are not
 * read: who belongs to a queue is users, roles and groups, and the users are the org's data.
 *
 * Survey 12: 45 flows of five projects query Group, 13 routing flows of one of them look their queue
 * up by DeveloperName and faulted on the empty result, and the projects ship 78 queues and 304 groups.
 * Project files are untrusted: at most MAX_PROJECT_GROUPS files, a file that cannot be read a warning.
 */
import type { FlowDefinition } from '../../flows/definition';
import { MAX_DEPLOYED_SETUP_RECORDS } from '../../flows/org/deployedSetupRecords';
import type { FieldValue } from '../../flows/org/simulatedOrg';
import { parseXml } from '../xml/parseXml';
import { childText } from '../xml/xmlNode';
import { fnv1a } from './customMetadataRecords';
import type { Project, ProjectFile, ProjectProblem } from './types';

/** Queue and group files read at most. */
export const MAX_PROJECT_GROUPS = MAX_DEPLOYED_SETUP_RECORDS;

const GROUP_FILE = /(?:^|\/)(queues|groups)\/([A-Za-z][A-Za-z0-9_]*)\.(queue|group)(?:-meta\.xml)?$/;

/** The kind and name of a queue or group file, if it is one (its folder and suffix agree). */
function groupFileName(path: string): { type: 'Queue' | 'Regular'; name: string } | undefined {
  const match = GROUP_FILE.exec(path);
  if (!match || match[1] !== `${match[3]}s`) return undefined;
  return { type: match[3] === 'queue' ? 'Queue' : 'Regular', name: match[2]! };
}

/** Whether `path` is a queue or public group file (`queues/X.queue-meta.xml`, `groups/X.group-meta.xml`). */
export function isGroupFile(path: string): boolean {
  return groupFileName(path) !== undefined;
}

/** Whether a flow of `texts` reads Group records (a Get Records, Update or Delete on the object Group). */
export function flowsReadGroups(texts: Iterable<string>): boolean {
  for (const text of texts) if (/<object>\s*Group\s*<\/object>/.test(text)) return true;
  return false;
}

/** The record's Id: `00G` (a Group's prefix), `PRJ` and twelve characters from its type and name. */
export function groupIdOf(type: string, developerName: string): string {
  const key = `${type}.${developerName}`.toLowerCase();
  const part = (basis: number): string => (fnv1a(key, basis) % 36 ** 6).toString(36).toUpperCase().padStart(6, '0');
  return `00GPRJ${part(0x811c9dc5)}${part(0x01000193)}`;
}

/** The Group records of `files` (queue and group files; others are passed over), in path order, and what could not be read. */
export function readProjectGroups(files: readonly ProjectFile[]): { records: Record<string, FieldValue>[]; problems: ProjectProblem[] } {
  const records: Record<string, FieldValue>[] = [];
  const problems: ProjectProblem[] = [];
  const seen = new Set<string>();
  const mine = files.filter((f) => isGroupFile(f.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of mine) {
    const { type, name } = groupFileName(file.path)!;
    const root = type === 'Queue' ? 'Queue' : 'Group';
    if (records.length >= MAX_PROJECT_GROUPS) {
      problems.push({ file: file.path, severity: 'warning', message: `${root.toLowerCase()} not read: the project has more than ${MAX_PROJECT_GROUPS} queues and groups, so this and later files are not read` });
      break;
    }
    // a second file of one queue (two package directories): the first is kept
    if (seen.has(`${type}.${name}`.toLowerCase())) continue;
    const parsed = parseXml(file.text);
    if (!parsed.ok || parsed.root.tag !== root) {
      const first = parsed.ok ? undefined : parsed.problems[0];
      problems.push({ file: file.path, severity: 'warning', message: `${root.toLowerCase()} not read: ${parsed.ok ? `the root element is <${parsed.root.tag}>, not <${root}>` : first?.message ?? 'malformed XML'}`, ...(first?.line !== undefined ? { line: first.line, column: first.column ?? 1 } : {}) });
      continue;
    }
    seen.add(`${type}.${name}`.toLowerCase());
    records.push({ Id: groupIdOf(type, name), DeveloperName: name, Name: childText(parsed.root, 'name')?.trim() || name, Type: type });
  }
  return { records, problems };
}

/** Whether a flow of `project` reads Group records (every flow file scanned, as for its custom settings). */
export function projectReadsGroups(project: Project): boolean {
  return flowsReadGroups([...project.files.values()].map((f) => f.text));
}

/** Whether `path` is read after the flows of `project`: a group file, when a flow reads Group. */
export function isGroupFileFor(project: Project): (path: string) => boolean {
  const wanted = projectReadsGroups(project);
  return (path) => wanted && isGroupFile(path);
}

/**
 * `project` with its queues and public groups read from `files` (app and command line alike: readLazyFiles,
 * readZip, the sibling folders of a flows folder), when one of its flows reads Group; unchanged otherwise.
 */
export function withProjectGroups(project: Project, files: readonly ProjectFile[]): Project {
  if (!projectReadsGroups(project)) return project;
  const read = readProjectGroups(files);
  if (read.records.length === 0 && read.problems.length === 0) return project;
  return { ...project, ...(read.records.length ? { groups: read.records } : {}), problems: [...project.problems, ...read.problems] };
}

/**
 * `definition` with the project's queues and public groups (`groups`) when its flow file `text` reads Group, so its
 * run finds them wherever the document goes (runRecords.ts); unchanged otherwise.
 */
export function withReferencedGroups(definition: FlowDefinition, text: string, records: readonly Readonly<Record<string, FieldValue>>[] | undefined): FlowDefinition {
  if (!records || records.length === 0 || !flowsReadGroups([text])) return definition;
  return { ...definition, groups: records.map((r) => ({ ...r })) };
}
