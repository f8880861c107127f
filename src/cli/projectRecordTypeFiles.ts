/**
 * The project's record types (`objects/Object/recordTypes/`, or a retrieved package's
 * `objects/Object.object` files, read by io/project/deployedRecordTypes.ts)
 * found when the command was given a flow file or a flows folder rather than the whole project —
 * `stageflow flow X.flow-meta.xml`, `stageflow test` on a flows folder (projectInput.ts) — listed and
 * read here; what they hold and how a run uses them is the project reader's and
 * deployedSetupRecords.ts', the same for every path: a RecordType the org was given of the same
 * SobjectType and DeveloperName wins. A file that cannot be read is a warning naming it.
 */
import { posix } from 'node:path';
import { addDeployedRecordTypes } from '../flows/org/deployedSetupRecords';
import type { SimulatedOrg } from '../flows/org/simulatedOrg';
import { flowsReadRecordTypes, isRecordTypeFile, MAX_PROJECT_RECORD_TYPES, readProjectRecordTypes } from '../io/project/deployedRecordTypes';
import type { ProjectFile, ProjectProblem } from '../io/project/types';
import type { CliIo } from './cliIo';
import { writeProjectWarnings } from './projectWarnings';

/** The record type files under the `objects` folders `objectFolders` (a retrieved package's `Object.object` files too), read, each named `name(folder, file)` with `file` `Object/recordTypes/X.recordType-meta.xml` or `Object.object`. */
export async function recordTypeFilesIn(io: CliIo, objectFolders: readonly string[], name: (folder: string, file: string) => string = posix.join): Promise<{ files: ProjectFile[]; problems: ProjectProblem[] }> {
  const files: ProjectFile[] = [];
  const problems: ProjectProblem[] = [];
  if (!io.listDir) return { files, problems };
  const listDir = io.listDir;
  const entriesOf = async (dir: string) => { try { return await listDir(dir); } catch { return []; } };
  const read = async (path: string, file: string) => {
    try { files.push({ path, text: await io.readFile(file) }); } catch (e) { problems.push({ file: path, severity: 'warning', message: `not read: ${e instanceof Error ? e.message : String(e)}` }); }
  };
  for (const folder of objectFolders) {
    for (const object of await entriesOf(folder)) {
      // a retrieved package's object file holds the object's record types (one over the cap, as below)
      if (!object.directory && isRecordTypeFile(`objects/${object.name}`) && files.length <= MAX_PROJECT_RECORD_TYPES) await read(name(folder, object.name), posix.join(folder, object.name));
      if (!object.directory) continue;
      const dir = posix.join(folder, object.name, 'recordTypes');
      for (const entry of await entriesOf(dir)) {
        // one over the cap, so the reader says which file was the first not read
        if (entry.directory || !entry.name.endsWith('.recordType-meta.xml') || files.length > MAX_PROJECT_RECORD_TYPES) continue;
        await read(name(folder, `${object.name}/recordTypes/${entry.name}`), posix.join(dir, entry.name));
      }
    }
  }
  return { files, problems };
}

/** `stageflow flow`: adds the project's record types to `org` when a flow (`texts`) reads RecordType; what could not be read is a warning on stderr. */
export async function addProjectRecordTypes(io: CliIo, org: SimulatedOrg, texts: readonly string[], objectFolders: readonly string[]): Promise<void> {
  if (!io.listDir || !flowsReadRecordTypes(texts)) return;
  const listed = await recordTypeFilesIn(io, objectFolders);
  const read = readProjectRecordTypes(listed.files);
  writeProjectWarnings(io, [...listed.problems, ...read.problems]);
  addDeployedRecordTypes(org, read.records);
}
