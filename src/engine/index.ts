/**
 * Public API of the simulation engine (SEMANTICS.md). Placeholder until the engine lands:
 * `simulate` reports that running is not available yet.
 */
import type { Orchestration, Scenario, Trace } from '../model/types';

export class EngineNotAvailableError extends Error {}

/** Runs a whole orchestration on the virtual clock and returns its trace (FORMAT.md §4). */
export function simulate(_doc: Orchestration, _scenario?: Scenario): Trace {
  throw new EngineNotAvailableError('the simulation engine is not available in this version');
}
