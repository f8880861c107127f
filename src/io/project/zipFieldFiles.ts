/**
 * The field files a `.zip` project lists, as lazy files read from the archive when a run asks for
 * them (scenarioCheckboxes.ts): a scenario from outside the project may give records of an object
 * no pass of the reading inflated, and a folder's project reads that object's field files then, so
 * an archive's does the same. Reading an entry means a pass over the whole archive, so the first
 * read of an object's field file inflates all of that object's field files in one pass (a run asks
 * for them together) and the others are taken from what it read; each text is handed out once.
 */
import { objectOfFieldFile } from './objectFields';
import type { LazyProjectFile } from './types';

/** An archive entry: its name in the archive and its path in the project. */
export interface ArchiveEntry {
  readonly name: string;
  readonly path: string;
}

/** What one pass over the archive gave, by entry name: the text, or nothing when it could not be read within the caps. */
export type ReadEntries = (names: ReadonlySet<string>) => ReadonlyMap<string, string>;

export function lazyArchiveFieldFiles(listed: readonly ArchiveEntry[], readEntries: ReadEntries): LazyProjectFile[] {
  const objectOf = (entry: ArchiveEntry): string => (objectOfFieldFile(entry.path) ?? '').toLowerCase();
  // texts read in a pass and not handed out yet; `undefined`: the pass could not read it
  const ready = new Map<string, string | undefined>();
  const take = (entry: ArchiveEntry): string => {
    if (!ready.has(entry.name)) {
      const object = objectOf(entry);
      const batch = new Set(listed.filter((e) => objectOf(e) === object && !ready.has(e.name)).map((e) => e.name));
      const read = readEntries(batch);
      for (const name of batch) ready.set(name, read.get(name));
    }
    const text = ready.get(entry.name);
    ready.delete(entry.name);
    if (text === undefined) throw new Error('the archive entry could not be read');
    return text;
  };
  return listed.map((entry) => ({ path: entry.path, read: async () => take(entry) }));
}
