/**
 * What the page hands the project reading worker (readProject.worker.ts) and what it answers: the
 * listed files as File objects (structured-cloneable; nothing is read before the worker reads it)
 * and the Project (Maps, arrays and plain data only, so it survives the structured clone whole).
 * `readListed` is the one reading both sides run, so the worker and the main-thread fallback give
 * the same Project.
 */
import type { ProjectLimits } from '../../io/project/limits';
import { readLazyFiles } from '../../io/project/readLazyFiles';
import type { LazyProjectFile, Project } from '../../io/project/types';
import { fileTextOrThrow } from '../../io/readFileText';

/** A listed file: its File, or why the browser would not give it (read as a "not read" problem, as before). */
export type ListedFile = { readonly path: string; readonly file: File } | { readonly path: string; readonly error: string };

export interface ReadProjectRequest {
  readonly id: number;
  readonly files: readonly ListedFile[];
  readonly limits: ProjectLimits;
  /** The walk stopped at `maxListed` (listing.ts). */
  readonly stopped: boolean;
}

export interface ReadProjectResponse {
  readonly id: number;
  readonly project: Project;
}

function lazyOf(listed: ListedFile): LazyProjectFile {
  if ('error' in listed) {
    const { error } = listed;
    return { path: listed.path, read: () => Promise.reject(new Error(error)) };
  }
  const { file } = listed;
  return { path: listed.path, size: file.size, read: () => fileTextOrThrow(file) };
}

/** The project in the listed files, read within `limits`. Never rejects (readLazyFiles). */
export function readListed(request: Omit<ReadProjectRequest, 'id'>): Promise<Project> {
  return readLazyFiles(request.files.map(lazyOf), request.limits, { stopped: request.stopped });
}
