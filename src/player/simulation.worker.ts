/// <reference lib="webworker" />
/**
 * Runs the engine off the main thread so that a large run never freezes the page. Receives
 * `{ id, doc, scenario }`, answers `{ id, trace }`; or `{ id, kind: 'why', …, index, element }`,
 * answers `{ id, why }` (a step's start condition or a stage's exit condition at that moment);
 * `{ id, error }` on failure.
 */
import { simulate } from '../engine';
import { explainAt } from '../engine/whyAt';
import type { SimulationRequest, SimulationResponse } from './simulationMessages';

self.onmessage = (e: MessageEvent<SimulationRequest>) => {
  const request = e.data;
  const { id, doc, scenario } = request;
  let response: SimulationResponse;
  try {
    response = request.kind === 'why'
      ? { id, why: explainAt(doc, scenario ?? undefined, request.index, request.element) }
      : { id, trace: simulate(doc, scenario ?? undefined) };
  } catch (err) {
    response = { id, error: err instanceof Error ? err.message : String(err) };
  }
  (self as unknown as Worker).postMessage(response);
};
