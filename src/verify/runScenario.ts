/**
 * One run of a design under a scenario, with what a test needs beyond the trace: the final values
 * of variables and record fields (a step's outputs change variables without a trace event) and
 * the records of the simulated org.
 */
import type { FieldValue } from '../flows/org/simulatedOrg';
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
  /** The design's steps by name → their stage (a step of a stage that never started is not in the trace). */
  stageOfStep: ReadonlyMap<string, string>;
}

/**
 * The org the run ends with: the scenario's records (`records`, and `record` — the triggering
 * record — under the trigger's object) as the run's project flows left them (issue 13).
 */
function finalRecords(simulation: Simulation): OrgRecords {
  return simulation.records();
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
  const stageOfStep = new Map(doc.stages.flatMap((stage) => stage.steps.map((step) => [step.name, stage.name] as const)));
  return { trace: simulation.trace(), variables: simulation.state().variables, records: finalRecords(simulation), stageOfStep };
}
