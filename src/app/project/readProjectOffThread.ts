/**
 * Reads an opened project in a Web Worker (readProject.worker.ts), as readOffThread.ts does an
 * imported design: the page only lists the files (cheap) and receives the Project. One worker,
 * started on the first project opened and kept. Where workers are unavailable (unit tests), the
 * files cannot be handed over or the worker fails, the project is read on the main thread with the
 * same reading (readListed), so with the same result.
 */
import type { ProjectLimits } from '../../io/project/limits';
import type { Project } from '../../io/project/types';
import { readListed, type ListedFile, type ProjectSource, type ReadProjectRequest, type ReadProjectResponse } from './readProjectMessages';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (project: Project | null) => void>();

function readingWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  if (!worker) {
    try {
      worker = new Worker(new URL('./readProject.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return null;
    }
    worker.onmessage = (e: MessageEvent<ReadProjectResponse>) => {
      const answer = pending.get(e.data.id);
      pending.delete(e.data.id);
      answer?.(e.data.project);
    };
    worker.onerror = () => {
      // every waiting read falls back to the main thread; the next project starts a new worker
      for (const answer of pending.values()) answer(null);
      pending.clear();
      worker = null;
    };
  }
  return worker;
}

/** The project in the listed files (`readListed`), computed off the main thread when a worker can be used. Never rejects. */
export function readProjectOffThread(files: readonly ListedFile[], limits: ProjectLimits, stopped: boolean): Promise<Project> {
  return readSourceOffThread({ files, limits, stopped });
}

/** The project in a `.zip` File, inflated and read off the main thread when a worker can be used. */
export function readZipOffThread(zip: File, limits: ProjectLimits): Promise<Project> {
  return readSourceOffThread({ zip, limits });
}

async function readSourceOffThread(request: ProjectSource): Promise<Project> {
  const w = readingWorker();
  if (!w) return readListed(request);
  const id = nextId++;
  const project = await new Promise<Project | null>((resolve) => {
    pending.set(id, resolve);
    try {
      const message: ReadProjectRequest = { id, ...request };
      w.postMessage(message);
    } catch {
      // something listed cannot be cloned (a stand-in for a File): read here instead
      pending.delete(id);
      resolve(null);
    }
  });
  return project ?? readListed(request);
}
