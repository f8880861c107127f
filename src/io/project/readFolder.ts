/**
 * A project from a folder on disk: every file under it, as lazy files for readLazyFiles (so only
 * flow files and the trigger objects' metadata are read, within the caps), listed by the one walk
 * (walkFolders.ts: several folders at once, skipping `.git`, `.sfdx` and `node_modules`). Symbolic
 * links are not followed, so a project cannot reach outside its folder.
 */
import { opendir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_PROJECT_LIMITS, type ProjectLimits } from './limits';
import { newListing } from './listing';
import { mayBeRead } from './mayBeRead';
import { readLazyFiles } from './readLazyFiles';
import type { LazyProjectFile, Project } from './types';
import { walkFolders, type WalkEntry } from './walkFolders';

async function sizeOf(file: string): Promise<{ size?: number }> {
  try {
    return { size: (await stat(file)).size };
  } catch {
    return {};
  }
}

/** The entries of the folder `dir`; only a file a reader may read is kept, so only its size is asked for. */
async function listFolder(dir: string, prefix: string): Promise<WalkEntry<string>[]> {
  const entries: Promise<WalkEntry<string>>[] = [];
  for await (const entry of await opendir(dir)) {
    const full = join(dir, entry.name);
    const path = `${prefix}${entry.name}`;
    if (entry.isDirectory()) entries.push(Promise.resolve({ name: entry.name, folder: full }));
    else if (entry.isFile()) {
      const read = () => readFile(full, 'utf8');
      entries.push(mayBeRead(path) ? sizeOf(full).then((size): WalkEntry<string> => ({ name: entry.name, file: { path, read, ...size } satisfies LazyProjectFile })) : Promise.resolve({ name: entry.name, file: null }));
    }
  }
  return Promise.all(entries);
}

/** Reads the project in `folder`; rejects only when a folder in it cannot be listed. */
export async function readFolder(folder: string, limits: ProjectLimits = DEFAULT_PROJECT_LIMITS): Promise<Project> {
  const listing = newListing();
  await walkFolders(folder, listFolder, listing, limits);
  return readLazyFiles(listing.files, limits, listing);
}
