/**
 * `stageflow flow`: the project's queues and public groups (`queues/`, `groups/` folders, read by
 * io/project/deployedGroups.ts) added to the org as Group records when a flow reads Group, as the org
 * the project is deployed to holds them. A Group the org was given (`--records`) with the same
 * DeveloperName wins; a file that cannot be read is a warning on stderr naming it.
 */
import { posix } from 'node:path';
import { readField, type SimulatedOrg } from '../flows/org/simulatedOrg';
import { flowsReadGroups, isGroupFile, MAX_PROJECT_GROUPS, readProjectGroups } from '../io/project/deployedGroups';
import type { ProjectFile } from '../io/project/types';
import type { CliIo } from './cliIo';

export async function addProjectGroups(io: CliIo, org: SimulatedOrg, texts: readonly string[], folders: readonly string[]): Promise<void> {
  if (!io.listDir || !flowsReadGroups(texts)) return;
  const files: ProjectFile[] = [];
  for (const folder of folders) {
    let entries;
    try { entries = await io.listDir(folder); } catch { continue; }
    for (const entry of entries) {
      const path = posix.join(folder, entry.name);
      // one over the cap, so the reader says which file was the first not read
      if (entry.directory || !isGroupFile(path) || files.length > MAX_PROJECT_GROUPS) continue;
      try { files.push({ path, text: await io.readFile(path) }); } catch (e) { io.stderr(`${path}: warning: not read: ${e instanceof Error ? e.message : String(e)}\n`); }
    }
  }
  const read = readProjectGroups(files);
  for (const p of read.problems) io.stderr(`${p.file}${p.line !== undefined ? `:${p.line}:${p.column ?? 1}` : ''}: warning: ${p.message}\n`);
  const given = org.objects().find((o) => o.toLowerCase() === 'group') ?? 'Group';
  const names = new Set(org.recordsOf(given).map((g) => String(readField(g, 'DeveloperName') ?? '').toLowerCase()));
  for (const fields of read.records) {
    const name = String(fields.DeveloperName).toLowerCase();
    if (names.has(name) || org.get(String(fields.Id)) !== undefined) continue;
    names.add(name);
    org.insert(given, fields);
  }
}
