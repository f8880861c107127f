/// <reference lib="webworker" />
/**
 * Reads an opened project off the main thread (readProjectOffThread.ts): parsing a whole org's
 * flows and object metadata is close to a second of uninterrupted work, which froze the page.
 * Receives `{ id, files, limits, stopped }` or `{ id, zip, limits }`, answers `{ id, project }`.
 */
import { readListed, type ReadProjectRequest, type ReadProjectResponse } from './readProjectMessages';

/** How often the page is told the files read so far: its notice changes no faster (a screen reader reads each). */
const PROGRESS_EVERY_MS = 1000;

self.onmessage = async (e: MessageEvent<ReadProjectRequest>) => {
  const { id, ...source } = e.data;
  const post = (response: ReadProjectResponse) => (self as unknown as Worker).postMessage(response);
  let told = Date.now();
  const onRead = (filesRead: number) => {
    if (Date.now() - told < PROGRESS_EVERY_MS) return;
    told = Date.now();
    post({ id, filesRead });
  };
  // a reading that throws (not expected: readers report problems) is answered with null, so the
  // page reads it itself and shows what went wrong, instead of waiting forever
  post({ id, project: await readListed(source, onRead).catch(() => null) });
};
