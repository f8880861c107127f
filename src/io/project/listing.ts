/**
 * What a walk over a project's folder gathers, shared by every walker (a folder on disk, the
 * command line's folders, a browser's directory handle or dropped folder): the files a reader may
 * read (mayBeRead.ts), kept as they are listed; every other entry is only counted. The walk stops
 * when more entries are listed than `maxListed`; files past their kind's cap (`maxEntries`,
 * `maxMetadataEntries`) are no longer kept, one over it excepted so that readLazyFiles can tell, and
 * say so, and that the project was not read in full.
 */
import type { ProjectLimits } from './limits';
import { capOf, mayBeRead } from './mayBeRead';
import type { LazyProjectFile } from './types';

export interface Listing {
  readonly files: LazyProjectFile[];
  /** Files kept, by the cap they count toward. */
  readonly kept: { files: number; metadata: number };
  /** Entries listed so far, of any kind (files and folders). */
  listed: number;
  /** The walk stopped at `maxListed` before it had listed everything. */
  stopped: boolean;
}

export function newListing(): Listing {
  return { files: [], kept: { files: 0, metadata: 0 }, listed: 0, stopped: false };
}

/**
 * Counts one listed entry: a file (kept when a reader may read it and its kind's cap is not passed)
 * or a folder (`null`). False when the walk should stop: too many entries listed.
 */
export function listEntry(listing: Listing, file: LazyProjectFile | null, limits: ProjectLimits): boolean {
  if (listing.stopped) return false;
  listing.listed++;
  if (listing.listed > limits.maxListed) {
    listing.stopped = true;
    return false;
  }
  if (!file || !mayBeRead(file.path)) return true;
  const cap = capOf(file.path);
  const max = cap === 'metadata' ? limits.maxMetadataEntries : limits.maxEntries;
  if (listing.kept[cap] <= max) {
    listing.kept[cap]++;
    listing.files.push(file);
  }
  return true;
}
