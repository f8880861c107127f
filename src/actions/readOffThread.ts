/**
 * Reads an imported JSON document in a Web Worker (readDocument.worker.ts), so that reading and
 * validating a big file never freezes the page: for 10,000 steps that is about 200 ms of main-thread
 * work otherwise, and the page then only receives the document (a structured clone). One worker,
 * started on the first import and kept; where workers are unavailable (unit tests) or the worker
 * fails, the document is read on the main thread, with the same result (workerCaller.ts).
 */
import type { ImportResult } from '../io/jsonImport';
import type { Orchestration } from '../model/types';
import type { ReadRequest, ReadResponse } from './readMessages';
import { readOrchestration } from './readOrchestration';
import { workerCaller } from './workerCaller';

type Result = ImportResult<Orchestration>;

const readInWorker = workerCaller<Omit<ReadRequest, 'id'>, ReadResponse, Result>(
  () => new Worker(new URL('./readDocument.worker.ts', import.meta.url), { type: 'module' }),
  (response) => response.result,
);

/** `readOrchestration(text)`, computed off the main thread when a worker can be used. */
export async function readOffThread(text: string): Promise<Result> {
  return (await readInWorker({ text })) ?? readOrchestration(text);
}
