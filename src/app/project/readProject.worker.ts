/// <reference lib="webworker" />
/**
 * Reads an opened project off the main thread (readProjectOffThread.ts): parsing a whole org's
 * flows and object metadata is close to a second of uninterrupted work, which froze the page.
 * Receives `{ id, files, limits, stopped }`, answers `{ id, project }`.
 */
import { readListed, type ReadProjectRequest, type ReadProjectResponse } from './readProjectMessages';

self.onmessage = async (e: MessageEvent<ReadProjectRequest>) => {
  const { id, ...request } = e.data;
  const response: ReadProjectResponse = { id, project: await readListed(request) };
  (self as unknown as Worker).postMessage(response);
};
