/**
 * Public API of the simulation engine (SEMANTICS.md, FORMAT.md §4): `simulate` runs a whole
 * orchestration; `createSimulation` gives the UI an incremental run on the same implementation.
 */
import type { Orchestration, Scenario, Trace } from '../model/types';
import { runToEnd } from './simulation';

export { createSimulation } from './simulation';
export type { Intervention, Simulation, SimulationState } from './simulation';
export type { Identity } from './runAs';

/** Runs a whole orchestration on the virtual clock and returns its trace (FORMAT.md §4). */
export function simulate(doc: Orchestration, scenario?: Scenario): Trace {
  return runToEnd(doc, scenario);
}
