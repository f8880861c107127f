/**
 * What reading a project's setup records from its metadata files has in common, whatever the kind
 * (queues and groups: deployedGroups.ts; the members queues declare: queueMembers.ts; record types:
 * deployedRecordTypes.ts; custom notification types: deployedNotificationTypes.ts): the files are read
 * only when a flow reads that object, in path order, at most `max` records (a file may hold several:
 * a retrieved package's `objects/Case.object` holds all of Case's record types), the first file of
 * one record kept (two package directories), a file that cannot be read a warning naming it; the records
 * go into the project and, from there, into the definition of each flow that reads the object, so its
 * run finds them wherever the document goes (runRecords.ts).
 */
import type { FlowDefinition } from '../../flows/definition';
import type { FieldValue } from '../../flows/org/simulatedOrg';
import { parseMetadataXml } from './parseMetadataXml';
import type { XmlNode } from '../xml/xmlNode';
import type { Project, ProjectFile, ProjectProblem } from './types';

type SetupRecord = Readonly<Record<string, FieldValue>>;

export interface SetupFileKind {
  /** The objects a flow reads that want these records (`Group` and `GroupMember`, `RecordType`): a flow reads them with `<object>` one of these. */
  objects: readonly string[];
  /** What else in a flow's text reads the object: a relationship path through it (`$Record.RecordType.DeveloperName`), which the interpreter follows into the org's records as a Get Records would find them. */
  through?: RegExp;
  /** Where the records go, in the project and in a flow's definition. */
  field: 'groups' | 'groupMembers' | 'recordTypes' | 'notificationTypes';
  /** A file that cannot be read is another kind's to report (queue members: the queue's Group says it). */
  quiet?: boolean;
  /** What a file at `path` is when it is of this kind: its XML's root element, what a warning calls it. */
  identify(path: string): { root: string; noun: string } | undefined;
  /** The part of the file's `text` that holds the records, in place (the same lines and columns, so a problem's line:col is the file's): a big file is parsed only there. The whole text when absent. */
  excerpt?(text: string, path: string): string;
  /** Whether the file's `text` may hold a record at all; one that cannot is passed over unparsed (a package's object file without record types). Every file may when absent. */
  mayHold?(text: string): boolean;
  /** What the cap's warning says the project has more of than `max` ("queues and groups"). */
  plural: string;
  max: number;
  /** The records the file at `path` holds, from its XML's root, each with its identity (compared ignoring case). */
  records(root: XmlNode, path: string): { key: string; record: Record<string, FieldValue> }[];
}

/** The functions every path reads one kind of setup records with (the project readers, the command line, the catalog). */
export function setupRecordFiles(kind: SetupFileKind) {
  const reads = new RegExp(`<object>\\s*(?:${kind.objects.join('|')})\\s*</object>`);
  /** Whether a flow of `texts` reads one of the kind's objects (a Get, Update or Delete Records on it, or a path through it: `through`). */
  const flowsRead = (texts: Iterable<string>): boolean => {
    for (const text of texts) if (reads.test(text) || kind.through?.test(text)) return true;
    return false;
  };
  /** Whether a flow of `project` reads the object (every flow file scanned, as for its custom settings). */
  const projectReads = (project: Project): boolean => flowsRead([...project.files.values()].map((f) => f.text));
  const isFile = (path: string): boolean => kind.identify(path) !== undefined;

  /** The records of `files` (files of other kinds are passed over), in path order, and what could not be read. */
  const read = (files: readonly ProjectFile[]): { records: Record<string, FieldValue>[]; problems: ProjectProblem[] } => {
    const records: Record<string, FieldValue>[] = [];
    const problems: ProjectProblem[] = [];
    const seen = new Set<string>();
    const mine = files.filter((f) => isFile(f.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    files: for (const file of mine) {
      const { root, noun } = kind.identify(file.path)!;
      if (records.length >= kind.max) {
        problems.push({ file: file.path, severity: 'warning', message: `${noun} not read: the project has more than ${kind.max} ${kind.plural}, so this and later files are not read` });
        break;
      }
      if (kind.mayHold && !kind.mayHold(file.text)) continue;
      const parsed = parseMetadataXml(kind.excerpt ? kind.excerpt(file.text, file.path) : file.text, root);
      if (!parsed.ok || parsed.root.tag !== root) {
        if (kind.quiet) continue;
        const first = parsed.ok ? undefined : parsed.problems[0];
        problems.push({ file: file.path, severity: 'warning', message: `${noun} not read: ${parsed.ok ? `the root element is <${parsed.root.tag}>, not <${root}>` : first?.message ?? 'malformed XML'}`, ...(first?.line !== undefined ? { line: first.line, column: first.column ?? 1 } : {}) });
        continue;
      }
      for (const { key, record } of kind.records(parsed.root, file.path)) {
        // a second file of one record (two package directories): the first is kept
        if (seen.has(key.toLowerCase())) continue;
        if (records.length >= kind.max) {
          problems.push({ file: file.path, severity: 'warning', message: `${noun} not read: the project has more than ${kind.max} ${kind.plural}, so those from ${String(record.DeveloperName)} on in this file, and later files, are not read` });
          break files;
        }
        seen.add(key.toLowerCase());
        records.push(record);
      }
    }
    return { records, problems };
  };

  return {
    flowsRead,
    projectReads,
    isFile,
    read,
    /** Whether `path` is read after the flows of `project`: a file of the kind, when a flow reads the object. */
    isFileFor(project: Project): (path: string) => boolean {
      const wanted = projectReads(project);
      return (path) => wanted && isFile(path);
    },
    /** `project` with the records of `files` (app and command line alike) when one of its flows reads the object; unchanged otherwise. */
    withProject(project: Project, files: readonly ProjectFile[]): Project {
      if (!projectReads(project)) return project;
      const found = read(files);
      if (found.records.length === 0 && found.problems.length === 0) return project;
      return { ...project, ...(found.records.length ? { [kind.field]: found.records } : {}), problems: [...project.problems, ...found.problems] };
    },
    /** `definition` with the project's `records` when its flow file `text` reads the object; unchanged otherwise. */
    withReferenced(definition: FlowDefinition, text: string, records: readonly SetupRecord[] | undefined): FlowDefinition {
      if (!records || records.length === 0 || !flowsRead([text])) return definition;
      return { ...definition, [kind.field]: records.map((r) => ({ ...r })) };
    },
  };
}
