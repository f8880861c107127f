/**
 * Reads an imported JSON document in a Web Worker (readDocument.worker.ts), so that reading and
 * validating a big file never freezes the page: for 10,000 steps that is about 200 ms of main-thread
 * work otherwise, and the page then only receives the document (a structured clone). One worker,
 * started on the first import and kept; where workers are unavailable (unit tests) or the worker
 * fails, the document is read on the main thread, with the same result.
 */
import type { ImportResult } from '../io/jsonImport';
import type { Orchestration } from '../model/types';
import type { ReadRequest, ReadResponse } from './readMessages';
import { readOrchestration } from './readOrchestration';

type Result = ImportResult<Orchestration>;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (result: Result | null) => void>();

function readingWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  if (!worker) {
    try {
      worker = new Worker(new URL('./readDocument.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return null;
    }
    worker.onmessage = (e: MessageEvent<ReadResponse>) => {
      const answer = pending.get(e.data.id);
      pending.delete(e.data.id);
      answer?.(e.data.result);
    };
    worker.onerror = () => {
      // every waiting read falls back to the main thread; the next import starts a new worker
      for (const answer of pending.values()) answer(null);
      pending.clear();
      worker = null;
    };
  }
  return worker;
}

/** `readOrchestration(text)`, computed off the main thread when a worker can be used. */
export async function readOffThread(text: string): Promise<Result> {
  const w = readingWorker();
  if (!w) return readOrchestration(text);
  const id = nextId++;
  const result = await new Promise<Result | null>((resolve) => {
    pending.set(id, resolve);
    w.postMessage({ id, text } satisfies ReadRequest);
  });
  return result ?? readOrchestration(text);
}
