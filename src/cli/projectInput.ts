/**
 * A project given on the command line — a folder, a `.zip` archive, or the folder of a
 * `.flow-meta.xml` file (folderProject) — read through the command's CliIo (so tests use an in-memory one), and the
 * orchestration the command works on: the one `--orchestration` names, else the project's only one.
 * Everything printed is `<file>: <where>: <message>`, the file given as the user can open it.
 */
import { posix } from 'node:path';
import { DEFAULT_PROJECT_LIMITS } from '../io/project/limits';
import { openOrchestration } from '../io/project/openOrchestration';
import { readLazyFiles } from '../io/project/readLazyFiles';
import { readZip } from '../io/project/readZip';
import type { LazyProjectFile, Project, ProjectProblem } from '../io/project/types';
import type { Orchestration, Problem } from '../model/types';
import type { CliIo } from './cliIo';
import { archiveReadsOf } from './archiveReads';

const SKIPPED_FOLDERS = new Set(['node_modules']);

function isZip(path: string): boolean {
  return /\.zip$/i.test(path);
}

/** The files under `root` (its subfolders too unless `recursive` is false), not read yet. */
async function listFiles(io: CliIo, root: string, recursive = true): Promise<LazyProjectFile[]> {
  const files: LazyProjectFile[] = [];
  const walk = async (relative: string): Promise<void> => {
    if (files.length > DEFAULT_PROJECT_LIMITS.maxEntries) return;
    for (const entry of await io.listDir!(posix.join(root, relative))) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.directory) {
        if (recursive && !entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) await walk(path);
      } else {
        files.push({ path, read: () => io.readFile(posix.join(root, path)) });
      }
    }
  };
  await walk('');
  return files;
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
    return { ok: true, project: await readLazyFiles(await listFiles(io, path)) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

type ProjectInput = { ok: true; project: Project } | { ok: false; message: string };

async function readArchive(io: CliIo, path: string): Promise<ProjectInput> {
  try {
    if (!io.readBytes) return { ok: false, message: 'reading a .zip archive is not available here' };
    return { ok: true, project: readZip(await io.readBytes(path, DEFAULT_PROJECT_LIMITS.maxArchiveBytes)) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

const folderProjects = new WeakMap<CliIo, Map<string, Promise<Project | null>>>();

/**
 * The flows of one folder (not its subfolders) as a project, read once per command: `validate`
 * given every file of a flows folder opens each with the others without reading them again.
 */
export function folderProject(io: CliIo, folder: string): Promise<Project | null> {
  let cache = folderProjects.get(io);
  if (!cache) folderProjects.set(io, (cache = new Map()));
  let project = cache.get(folder);
  if (!project) {
    project = io.listDir ? listFiles(io, folder, false).then(readLazyFiles, () => null) : Promise.resolve(null);
    cache.set(folder, project);
  }
  return project;
}

/** `<project>/<file>: [line:col: | path: ][warning: ]message` */
export function projectProblemLine(input: string, problem: ProjectProblem): string {
  const file = problem.file === '' ? input : isZip(input) ? `${input}:${problem.file}` : posix.join(input, problem.file);
  const where = problem.line !== undefined ? `${problem.line}:${problem.column ?? 1}: ` : problem.path !== undefined && problem.path !== '' ? `${problem.path}: ` : '';
  return `${file}: ${where}${problem.severity === 'warning' ? 'warning: ' : ''}${problem.message}`;
}

export type ChosenOrchestration =
  | { ok: true; doc: Orchestration; file: string; report: ProjectProblem[]; problems: Problem[] }
  | { ok: false; lines: string[] };

/**
 * The orchestration to work on: `wanted` (an API name), else the project's only orchestration with
 * stages; with several and none named, the list of names (the command exits 2). Lines are ready to
 * print; the opened design's validation is left to the caller.
 */
export function chooseOrchestration(input: string, project: Project, wanted: string | undefined): ChosenOrchestration {
  const problems = project.problems.filter((p) => p.severity !== 'info').map((p) => projectProblemLine(input, p));
  let name = wanted;
  if (name === undefined) {
    const candidates = project.orchestrations.filter((o) => o.stageCount > 0);
    if (project.orchestrations.length === 0) return { ok: false, lines: [...problems, `${input}: no orchestration in this project (no *.flow-meta.xml or *.flow with processType Orchestrator)`] };
    if (candidates.length !== 1) {
      const names = project.orchestrations.map((o) => `  ${o.apiName}${o.label ? `  (${o.label})` : ''}${o.stageCount === 0 ? '  [no stages]' : ''}`);
      return { ok: false, lines: [...problems, `${input}: the project has ${project.orchestrations.length} orchestrations; choose one with --orchestration <ApiName>:`, ...names] };
    }
    name = candidates[0]!.apiName;
  }
  const opened = openOrchestration(project, name);
  if (!opened.ok) return { ok: false, lines: [...problems, ...opened.report.map((p) => projectProblemLine(input, p))] };
  const file = isZip(input) ? `${input}:${opened.orchestration.path}` : posix.join(input, opened.orchestration.path);
  return { ok: true, doc: opened.doc, file, report: [...project.problems.filter((p) => p.severity !== 'info'), ...opened.report], problems: opened.problems };
}
