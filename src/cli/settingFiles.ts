/**
 * The metadata of the custom settings a flow reads through `$Setup`, found in an `objects` folder
 * when the command was given a flows folder or a flow file rather than the whole project: `stageflow
 * flow force-app/main/default/flows/X.flow-meta.xml`, `stageflow test` on a flows folder. Only the
 * referenced settings' folders are listed and read (`objects/X/X.object-meta.xml`,
 * `objects/X/fields/*.field-meta.xml`, or a retrieved package's `objects/X.object`), never the
 * project's other objects. Names match ignoring case, as Salesforce's API names do.
 */
import { posix } from 'node:path';
import type { ProjectFile, ProjectProblem } from '../io/project/types';
import type { CliIo, DirEntry } from './cliIo';

/** Files of one setting read at most (a setting has a few dozen fields). */
const MAX_FILES_PER_SETTING = 500;

async function listed(io: CliIo, dir: string): Promise<DirEntry[]> {
  if (!io.listDir) return [];
  try { return await io.listDir(dir); } catch { return []; }
}

/**
 * The metadata files of the settings `wanted` (lower-cased names) in the `objects` folder
 * `objectsDir`, read, with paths under `pathPrefix` (`objects/X/fields/Y.field-meta.xml`, as the
 * project readers match them); a file that cannot be read is a warning, under the same path.
 */
export async function settingFilesIn(io: CliIo, objectsDir: string, wanted: ReadonlySet<string>, pathPrefix: string): Promise<{ files: ProjectFile[]; problems: ProjectProblem[] }> {
  const files: ProjectFile[] = [];
  const problems: ProjectProblem[] = [];
  if (wanted.size === 0) return { files, problems };
  const paths: string[] = [];
  for (const entry of await listed(io, objectsDir)) {
    if (!entry.directory && /\.object$/i.test(entry.name) && wanted.has(entry.name.slice(0, -'.object'.length).toLowerCase())) paths.push(entry.name);
    if (!entry.directory || !wanted.has(entry.name.toLowerCase())) continue;
    const own: string[] = [];
    for (const file of await listed(io, posix.join(objectsDir, entry.name))) {
      if (!file.directory && file.name.toLowerCase() === `${entry.name.toLowerCase()}.object-meta.xml`) own.push(`${entry.name}/${file.name}`);
    }
    for (const file of await listed(io, posix.join(objectsDir, entry.name, 'fields'))) {
      if (!file.directory && /\.field-meta\.xml$/i.test(file.name)) own.push(`${entry.name}/fields/${file.name}`);
    }
    paths.push(...own.slice(0, MAX_FILES_PER_SETTING));
  }
  for (const path of paths) {
    const file = posix.join(pathPrefix, path);
    try { files.push({ path: file, text: await io.readFile(posix.join(objectsDir, path)) }); } catch (e) { problems.push({ file, severity: 'warning', message: `custom setting not read: ${e instanceof Error ? e.message : String(e)}` }); }
  }
  return { files, problems };
}
