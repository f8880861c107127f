/**
 * A project from a folder on disk (the command line): every file under it, as lazy files for
 * readLazyFiles (so only flow files and the trigger objects' metadata are read, within the caps).
 * Symbolic links are not followed, so a project cannot reach outside its folder. Hidden folders
 * (`.git`, `.sfdx`) and `node_modules` are skipped.
 */
import { opendir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { DEFAULT_PROJECT_LIMITS, type ProjectLimits } from './limits';
import { listEntry, newListing, type Listing } from './listing';
import { mayBeRead } from './mayBeRead';
import { readLazyFiles } from './readLazyFiles';
import type { Project } from './types';

const SKIPPED = new Set(['node_modules']);

async function collect(root: string, dir: string, listing: Listing, limits: ProjectLimits): Promise<void> {
  const handle = await opendir(dir);
  const entries: { name: string; directory: boolean; file: boolean }[] = [];
  for await (const entry of handle) entries.push({ name: entry.name, directory: entry.isDirectory(), file: entry.isFile() });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.directory && !entry.name.startsWith('.') && !SKIPPED.has(entry.name)) {
      if (!listEntry(listing, null, limits)) return;
      await collect(root, full, listing, limits);
    } else if (entry.file) {
      const path = relative(root, full).split(sep).join('/');
      // only a file a reader may read is kept, so only its size is asked for
      const file = mayBeRead(path) ? { path, read: () => readFile(full, 'utf8'), ...(await sizeOf(full)) } : { path, read: () => readFile(full, 'utf8') };
      if (!listEntry(listing, file, limits)) return;
    }
  }
}

async function sizeOf(file: string): Promise<{ size?: number }> {
  try {
    return { size: (await stat(file)).size };
  } catch {
    return {};
  }
}

/** Reads the project in `folder`; rejects only when the folder itself cannot be listed. */
export async function readFolder(folder: string, limits: ProjectLimits = DEFAULT_PROJECT_LIMITS): Promise<Project> {
  const listing = newListing();
  await collect(folder, folder, listing, limits);
  return readLazyFiles(listing.files, limits, listing);
}
