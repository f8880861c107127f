/**
 * `stageflow flow`: the custom child relationships the flows update through (`$Record.Accounts__r`),
 * found in the project's `objects` folders by the reader `simulate` and the app use
 * (io/project/childRelationships.ts); this file only lists and reads the field files. Read only when
 * a flow the run can reach names a custom relationship in an Update Records; a field file is parsed
 * only when its text names one of those relationships (a big project holds thousands of field files);
 * one naming a relationship that cannot be read is a warning, which `flow` prints.
 */
import { posix } from 'node:path';
import type { ChildRelationship } from '../flows/org/standardChildRelationships';
import { readChildRelationships, updatedRelationships } from '../io/project/childRelationships';
import type { ProjectFile, ProjectProblem } from '../io/project/types';
import type { CliIo, DirEntry } from './cliIo';
import { API_NAME } from '../io/project/apiName';

/** Field files read at most, all objects together. */
const MAX_FIELD_FILES = 20_000;

async function listed(io: CliIo, dir: string): Promise<DirEntry[]> {
  if (!io.listDir) return [];
  try { return await io.listDir(dir); } catch { return []; }
}

/**
 * The project's child relationships that `texts` update through, keyed `parent.relationship__r`
 * lower-cased (undefined when they update through none), and the problems of the field files
 * declaring them, for the caller to say once with the other readers' (problemsOnce.ts).
 */
export async function projectChildRelationships(io: CliIo, texts: readonly string[], objectFolders: readonly string[]): Promise<{ relationships: ReadonlyMap<string, ChildRelationship> | undefined; problems: ProjectProblem[] }> {
  const wanted = updatedRelationships(texts);
  if (wanted.size === 0) return { relationships: undefined, problems: [] };
  const files: ProjectFile[] = [];
  let read = 0;
  for (const folder of objectFolders) {
    for (const object of await listed(io, folder)) {
      if (!object.directory || !API_NAME.test(object.name)) continue;
      for (const file of await listed(io, posix.join(folder, object.name, 'fields'))) {
        if (file.directory || !/\.field-meta\.xml$/i.test(file.name) || ++read > MAX_FIELD_FILES) continue;
        const path = posix.join(folder, object.name, 'fields', file.name);
        try { files.push({ path, text: await io.readFile(path) }); } catch { /* unreadable: not a relationship here */ }
      }
    }
  }
  // a field file declaring the relationship that cannot be read is named, as simulate and the app name it
  const { relationships, problems } = readChildRelationships(files, wanted);
  return { relationships: relationships.size > 0 ? relationships : undefined, problems };
}
