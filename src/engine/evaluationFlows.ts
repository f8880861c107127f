/**
 * Evaluation flows (R22): the simulated `isOrchestrationConditionMet` is the scenario's result for
 * the flow, else the flow's fixed `result`, else its `condition` evaluated now with the flow's own
 * input names bound through the caller's `inputs` mapping. A missing or inactive flow, or one with
 * neither result nor condition, returns false (chosen: the output starts false). A flow read from a
 * project (`definition`) runs its own elements instead of `result`/`condition` (issue 13), unless it
 * stops on something the simulator does not run: then its stand-in answers.
 */
import type { Flow, TraceFlowRun } from '../model/types';
import { runEvaluationFlow, type ConditionCaller } from './flowRuns/evaluationFlow';
import { explainList, listHolds, type RowResult } from './requirements';
import { readInput, type Bindings } from './resolve';
import { NULL_VALUE, type TypedValue } from './values';
import type { RunView } from './view';
import { inputText, type InputValues } from '../model/inputValue';

export type VerdictSource = 'scenario' | 'flow' | 'result' | 'condition' | 'missing' | 'inactive' | 'empty';

export interface FlowVerdict {
  readonly holds: boolean;
  readonly source: VerdictSource;
  readonly rows: RowResult[];
  readonly logicError: string | null;
  /** The project flow's run, when it ran its own elements (it may have stopped: see `standIn`). */
  readonly run?: TraceFlowRun;
}

/** The flow's inputs bound from the caller's mapping; unmapped inputs are null. */
export function bindInputs(view: RunView, flow: Flow, inputs: InputValues | undefined): Bindings {
  const bindings = new Map<string, TypedValue>();
  for (const name of flow.inputs ?? []) {
    const source = inputs && Object.prototype.hasOwnProperty.call(inputs, name) ? inputs[name] : undefined;
    bindings.set(name, source === undefined ? NULL_VALUE : readInput(view, inputText(source)));
  }
  return bindings;
}

function verdict(view: RunView, flowName: string, inputs: InputValues | undefined, explain: boolean, caller?: ConditionCaller): FlowVerdict {
  const override = view.evaluationOverride(flowName);
  if (override !== undefined) return { holds: override, source: 'scenario', rows: [], logicError: null };
  const flow = view.model.flows.get(flowName);
  if (!flow) return { holds: false, source: 'missing', rows: [], logicError: null };
  if (flow.active === false) return { holds: false, source: 'inactive', rows: [], logicError: null };
  const project = view.definitions.get(flowName);
  let run: TraceFlowRun | undefined;
  if (project) {
    const ran = runEvaluationFlow(view, project, inputs, caller);
    if (ran.holds !== null) return { holds: ran.holds, source: 'flow', rows: [], logicError: null, run: ran.entry };
    run = ran.entry;
  }
  const standIn = standInVerdict(view, flow, inputs, explain);
  return run ? { ...standIn, run } : standIn;
}

/** The catalog's stand-in answer: `result`, else `condition` (R22). */
function standInVerdict(view: RunView, flow: Flow, inputs: InputValues | undefined, explain: boolean): FlowVerdict {
  if (flow.result !== undefined) return { holds: flow.result, source: 'result', rows: [], logicError: null };
  if (!flow.condition) return { holds: false, source: 'empty', rows: [], logicError: null };
  const bindings = bindInputs(view, flow, inputs);
  if (!explain) return { holds: listHolds(view, flow.condition, bindings), source: 'condition', rows: [], logicError: null };
  const e = explainList(view, flow.condition, bindings);
  return { holds: e.holds, source: 'condition', rows: e.rows, logicError: e.logicError };
}

/** True when the evaluation flow's condition is met now (R22). */
export function evaluationFlowHolds(view: RunView, flowName: string, inputs?: InputValues, caller?: ConditionCaller): boolean {
  return verdict(view, flowName, inputs, false, caller).holds;
}

/** The flow's result now with the rows behind it (for explanations). */
export function explainEvaluationFlow(view: RunView, flowName: string, inputs?: InputValues): FlowVerdict {
  return verdict(view, flowName, inputs, true);
}
