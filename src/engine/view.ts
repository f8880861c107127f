/** What conditions, run-as rules and explanations may read of a run, without changing it. */
import type { SimulatedOrg } from '../flows/org/simulatedOrg';
import type { TraceFlowRun } from '../model/types';
import type { DocIndex } from './docIndex';
import type { FlowDefinitions } from './flowRuns/definitions';
import type { ScenarioView } from './scenarioView';
import type { StageRun, StepRun } from './state';
import type { VariableStore } from './variables';

export interface RunView {
  readonly model: DocIndex;
  readonly vars: VariableStore;
  readonly scenario: ScenarioView;
  /** The current virtual time (ms since the run started). */
  readonly now: number;
  /** The records of the simulated org (`$Record` is one of them). */
  readonly org: SimulatedOrg;
  /** The orchestration's current identity (`$User` in its conditions). */
  readonly user: string;
  /** The run of a step whose stage has started at least once. */
  stepRun(name: string): StepRun | undefined;
  /** The run of a stage that has started at least once. */
  stageRun(name: string): StageRun | undefined;
  /** A scenario's fixed result for an evaluation flow (R22), if it gives one. */
  evaluationOverride(flow: string): boolean | undefined;
  /** The catalog flows that carry their own elements (issue 13: run by the interpreter). */
  readonly definitions: FlowDefinitions;
  /**
   * Keeps an evaluation flow's run for the trace; `caller` names the condition, so that a run
   * identical to the previous one of the same condition is not repeated.
   */
  recordEvaluationRun(caller: string, entry: TraceFlowRun): void;
}
