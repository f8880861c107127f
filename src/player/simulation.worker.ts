/// <reference lib="webworker" />
/**
 * Runs the engine off the main thread so that a large run never freezes the page. Receives
 * `{ id, doc, scenario }`, answers `{ id, trace }`; or `{ id, kind: 'why', …, index, element }`,
 * answers `{ id, why }` (a step's start condition or a stage's exit condition at that moment); or
 * `{ id, kind: 'outcome', doc, scenario }`, answers `{ id, outcome }` (verify/runScenario: a test's run);
 * `{ id, error }` on failure.
 */
import { simulate } from '../engine';
import { explainAt } from '../engine/whyAt';
import { runScenario } from '../verify/runScenario';
import type { SimulationRequest, SimulationResponse } from './simulationMessages';

self.onmessage = (e: MessageEvent<SimulationRequest>) => {
  const request = e.data;
  const { id, doc, scenario } = request;
  let response: SimulationResponse;
  try {
    if (request.kind === 'why') response = { id, why: explainAt(doc, scenario ?? undefined, request.index, request.element) };
    else if (request.kind === 'outcome') response = { id, outcome: runScenario(doc, scenario ?? undefined) };
    else response = { id, trace: simulate(doc, scenario ?? undefined) };
  } catch (err) {
    response = { id, error: err instanceof Error ? err.message : String(err) };
  }
  (self as unknown as Worker).postMessage(response);
};
