/// <reference lib="webworker" />
/**
 * Reads an opened project off the main thread (readProjectOffThread.ts): parsing a whole org's
 * flows and object metadata is close to a second of uninterrupted work, which froze the page.
 * Receives `{ id, files, limits, stopped }` or `{ id, zip, limits }`, answers `{ id, project }`.
 */
import { readListed, type ReadProjectRequest, type ReadProjectResponse } from './readProjectMessages';

self.onmessage = async (e: MessageEvent<ReadProjectRequest>) => {
  const { id, ...source } = e.data;
  // a reading that throws (not expected: readers report problems) is answered with null, so the
  // page reads it itself and shows what went wrong, instead of waiting forever
  const response: ReadProjectResponse = { id, project: await readListed(source).catch(() => null) };
  (self as unknown as Worker).postMessage(response);
};
