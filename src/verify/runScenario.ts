/**
 * One run of a design under a scenario, with what a test needs beyond the trace: the final values
 * of variables and record fields (a step's outputs change variables without a trace event) and
 * the records of the simulated org.
 */
import { SimulatedOrg, type FieldValue } from '../flows/org/simulatedOrg';
import { createSimulation, type Simulation } from '../engine/index';
import type { Orchestration, Scenario, Trace } from '../model/types';

/** The records of the simulated org by object, as plain data. */
export type OrgRecords = Readonly<Record<string, readonly Readonly<Record<string, FieldValue>>[]>>;

/** What a run ended with. */
export interface RunOutcome {
  trace: Trace;
  /** Every variable's final value (Record variables as field maps). */
  variables: Readonly<Record<string, unknown>>;
  /** The simulated org's records at the end of the run. */
  records: OrgRecords;
}

/**
 * The org the run ends with. The engine does not own a simulated org yet, so nothing in a run
 * changes records: the final org is the one the scenario describes (`records`, and `record` — the
 * triggering record — under the trigger's object). When the engine keeps an org (project flows
 * that create and update records), read it from the simulation here.
 */
function finalRecords(_simulation: Simulation, doc: Orchestration, scenario: Scenario | undefined): OrgRecords {
  const org = SimulatedOrg.from(scenario?.records);
  if (scenario?.record && doc.trigger?.type === 'recordTriggered' && doc.trigger.object) org.insert(doc.trigger.object, scenario.record);
  return org.toJSON();
}

/**
 * Runs `doc` under `scenario` to its end (completed, errored, canceled, stalled or stopped by a
 * limit). Deterministic: the same inputs give the same outcome.
 */
export function runScenario(doc: Orchestration, scenario?: Scenario): RunOutcome {
  const simulation = createSimulation(doc, scenario);
  simulation.start();
  while (simulation.step()) {
    // each step processes one virtual instant
  }
  return { trace: simulation.trace(), variables: simulation.state().variables, records: finalRecords(simulation, doc, scenario) };
}
