/**
 * Reads an opened project in a Web Worker (readProject.worker.ts), as readOffThread.ts does an
 * imported design: the page only lists the files (cheap) and receives the Project. One worker,
 * started on the first project opened and kept. Where workers are unavailable (unit tests), the
 * files cannot be handed over or the worker fails, the project is read on the main thread with the
 * same reading (readListed), so with the same result (actions/workerCaller.ts).
 */
import { workerCaller } from '../../actions/workerCaller';
import type { ProjectLimits } from '../../io/project/limits';
import { projectCreatedObjects } from '../../io/project/createdObjects';
import { keepFieldFiles } from '../../io/project/scenarioCheckboxes';
import type { LazyProjectFile, Project } from '../../io/project/types';
import { fileTextOrThrow } from '../../io/readFileText';
import { readListed, type ListedFile, type ProjectSource, type ReadProjectResponse } from './readProjectMessages';
import { keepArchive } from './zipCheckboxes';

const readInWorker = workerCaller<ProjectSource, ReadProjectResponse, Project, number>(
  () => new Worker(new URL('./readProject.worker.ts', import.meta.url), { type: 'module' }),
  // null when the reading threw there: the page then reads it itself
  (response) => ('project' in response ? response.project : null),
  (response) => ('filesRead' in response ? response.filesRead : undefined),
);

/**
 * The project in the listed files (`readListed`), computed off the main thread when a worker can be
 * used; `onRead` is told, now and then, how many files have been read. Never rejects.
 */
export function readProjectOffThread(files: readonly ListedFile[], limits: ProjectLimits, stopped: boolean, onRead?: (filesRead: number) => void): Promise<Project> {
  return readSourceOffThread({ files, limits, stopped }, onRead);
}

/** The project in a `.zip` File, inflated and read off the main thread when a worker can be used. */
export function readZipOffThread(zip: File, limits: ProjectLimits): Promise<Project> {
  return readSourceOffThread({ zip, limits });
}

async function readSourceOffThread(source: ProjectSource, onRead?: (filesRead: number) => void): Promise<Project> {
  const read = await readInWorker(source, onRead);
  // an archive's field files are read from it again when Scenarios asks (zipCheckboxes.ts), whoever read it
  if ('zip' in source) {
    const project = read ?? await readListed(source, onRead);
    keepArchive(project, source.zip, source.limits);
    return project;
  }
  if (!read) return readListed(source, onRead);
  keepListedFieldFiles(read, source.files);
  return read;
}

/**
 * The worker's Project is a copy: the field files its reading kept for a later run (scenarioCheckboxes.ts)
 * stayed in the worker, so a record of an object no pass read, added in Scenarios, got no Checkboxes.
 * They are kept here again from the listed Files (nothing is read now), with the objects the reading
 * read, which are never read again.
 */
function keepListedFieldFiles(project: Project, files: readonly ListedFile[]): void {
  const lazy = files.flatMap((listed): LazyProjectFile[] => ('file' in listed ? [{ path: listed.path, read: () => fileTextOrThrow(listed.file) }] : []));
  keepFieldFiles(project, lazy, [...(project.objects?.keys() ?? []), ...projectCreatedObjects(project)]);
}
