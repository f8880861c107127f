/**
 * The one walk over a project's folders, for every walker: a folder on disk (readFolder.ts), the
 * command line's folders (src/cli/projectInput.ts), a browser's directory handle or dropped folder
 * (src/app/project). Listing a whole org's retrieve one folder after another spent seconds waiting
 * on each listing in turn (3,000 folders, 40,000 files), so up to LIST_AHEAD folders are listed at
 * once, each folder's subfolders asked for as soon as it is listed. The entries are still counted
 * into the listing (listing.ts) in the order of a walk one folder at a time — depth first, each
 * folder's entries sorted by name — so the kept files, their order and where the caps stop the walk
 * do not depend on which listing came back first.
 */
import type { ProjectLimits } from './limits';
import { listEntry, type Listing } from './listing';
import type { LazyProjectFile } from './types';

/**
 * Folders listed ahead of the walk at once: enough to keep a disk or the browser's file system busy,
 * as readInOrder.ts reads files. The folder the walk waits on is listed at once if none of those is
 * it (a subfolder is queued behind the folders found before it), so 17 may be under way.
 */
const LIST_AHEAD = 16;

/** Folders never looked into: tools' and version control's (`.git`, `.sfdx`, `node_modules`), not the project's. */
export function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/**
 * One entry of a folder, as a walker's `list` gives it: a folder to walk into, or a file — kept as a
 * lazy file when a reader may read it, `null` when it is only counted (its walker need not ask more of it).
 */
export type WalkEntry<D> = { readonly name: string; readonly folder: D } | { readonly name: string; readonly file: LazyProjectFile | null };

/** The entries of `folder`, whose path in the project is `prefix` (`''`, or ending in `/`); rejects when it cannot be listed. */
export type ListFolder<D> = (folder: D, prefix: string) => Promise<readonly WalkEntry<D>[]>;

type Listed<D> = { ok: true; entries: { entry: WalkEntry<D>; child?: Pending<D> }[] } | { ok: false; error: unknown };

interface Pending<D> {
  readonly folder: D;
  readonly prefix: string;
  listed?: Promise<Listed<D>>;
}

const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Walks `root` into `listing`, its subfolders too unless `recursive` is false (then folders are
 * neither counted nor entered). Skipped folders (isSkippedFolder) are neither counted nor entered.
 * Stops where listEntry says to; rejects with the error of a folder that cannot be listed, as a
 * walk one folder at a time would when it reached it.
 */
export async function walkFolders<D>(root: D, list: ListFolder<D>, listing: Listing, limits: ProjectLimits, recursive = true): Promise<void> {
  const queue: Pending<D>[] = [];
  let running = 0;
  let done = false;
  // entries listed in all: once past maxListed nothing more is listed ahead (only what the walk
  // itself still needs), so a folder of millions of entries is not listed far past the cap
  let listedInAll = 0;

  const start = (pending: Pending<D>): Promise<Listed<D>> => {
    running++;
    pending.listed = list(pending.folder, pending.prefix).then(
      (entries): Listed<D> => {
        listedInAll += entries.length;
        const sorted = [...entries].sort(byName).map((entry) => {
          if (!('folder' in entry) || !recursive || isSkippedFolder(entry.name)) return { entry };
          const child: Pending<D> = { folder: entry.folder, prefix: `${pending.prefix}${entry.name}/` };
          queue.push(child);
          return { entry, child };
        });
        return { ok: true, entries: sorted };
      },
      // kept as an outcome: a folder listed ahead that the walk never reaches is no unhandled rejection
      (error: unknown): Listed<D> => ({ ok: false, error }),
    ).finally(() => {
      running--;
      pump();
    });
    return pending.listed;
  };

  function pump(): void {
    while (!done && running < LIST_AHEAD && listedInAll <= limits.maxListed && queue.length > 0) {
      const next = queue.shift()!;
      if (!next.listed) void start(next);
    }
  }

  const visit = async (pending: Pending<D>): Promise<boolean> => {
    // the walk's next folder is listed now if the ones ahead have not reached it yet
    const listed = await (pending.listed ?? start(pending));
    if (!listed.ok) throw listed.error;
    for (const { entry, child } of listed.entries) {
      if (child) {
        if (!listEntry(listing, null, limits) || !(await visit(child))) return false;
      } else if ('file' in entry && !listEntry(listing, entry.file, limits)) return false;
    }
    return true;
  };

  try {
    await visit({ folder: root, prefix: '' });
  } finally {
    done = true;
  }
}
