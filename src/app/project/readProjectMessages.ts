/**
 * What the page hands the project reading worker (readProject.worker.ts) and what it answers: the
 * listed files as File objects (structured-cloneable; nothing is read before the worker reads it)
 * or a `.zip` File, and the Project (Maps, arrays and plain data only, so it survives the structured clone whole).
 * `readListed` is the one reading both sides run, so the worker and the main-thread fallback give
 * the same Project.
 */
import type { ProjectLimits } from '../../io/project/limits';
import { readLazyFiles } from '../../io/project/readLazyFiles';
import { readZip } from '../../io/project/readZip';
import type { LazyProjectFile, Project } from '../../io/project/types';
import { fileTextOrThrow } from '../../io/readFileText';

/** A listed file: its File, or why the browser would not give it (read as a "not read" problem, as before). */
export type ListedFile = { readonly path: string; readonly file: File } | { readonly path: string; readonly error: string };

/** The listed files of a folder or drop, or a `.zip` (its size already checked). */
export type ProjectSource =
  | { readonly files: readonly ListedFile[]; readonly limits: ProjectLimits; /** The walk stopped at `maxListed` (listing.ts). */ readonly stopped: boolean }
  | { readonly zip: File; readonly limits: ProjectLimits };

export type ReadProjectRequest = ProjectSource & { readonly id: number };

export type ReadProjectResponse =
  | {
    readonly id: number;
    /** Null when the reading threw: the page then reads it itself. */
    readonly project: Project | null;
  }
  /** News while reading: how many files have been read so far (a whole org's project reads for a minute). */
  | { readonly id: number; readonly filesRead: number };

function lazyOf(listed: ListedFile, counted: () => void): LazyProjectFile {
  if ('error' in listed) {
    const { error } = listed;
    return { path: listed.path, read: () => Promise.reject(new Error(error)) };
  }
  const { file } = listed;
  return { path: listed.path, size: file.size, read: () => fileTextOrThrow(file).finally(counted) };
}

/**
 * The project in the listed files or the archive, read within `limits`; `onRead` is told the number
 * of listed files read so far after each one (an archive is inflated at once: not told).
 */
export async function readListed(source: ProjectSource, onRead?: (filesRead: number) => void): Promise<Project> {
  if ('zip' in source) return readZip(new Uint8Array(await source.zip.arrayBuffer()), source.limits);
  let filesRead = 0;
  const counted = () => onRead?.(++filesRead);
  return readLazyFiles(source.files.map((listed) => lazyOf(listed, counted)), source.limits, { stopped: source.stopped });
}
