/**
 * The files of a kind in a project's setup folders (`queues/`, `groups/`, `notificationtypes/`, …),
 * listed and read for a command given a flow file or a flows folder rather than the whole project
 * (projectInput.ts, `stageflow flow`). Each kind's reader (io/project) says what the files hold; this
 * only finds them. A file that cannot be read is a warning naming it; a folder that cannot be listed
 * holds nothing.
 */
import { posix } from 'node:path';
import type { ProjectFile, ProjectProblem } from '../io/project/types';
import type { CliIo } from './cliIo';

export interface FolderFilesOptions {
  /** Whether a file, by the path it is named with, is of the kind read. */
  accepts: (path: string) => boolean;
  /** The kind's cap: one file over it is read, so the reader says which file was the first not read. */
  max: number;
  /** The path a file is named with (the path the reader and its warnings use). */
  name?: (folder: string, file: string) => string;
}

/** The files of the kind `options.accepts` in the folders `folders`, read. */
export async function projectFolderFiles(io: CliIo, folders: readonly string[], options: FolderFilesOptions): Promise<{ files: ProjectFile[]; problems: ProjectProblem[] }> {
  const files: ProjectFile[] = [];
  const problems: ProjectProblem[] = [];
  if (!io.listDir) return { files, problems };
  const name = options.name ?? posix.join;
  for (const folder of folders) {
    let entries;
    try { entries = await io.listDir(folder); } catch { continue; }
    for (const entry of entries) {
      const path = name(folder, entry.name);
      if (entry.directory || !options.accepts(path) || files.length > options.max) continue;
      try { files.push({ path, text: await io.readFile(posix.join(folder, entry.name)) }); } catch (e) { problems.push({ file: path, severity: 'warning', message: `not read: ${e instanceof Error ? e.message : String(e)}` }); }
    }
  }
  return { files, problems };
}
