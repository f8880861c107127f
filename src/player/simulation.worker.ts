/// <reference lib="webworker" />
/**
 * Runs the engine off the main thread so that a large run never freezes the page. Receives
 * `{ id, doc, scenario }`, answers `{ id, trace }` or `{ id, error }`.
 */
import { simulate } from '../engine';
import type { SimulationRequest, SimulationResponse } from './simulationMessages';

self.onmessage = (e: MessageEvent<SimulationRequest>) => {
  const { id, doc, scenario } = e.data;
  let response: SimulationResponse;
  try {
    response = { id, trace: simulate(doc, scenario ?? undefined) };
  } catch (err) {
    response = { id, error: err instanceof Error ? err.message : String(err) };
  }
  (self as unknown as Worker).postMessage(response);
};
