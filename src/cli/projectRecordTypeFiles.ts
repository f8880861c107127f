/**
 * `stageflow flow`: the project's record types (`objects/Object/recordTypes/`, read by
 * io/project/deployedRecordTypes.ts) added to the org as RecordType records when a flow reads
 * RecordType, as the org the project is deployed to holds them. A RecordType the org was given
 * (`--records`) of the same SobjectType and DeveloperName wins; a file that cannot be read is a
 * warning on stderr naming it.
 */
import { posix } from 'node:path';
import { readField, type SimulatedOrg } from '../flows/org/simulatedOrg';
import { flowsReadRecordTypes, MAX_PROJECT_RECORD_TYPES, readProjectRecordTypes } from '../io/project/deployedRecordTypes';
import type { ProjectFile } from '../io/project/types';
import type { CliIo } from './cliIo';

export async function addProjectRecordTypes(io: CliIo, org: SimulatedOrg, texts: readonly string[], objectFolders: readonly string[]): Promise<void> {
  if (!io.listDir || !flowsReadRecordTypes(texts)) return;
  const listDir = io.listDir;
  const files: ProjectFile[] = [];
  const entriesOf = async (dir: string) => { try { return await listDir(dir); } catch { return []; } };
  for (const folder of objectFolders) {
    for (const object of await entriesOf(folder)) {
      if (!object.directory) continue;
      const dir = posix.join(folder, object.name, 'recordTypes');
      for (const entry of await entriesOf(dir)) {
        // one over the cap, so the reader says which file was the first not read
        if (entry.directory || !entry.name.endsWith('.recordType-meta.xml') || files.length > MAX_PROJECT_RECORD_TYPES) continue;
        const path = posix.join(dir, entry.name);
        try { files.push({ path, text: await io.readFile(path) }); } catch (e) { io.stderr(`${path}: warning: not read: ${e instanceof Error ? e.message : String(e)}\n`); }
      }
    }
  }
  const read = readProjectRecordTypes(files);
  for (const p of read.problems) io.stderr(`${p.file}${p.line !== undefined ? `:${p.line}:${p.column ?? 1}` : ''}: warning: ${p.message}\n`);
  const given = org.objects().find((o) => o.toLowerCase() === 'recordtype') ?? 'RecordType';
  const keyOf = (object: unknown, name: unknown) => `${String(object ?? '')}.${String(name ?? '')}`.toLowerCase();
  const names = new Set(org.recordsOf(given).map((r) => keyOf(readField(r, 'SobjectType'), readField(r, 'DeveloperName'))));
  for (const fields of read.records) {
    const key = keyOf(fields.SobjectType, fields.DeveloperName);
    if (names.has(key) || org.get(String(fields.Id)) !== undefined) continue;
    names.add(key);
    org.insert(given, fields);
  }
}
