/**
 * The project's custom metadata records found in `customMetadata` folders when the command was given
 * a flow file or a flows folder rather than the whole project — `stageflow flow X.flow-meta.xml`
 * (its project's folders, or the one beside its flows folder), `stageflow test` on a flows folder —
 * listed and read here; what they hold and how a run uses them is the project reader's
 * (io/project/customMetadataRecords.ts, flows/org/deployedCustomMetadata.ts), the same for every path.
 * Only the records of the types the flows name are read.
 */
import { posix } from 'node:path';
import { addCustomMetadataRecords, MAX_CUSTOM_METADATA_RECORDS } from '../flows/org/deployedCustomMetadata';
import type { SimulatedOrg } from '../flows/org/simulatedOrg';
import { customMetadataTypesOf, isCustomMetadataOf, readCustomMetadataRecords, recordsOfTypes } from '../io/project/customMetadataRecords';
import { DEFAULT_PROJECT_LIMITS } from '../io/project/limits';
import { utf8Bytes } from '../io/sizeLimit';
import type { ProjectFile, ProjectProblem } from '../io/project/types';
import type { CliIo } from './cliIo';
import { writeProjectWarnings } from './projectWarnings';

/**
 * The record files of the types `wanted` (lower-cased `x__mdt`) in the `customMetadata` folders
 * `folders`, read, each named `name(folder, file)` (the path the reader and its warnings use); a file
 * that cannot be read is a warning naming it. Within the project caps: records in all, bytes in all.
 */
export async function customMetadataFilesIn(io: CliIo, folders: readonly string[], wanted: ReadonlySet<string>, name: (folder: string, file: string) => string = posix.join): Promise<{ files: ProjectFile[]; problems: ProjectProblem[] }> {
  const files: ProjectFile[] = [];
  const problems: ProjectProblem[] = [];
  if (wanted.size === 0 || !io.listDir) return { files, problems };
  let total = 0;
  for (const folder of folders) {
    let entries;
    try { entries = await io.listDir(folder); } catch { continue; }
    // one over the cap, so the reader says which file was the first not read
    for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = name(folder, entry.name);
      if (entry.directory || !isCustomMetadataOf(path, wanted) || files.length > MAX_CUSTOM_METADATA_RECORDS) continue;
      if (total > DEFAULT_PROJECT_LIMITS.maxTotalBytes) {
        problems.push({ file: path, severity: 'warning', message: 'custom metadata record not read: the record files read are more than the project limit in all' });
        return { files, problems };
      }
      try {
        const text = await io.readFile(posix.join(folder, entry.name));
        total += utf8Bytes(text);
        files.push({ path, text });
      } catch (e) {
        problems.push({ file: path, severity: 'warning', message: `custom metadata record not read: ${e instanceof Error ? e.message : String(e)}` });
      }
    }
  }
  return { files, problems };
}

/**
 * `stageflow flow`: adds to `org` the project's custom metadata records of the types the flows
 * (`texts`) name, from the `customMetadata` folders `folders`; a record the org was given (same type
 * and DeveloperName) wins. What could not be read is a warning on stderr naming the file.
 */
export async function addProjectCustomMetadata(io: CliIo, org: SimulatedOrg, texts: readonly string[], folders: readonly string[]): Promise<void> {
  const wanted = customMetadataTypesOf(texts);
  const read = await customMetadataFilesIn(io, folders, wanted);
  const parsed = readCustomMetadataRecords(read.files, wanted);
  writeProjectWarnings(io, [...read.problems, ...parsed.problems]);
  addCustomMetadataRecords(org, recordsOfTypes(parsed.types, wanted));
}
