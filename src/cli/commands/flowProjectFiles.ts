/**
 * The project around a flow file that `stageflow flow` runs (flow.ts): the other flows it may call
 * as subflows, and the custom labels, custom settings and custom metadata folders its flows read.
 * A file that cannot be read or used is a warning on stderr naming it.
 */
import { basename, dirname, join } from 'node:path';
import { isLabelsFile, readCustomLabels, type CustomLabels } from '../../io/project/customLabels';
import { readCustomSettings, settingObjectsOf } from '../../io/project/customSettings';
import type { ProjectCustomSettings as CustomSettings, ProjectFile } from '../../io/project/types';
import { apiNameOf, isFlowFile } from '../../io/project/paths';
import { WHOLE_DOCUMENT, type CliIo } from '../cliIo';
import { settingFilesIn } from '../settingFiles';
import { writeProjectWarnings } from '../projectWarnings';
import { oneLine } from '../fileLabel';

const MAX_PROJECT_FILES = 5000;
const MAX_DEPTH = 12;
/** Custom labels files read at most (an SFDX project has one; a retrieved package one more). */
const MAX_LABEL_FILES = 20;

/**
 * The project's flow files by API name (every `*.flow-meta.xml`, or a retrieved package's `*.flow`;
 * first found wins), its custom labels files, its `objects`, `customMetadata`, `queues`, `groups` and `notificationtypes` folders (paths),
 * under `folder`, walking at most MAX_DEPTH levels.
 */
export async function projectFiles(io: CliIo, folder: string): Promise<{ flows: Map<string, string>; labels: string[]; objects: string[]; customMetadata: string[]; groups: string[]; notificationTypes: string[] }> {
  const found = new Map<string, string>();
  const labels: string[] = [];
  const objects: string[] = [];
  const customMetadata: string[] = [];
  const groups: string[] = [];
  const notificationTypes: string[] = [];
  if (!io.listDir) return { flows: found, labels, objects, customMetadata, groups, notificationTypes };
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH || found.size >= MAX_PROJECT_FILES) return;
    let entries;
    try { entries = await io.listDir!(dir); } catch { return; }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      // an objects folder is not walked: only the custom settings the flows read are looked up in it (settingFiles.ts)
      if (entry.directory && entry.name === 'objects') objects.push(path);
      // nor a customMetadata folder: only the records of the types the flows name are read in it
      else if (entry.directory && entry.name === 'customMetadata') customMetadata.push(path);
      // nor the queues, groups and roles folders: read only when a flow reads Group (cli/projectGroupFiles.ts)
      else if (entry.directory && (entry.name === 'queues' || entry.name === 'groups' || entry.name === 'roles')) groups.push(path);
      // nor the notificationtypes folder: read only when a flow reads CustomNotificationType (cli/projectNotificationTypeFiles.ts)
      else if (entry.directory && entry.name === 'notificationtypes') notificationTypes.push(path);
      else if (entry.directory) { if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) await walk(path, depth + 1); }
      else if (isFlowFile(entry.name) && !found.has(apiNameOf(entry.name))) found.set(apiNameOf(entry.name), path);
      else if (isLabelsFile(entry.name) && labels.length < MAX_LABEL_FILES) labels.push(path);
    }
  };
  await walk(folder, 0);
  // given the flows folder itself (`force-app/main/default/flows`), the labels are in its sibling `labels`
  // (walked at the deepest level: its own files only)
  if (labels.length === 0 && basename(folder) === 'flows') await walk(join(dirname(folder), 'labels'), MAX_DEPTH);
  // and the custom settings in its sibling `objects`
  if (objects.length === 0 && basename(folder) === 'flows') objects.push(join(dirname(folder), 'objects'));
  // and the custom metadata records in its sibling `customMetadata`
  if (customMetadata.length === 0 && basename(folder) === 'flows') customMetadata.push(join(dirname(folder), 'customMetadata'));
  // and the queues, groups and roles in its siblings `queues`, `groups` and `roles`
  if (groups.length === 0 && basename(folder) === 'flows') groups.push(join(dirname(folder), 'queues'), join(dirname(folder), 'groups'), join(dirname(folder), 'roles'));
  // and the custom notification types in its sibling `notificationtypes`
  if (notificationTypes.length === 0 && basename(folder) === 'flows') notificationTypes.push(join(dirname(folder), 'notificationtypes'));
  return { flows: found, labels, objects, customMetadata, groups, notificationTypes };
}

/** The custom labels of the project's labels files; a file that cannot be read or parsed is named on stderr and skipped. */
export async function projectLabels(io: CliIo, paths: readonly string[]): Promise<CustomLabels> {
  const files = [];
  for (const path of paths) {
    try { files.push({ path, text: await io.readFile(path) }); } catch (e) { io.stderr(`${oneLine(path)}: ${WHOLE_DOCUMENT}: warning: custom labels not read: ${e instanceof Error ? e.message : String(e)}\n`); }
  }
  const read = readCustomLabels(files);
  writeProjectWarnings(io, read.problems);
  return read.labels;
}

/**
 * The custom settings the flows (`texts`) read through `$Setup`, from the project's `objects`
 * folders: only those settings' files are read; a file that cannot be used is named on stderr.
 * Undefined when no flow reads one.
 */
export async function projectSettings(io: CliIo, texts: readonly string[], objectFolders: readonly string[]): Promise<CustomSettings | undefined> {
  const wanted = settingObjectsOf(texts);
  if (wanted.size === 0) return undefined;
  const files: ProjectFile[] = [];
  for (const folder of objectFolders) {
    const read = await settingFilesIn(io, folder, wanted, folder);
    files.push(...read.files);
    writeProjectWarnings(io, read.problems);
  }
  const read = readCustomSettings(files, wanted);
  writeProjectWarnings(io, read.problems);
  return read.settings;
}
