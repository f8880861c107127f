/// <reference lib="webworker" />
/**
 * Reads an imported orchestration off the main thread (readOffThread.ts): safe parse, structure
 * and rules, exactly `readOrchestration`. Receives `{ id, text }`, answers `{ id, result }`.
 */
import { readOrchestration } from './readOrchestration';
import type { ReadRequest, ReadResponse } from './readMessages';

self.onmessage = (e: MessageEvent<ReadRequest>) => {
  const { id, text } = e.data;
  const response: ReadResponse = { id, result: readOrchestration(text) };
  (self as unknown as Worker).postMessage(response);
};
