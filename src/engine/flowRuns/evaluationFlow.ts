/**
 * An evaluation flow read from a project run through its own elements (issue 13, R22): its inputs
 * bound through the caller's mapping, run as the orchestration's current identity; its
 * `isOrchestrationConditionMet` output decides. It only reads: whatever it would change in the org
 * is dropped. A run that faults answers false (Salesforce treats a failed evaluation as not met);
 * one that stops on something the simulator does not run (or waits) gives way to the flow's
 * stand-in (`result`, `condition`) and says so in the trace.
 */
import { runFlow, type FlowRun } from '../../flows/interpreter';
import type { TraceFlowRun } from '../../model/types';
import type { RunView } from '../view';
import type { ProjectFlow } from './definitions';
import { flowOptions } from './stepFlow';
import { traceEntry } from './traceEntry';
import type { InputValues } from '../../model/inputValue';
import { flowInputs } from './flowInputs';

/** The output an evaluation flow answers with. */
export const CONDITION_OUTPUT = 'isOrchestrationConditionMet';

/** Which condition an evaluation flow decides (for the trace). */
export interface ConditionCaller {
  readonly stage: string;
  readonly step?: string;
  readonly purpose: 'start' | 'exit' | 'completion';
}

/** An evaluation flow's answer from its own run; `holds` null when the stand-in must answer. */
export interface EvaluationRun {
  readonly holds: boolean | null;
  readonly entry: TraceFlowRun;
}

function conditionMet(run: FlowRun): boolean {
  const key = Object.keys(run.outputs).find((k) => k.toLowerCase() === CONDITION_OUTPUT.toLowerCase());
  return key !== undefined && run.outputs[key] === true;
}

/** Runs the evaluation flow now; records the run when `caller` is given (a pass checking it, not an explanation). */
export function runEvaluationFlow(view: RunView, flow: ProjectFlow, inputs: InputValues | undefined, caller: ConditionCaller | undefined): EvaluationRun {
  const given = flowInputs(view, inputs, flow);
  const options = flowOptions({ org: view.org, now: view.now, scenario: view.scenario, definitions: view.definitions }, flow, { user: view.user });
  // its why says what its last decision compared (traceEntry.ts lastDecision)
  const { run } = runFlow(flow.definition, { ...options, inputs: given, explainDecisions: true });
  const standIn = run.status === 'unsupported' || run.status === 'waiting';
  const holds = standIn ? null : run.status === 'completed' && conditionMet(run);
  const place = { t: view.now, stage: caller?.stage ?? '', purpose: caller?.purpose ?? 'start', ...(caller?.step !== undefined ? { step: caller.step } : {}) } as const;
  const entry = traceEntry(run, place, { standIn, ...(holds !== null ? { result: holds } : {}) });
  if (caller) view.recordEvaluationRun(`${caller.stage}/${caller.step ?? ''}/${caller.purpose}`, entry);
  return { holds, entry };
}
