/**
 * The custom metadata records a flow run adds to its org from its project's `customMetadata`
 * folders: only the records of the types the run's flows name (customMetadataRecords.ts) are read.
 */
import { posix } from 'node:path';
import { readField, type SimulatedOrg } from '../flows/org/simulatedOrg';
import { customMetadataTypeOfFile, customMetadataTypesOf, readCustomMetadataRecords } from '../io/project/customMetadataRecords';
import type { ProjectFile, ProjectProblem } from '../io/project/types';
import type { CliIo } from './cliIo';

/** Record files read at most (a type rarely has more than a few hundred records). */
const MAX_RECORD_FILES = 2000;

/** The record files of the types `wanted` (lower-cased `x__mdt`) in the folders `folders`, read; a file that cannot be read is a warning. */
async function customMetadataFilesIn(io: CliIo, folders: readonly string[], wanted: ReadonlySet<string>): Promise<{ files: ProjectFile[]; problems: ProjectProblem[] }> {
  const files: ProjectFile[] = [];
  const problems: ProjectProblem[] = [];
  if (wanted.size === 0 || !io.listDir) return { files, problems };
  for (const folder of folders) {
    let entries;
    try { entries = await io.listDir(folder); } catch { continue; }
    for (const entry of entries) {
      if (entry.directory || files.length >= MAX_RECORD_FILES) continue;
      const type = customMetadataTypeOfFile(entry.name);
      if (type === undefined || !wanted.has(type)) continue;
      const path = posix.join(folder, entry.name);
      try { files.push({ path, text: await io.readFile(path) }); } catch (e) { problems.push({ file: path, severity: 'warning', message: `custom metadata record not read: ${e instanceof Error ? e.message : String(e)}` }); }
    }
  }
  return { files, problems };
}

/**
 * Adds to `org` the project's custom metadata records of the types the flows (`texts`) name
 * (customMetadataRecords.ts); a record the org was given (same type and DeveloperName) wins.
 */
export async function addProjectCustomMetadata(io: CliIo, org: SimulatedOrg, texts: readonly string[], folders: readonly string[]): Promise<void> {
  const read = await customMetadataFilesIn(io, folders, customMetadataTypesOf(texts));
  const parsed = readCustomMetadataRecords(read.files);
  for (const p of [...read.problems, ...parsed.problems]) io.stderr(`${p.file}${p.line !== undefined ? `:${p.line}:${p.column ?? 1}` : ''}: warning: ${p.message}\n`);
  let added = 0;
  for (const [type, records] of Object.entries(parsed.records)) {
    const given = org.objects().find((o) => o.toLowerCase() === type.toLowerCase());
    const names = new Set((given === undefined ? [] : org.recordsOf(given)).map((r) => String(readField(r, 'DeveloperName') ?? '').toLowerCase()));
    for (const fields of records) {
      if (names.has(String(fields.DeveloperName).toLowerCase())) continue;
      // an Id of their own (custom metadata Ids start with m), so the records the run creates get the Ids they get without them
      org.insert(given ?? type, { Id: `m00MDT${String(++added).padStart(12, '0')}`, ...fields });
    }
  }
}
