/**
 * A project given on the command line — a folder, a `.zip` archive, or the folder of a
 * `.flow-meta.xml` file (folderProject) — read through the command's CliIo (so tests use an in-memory one), and the
 * orchestration the command works on: the one `--orchestration` names, else the project's only one.
 * Everything printed is `<file>: <where>: <message>`, the file given as the user can open it.
 */
import { posix } from 'node:path';
import { isLabelsFile, readCustomLabels } from '../io/project/customLabels';
import { projectSettingObjects, withCustomSettings } from '../io/project/customSettings';
import { projectCustomMetadataTypes, withCustomMetadata } from '../io/project/customMetadataRecords';
import { DEFAULT_PROJECT_LIMITS } from '../io/project/limits';
import { openOrchestration } from '../io/project/openOrchestration';
import { apiNameOf } from '../io/project/paths';
import { newListing, type Listing } from '../io/project/listing';
import { mayBeRead } from '../io/project/mayBeRead';
import { walkFolders, type WalkEntry } from '../io/project/walkFolders';
import { readLazyFiles } from '../io/project/readLazyFiles';
import { readZip } from '../io/project/readZip';
import { unreadable } from '../io/project/unreadable';
import { SFDX_PROJECT_FILE, type Project, type ProjectFile, type ProjectProblem } from '../io/project/types';
import type { Orchestration, Problem } from '../model/types';
import { WHOLE_DOCUMENT, type CliIo } from './cliIo';
import { archiveReadsOf } from './archiveReads';
import { fileLabel } from './fileLabel';
import { readOnce } from './readOnce';
import { settingFilesIn } from './settingFiles';
import { customMetadataFilesIn } from './customMetadataFiles';
import { groupFilesIn } from './projectGroupFiles';
import { recordTypeFilesIn } from './projectRecordTypeFiles';
import { notificationTypeFilesIn } from './projectNotificationTypeFiles';
import { projectReadsGroups, withProjectGroups } from '../io/project/deployedGroups';
import { withProjectQueueMembers } from '../io/project/queueMembers';
import { projectReadsRecordTypes, withProjectRecordTypes } from '../io/project/deployedRecordTypes';
import { projectReadsNotificationTypes, withProjectNotificationTypes } from '../io/project/deployedNotificationTypes';

function isZip(path: string): boolean {
  return /\.zip$/i.test(path);
}

/**
 * The files under `root` a reader may read (its subfolders too unless `recursive` is false), not read
 * yet (listing.ts), listed several folders at once by the one walk (walkFolders.ts).
 */
async function listFiles(io: CliIo, root: string, recursive = true): Promise<Listing> {
  const listing = newListing();
  const listDir = io.listDir!;
  const list = async (relative: string, prefix: string): Promise<WalkEntry<string>[]> =>
    (await listDir(posix.join(root, relative))).map((entry) => {
      const path = `${prefix}${entry.name}`;
      if (entry.directory) return { name: entry.name, folder: path };
      return { name: entry.name, file: mayBeRead(path) ? { path, read: () => io.readFile(posix.join(root, path)) } : null };
    });
  await walkFolders('', list, listing, DEFAULT_PROJECT_LIMITS, recursive);
  return listing;
}

/** The project in the folder or archive `path`; a message when it cannot be read. */
export async function readProjectInput(io: CliIo, path: string): Promise<ProjectInput> {
  if (isZip(path)) {
    // read and unzipped once per command (archiveReads.ts)
    const reads = archiveReadsOf(io);
    let read = reads.get(path) as Promise<ProjectInput> | undefined;
    if (!read) reads.set(path, (read = readArchive(io, path)));
    return read;
  }
  try {
    if (!io.listDir) return { ok: false, message: 'reading a folder is not available here' };
    const listing = await listFiles(io, path);
    // every command reading a project folder works on its orchestrations (chooseOrchestration)
    return { ok: true, project: await readLazyFiles(listing.files, undefined, listing, { orchestrationsOnly: true }) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

type ProjectInput = { ok: true; project: Project } | { ok: false; message: string };

async function readArchive(io: CliIo, path: string): Promise<ProjectInput> {
  try {
    if (!io.readBytes) return { ok: false, message: 'reading a .zip archive is not available here' };
    return { ok: true, project: readZip(await io.readBytes(path, DEFAULT_PROJECT_LIMITS.maxArchiveBytes), DEFAULT_PROJECT_LIMITS, { keepFieldFiles: true }) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

const folderReads = readOnce<Project | null>();

/**
 * The flows of one folder (not its subfolders) as a project, read once per command: `validate`
 * given every file of a flows folder opens each with the others without reading them again.
 */
export function folderProject(io: CliIo, folder: string): Promise<Project | null> {
  if (!io.listDir) return Promise.resolve(null);
  return folderReads(io, folder, () => listFiles(io, folder, false)
    .then((listing) => readLazyFiles(listing.files, undefined, listing))
    .then((read) => withSiblingLabels(io, folder, read))
    .then((read) => withSiblingSettings(io, folder, read))
    .then((read) => withSiblingCustomMetadata(io, folder, read))
    .then((read) => withSiblingGroupsAndRecordTypes(io, folder, read), () => null));
}

/**
 * `project`, the flows of a `flows` folder, with the queues and groups of the sibling `queues` and
 * `groups` folders when a flow reads Group or GroupMember (and the queues' members when one reads GroupMember), and the record types of the sibling `objects` folder
 * when one reads RecordType, and the custom notification types of the sibling `notificationtypes`
 * folder when one reads CustomNotificationType, as a whole project would have them
 * (io/project/deployedGroups.ts, deployedRecordTypes.ts, deployedNotificationTypes.ts) and as
 * `stageflow flow` reads them beside a flow file's folder.
 */
async function withSiblingGroupsAndRecordTypes(io: CliIo, folder: string, project: Project): Promise<Project> {
  if (posix.basename(folder) !== 'flows') return project;
  const parent = posix.dirname(folder);
  const problems: ProjectProblem[] = [];
  let read = project;
  if (projectReadsGroups(read) && !read.groups) {
    const listed = await groupFilesIn(io, [posix.join(parent, 'queues'), posix.join(parent, 'groups'), posix.join(parent, 'roles')], (dir, file) => `../${posix.basename(dir)}/${file}`);
    problems.push(...listed.problems);
    read = withProjectQueueMembers(withProjectGroups(read, listed.files), listed.files);
  }
  if (projectReadsRecordTypes(read) && !read.recordTypes) {
    const listed = await recordTypeFilesIn(io, [posix.join(parent, 'objects')], (_, file) => `../objects/${file}`);
    problems.push(...listed.problems);
    read = withProjectRecordTypes(read, listed.files);
  }
  if (projectReadsNotificationTypes(read) && !read.notificationTypes) {
    const listed = await notificationTypeFilesIn(io, [posix.join(parent, 'notificationtypes')], (_, file) => `../notificationtypes/${file}`);
    problems.push(...listed.problems);
    read = withProjectNotificationTypes(read, listed.files);
  }
  return problems.length ? { ...read, problems: [...read.problems, ...problems] } : read;
}

/**
 * `project`, the flows of a `flows` folder, with the records of the custom metadata types they name
 * from the sibling `customMetadata` folder (`force-app/main/default/customMetadata`), as a whole
 * project would have them (io/project/customMetadataRecords.ts).
 */
async function withSiblingCustomMetadata(io: CliIo, folder: string, project: Project): Promise<Project> {
  const wanted = projectCustomMetadataTypes(project);
  if (wanted.size === 0 || project.customMetadata || posix.basename(folder) !== 'flows') return project;
  const read = await customMetadataFilesIn(io, [posix.join(posix.dirname(folder), 'customMetadata')], wanted, (_, file) => `../customMetadata/${file}`);
  const withRecords = withCustomMetadata(project, read.files);
  return read.problems.length ? { ...withRecords, problems: [...withRecords.problems, ...read.problems] } : withRecords;
}

/**
 * `project`, the flows of a `flows` folder, with the custom settings they read through `$Setup` from
 * the sibling `objects` folder (`force-app/main/default/objects`), as a whole project would have them.
 */
async function withSiblingSettings(io: CliIo, folder: string, project: Project): Promise<Project> {
  const wanted = projectSettingObjects(project);
  if (wanted.size === 0 || posix.basename(folder) !== 'flows') return project;
  const read = await settingFilesIn(io, posix.join(posix.dirname(folder), 'objects'), wanted, '../objects');
  const withSettings = withCustomSettings(project, read.files);
  return read.problems.length ? { ...withSettings, problems: [...withSettings.problems, ...read.problems] } : withSettings;
}

/** Labels files read at most from a sibling `labels` folder (an SFDX project has one). */
const MAX_SIBLING_LABEL_FILES = 4;

/**
 * `project`, the flows of a `flows` folder, with the custom labels they read through `$Label` from
 * the sibling `labels` folder (`force-app/main/default/labels/CustomLabels.labels-meta.xml`), as a
 * whole project would have them: `stageflow test` on a project opens each orchestration with its
 * flows folder only. Read only when a flow of the folder reads a label.
 */
async function withSiblingLabels(io: CliIo, folder: string, project: Project): Promise<Project> {
  if (project.labels || posix.basename(folder) !== 'flows' || ![...project.files.values()].some((f) => /\$Label\./i.test(f.text))) return project;
  const dir = posix.join(posix.dirname(folder), 'labels');
  const entries = await io.listDir!(dir).catch(() => []);
  const names = entries.filter((e) => !e.directory && isLabelsFile(e.name)).map((e) => e.name).sort().slice(0, MAX_SIBLING_LABEL_FILES);
  const files: ProjectFile[] = [];
  const problems: ProjectProblem[] = [];
  for (const name of names) {
    const file = `../labels/${name}`;
    try { files.push({ path: file, text: await io.readFile(posix.join(dir, name)) }); } catch (e) { problems.push({ file, severity: 'warning', message: `custom labels not read: ${e instanceof Error ? e.message : String(e)}` }); }
  }
  if (files.length === 0 && problems.length === 0) return project;
  const read = readCustomLabels(files);
  return { ...project, labels: read.labels, problems: [...project.problems, ...problems, ...read.problems] };
}

/**
 * `<project>/<file>: <line:col | path>: [warning: ]message`. A warning about a whole file (an entry
 * refused, a symbolic link not followed, a file of the wrong kind) is at `(root)`, so every warning
 * line has a place as FORMAT.md §5 gives (*chosen*, docs/cli.md); an error with none stays
 * `<file>: <why>`, the spec's line for a file that cannot be read.
 */
export function projectProblemLine(input: string, problem: ProjectProblem): string {
  const file = problem.file === '' ? input : isZip(input) ? `${input}:${problem.file}` : posix.join(input, problem.file);
  const place = problem.line !== undefined ? `${problem.line}:${problem.column ?? 1}` : problem.path !== undefined && problem.path !== '' ? problem.path : problem.severity === 'warning' ? WHOLE_DOCUMENT : null;
  const where = place === null ? '' : `${place}: `;
  return `${fileLabel(file)}: ${where}${problem.severity === 'warning' ? 'warning: ' : ''}${problem.message}`;
}

export type ChosenOrchestration =
  | { ok: true; doc: Orchestration; file: string; report: ProjectProblem[]; problems: Problem[] }
  | { ok: false; lines: string[] };

/** True for a folder without `sfdx-project.json`: read as a project all the same (a retrieved package, a copied `flows` folder). */
export async function isNotSfdxFolder(io: CliIo, input: string): Promise<boolean> {
  return !isZip(input) && (await io.pathKind?.(posix.join(input, SFDX_PROJECT_FILE))) === 'missing';
}

/**
 * What a project with no orchestration listed says after its problems' lines: nothing more when the
 * input could not be read at all (its line says so); never "no orchestration in this project" after
 * an orchestration file's own "not read:" line, or when a file not read may be the orchestration.
 */
function noOrchestrationLines(input: string, project: Project, unreadOrchestrations: number, notSfdx: boolean): string[] {
  if (unreadable(project)) return [];
  if (unreadOrchestrations > 0) {
    const files = unreadOrchestrations === 1 ? 'its orchestration file (above) could not be read' : `its ${unreadOrchestrations} orchestration files (above) could not be read`;
    return [`${input}: no orchestration to open: ${files}; fix it and run again`];
  }
  // a file not read may be the orchestration (one cut short before its processType): say only what is known
  const unreadFiles = project.problems.filter((p) => p.file !== '' && p.severity === 'error').length;
  if (unreadFiles > 0) {
    const files = unreadFiles === 1 ? '1 file (above) could not be read' : `${unreadFiles} files (above) could not be read`;
    return [`${input}: no orchestration among the files read; ${files}, and it may be the orchestration`];
  }
  // a project not read in full may hold one among the files not read: say only what is known
  // a folder without sfdx-project.json (a folder of JSON designs, a wrong path) is not called a project
  const none = project.incomplete ? 'no orchestration among the files read' : notSfdx ? `not an SFDX project (no ${SFDX_PROJECT_FILE} in it), and no orchestration in it` : 'no orchestration in this project';
  const what = `${input}: ${none} (no *.flow-meta.xml or *.flow with processType Orchestrator)`;
  return [notSfdx && !project.incomplete ? `${what}; give a design's file` : what];
}

/**
 * The orchestration to work on: `wanted` (an API name), else the project's only orchestration with
 * stages; with several and none named, the list of names (the command exits 2). Lines are ready to
 * print; the opened design's validation is left to the caller.
 */
export function chooseOrchestration(input: string, project: Project, wanted: string | undefined, notSfdx = false): ChosenOrchestration {
  const problems = project.problems.filter((p) => p.severity !== 'info').map((p) => projectProblemLine(input, p));
  // orchestration files that could not be read (their text still names processType Orchestrator)
  const unreadOrchestrations = project.problems.filter((p) => p.orchestration === true);
  let name = wanted;
  if (name === undefined) {
    const candidates = project.orchestrations.filter((o) => o.stageCount > 0);
    if (project.orchestrations.length === 0) return { ok: false, lines: [...problems, ...noOrchestrationLines(input, project, unreadOrchestrations.length, notSfdx)] };
    // an orchestration file that could not be read is one of them: the admin may have meant it, so the
    // other one is not picked in silence (it was, after the file's error line, exit 0)
    const notRead = unreadOrchestrations.map((p) => `  ${apiNameOf(p.file)}  [not read: its line is above]`);
    if (candidates.length !== 1 || notRead.length > 0) {
      const names = project.orchestrations.map((o) => `  ${o.apiName}${o.label ? `  (${o.label})` : ''}${o.stageCount === 0 ? '  [no stages]' : ''}`);
      const count = project.orchestrations.length + notRead.length;
      return { ok: false, lines: [...problems, `${input}: the project has ${count} orchestrations; choose one with --orchestration <ApiName>:`, ...names, ...notRead] };
    }
    name = candidates[0]!.apiName;
  }
  const opened = openOrchestration(project, name);
  if (!opened.ok) return { ok: false, lines: [...problems, ...opened.report.map((p) => projectProblemLine(input, p))] };
  const file = isZip(input) ? `${input}:${opened.orchestration.path}` : posix.join(input, opened.orchestration.path);
  return { ok: true, doc: opened.doc, file, report: [...project.problems.filter((p) => p.severity !== 'info'), ...opened.report], problems: opened.problems };
}
