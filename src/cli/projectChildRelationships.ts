/**
 * `stageflow flow`: the custom child relationships the flows update through (`$Record.Accounts__r` of
 * a `BI_Data__c` trigger: the Accounts whose lookup `BI_Data__c` has `<relationshipName>Accounts`),
 * read from the project's `objects` folders: a lookup or master-detail field whose
 * `<relationshipName>` and `<referenceTo>` name them. Survey 17: such an Update Records stopped the run
 * as unsupported beside the project's own field file. Read only when a flow the run can reach names a
 * custom relationship in an Update Records; a field file is parsed only when its text names one of
 * those relationships (a big project holds thousands of field files).
 */
import { posix } from 'node:path';
import type { ChildRelationship } from '../flows/org/standardChildRelationships';
import { parseXml } from '../io/xml/parseXml';
import { childText } from '../io/xml/xmlNode';
import type { CliIo, DirEntry } from './cliIo';

const API_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
/** Field files read at most, all objects together. */
const MAX_FIELD_FILES = 20_000;

async function listed(io: CliIo, dir: string): Promise<DirEntry[]> {
  if (!io.listDir) return [];
  try { return await io.listDir(dir); } catch { return []; }
}

/** The custom relationships (`Accounts`, without `__r`) the Update Records elements of `texts` update through, lower-cased. */
function updatedRelationships(texts: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts) {
    for (const update of text.matchAll(/<recordUpdates>([\s\S]*?)<\/recordUpdates>/g)) {
      const reference = /<inputReference>\s*([^<]*?)\s*<\/inputReference>/.exec(update[1]!)?.[1] ?? '';
      const last = reference.split('.').slice(1).pop();
      if (last !== undefined && /^[A-Za-z][A-Za-z0-9_]*__r$/.test(last)) names.add(last.slice(0, -3).toLowerCase());
    }
  }
  return names;
}

/**
 * The project's child relationships that `texts` update through, keyed `parent.relationship__r`
 * lower-cased, or undefined when they update through none.
 */
export async function projectChildRelationships(io: CliIo, texts: readonly string[], objectFolders: readonly string[]): Promise<ReadonlyMap<string, ChildRelationship> | undefined> {
  const wanted = updatedRelationships(texts);
  if (wanted.size === 0) return undefined;
  const found = new Map<string, ChildRelationship>();
  let read = 0;
  for (const folder of objectFolders) {
    for (const object of await listed(io, folder)) {
      if (!object.directory || !API_NAME.test(object.name)) continue;
      for (const file of await listed(io, posix.join(folder, object.name, 'fields'))) {
        if (file.directory || !/\.field-meta\.xml$/i.test(file.name) || ++read > MAX_FIELD_FILES) continue;
        let text: string;
        try { text = await io.readFile(posix.join(folder, object.name, 'fields', file.name)); } catch { continue; }
        const named = /<relationshipName>\s*([^<]*?)\s*<\/relationshipName>/.exec(text)?.[1];
        if (named === undefined || !wanted.has(named.toLowerCase())) continue;
        const parsed = parseXml(text);
        if (!parsed.ok) continue;
        const field = childText(parsed.root, 'fullName') ?? file.name.replace(/\.field-meta\.xml$/i, '');
        const parent = childText(parsed.root, 'referenceTo');
        if (parent === undefined || !API_NAME.test(parent) || !API_NAME.test(field)) continue;
        found.set(`${parent}.${named}__r`.toLowerCase(), { object: object.name, field });
      }
    }
  }
  return found.size > 0 ? found : undefined;
}
