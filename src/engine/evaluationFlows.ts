/**
 * Evaluation flows (R22): the simulated `isOrchestrationConditionMet` is the scenario's result for
 * the flow, else the flow's fixed `result`, else its `condition` evaluated now with the flow's own
 * input names bound through the caller's `inputs` mapping. A missing or inactive flow, or one with
 * neither result nor condition, returns false (chosen: the output starts false).
 */
import type { Flow } from '../model/types';
import { explainList, listHolds, type RowResult } from './requirements';
import { readInput, type Bindings } from './resolve';
import { NULL_VALUE, type TypedValue } from './values';
import type { RunView } from './view';

export type VerdictSource = 'scenario' | 'result' | 'condition' | 'missing' | 'inactive' | 'empty';

export interface FlowVerdict {
  readonly holds: boolean;
  readonly source: VerdictSource;
  readonly rows: RowResult[];
  readonly logicError: string | null;
}

/** The flow's inputs bound from the caller's mapping; unmapped inputs are null. */
export function bindInputs(view: RunView, flow: Flow, inputs: Readonly<Record<string, string>> | undefined): Bindings {
  const bindings = new Map<string, TypedValue>();
  for (const name of flow.inputs ?? []) {
    const source = inputs && Object.prototype.hasOwnProperty.call(inputs, name) ? inputs[name] : undefined;
    bindings.set(name, source === undefined ? NULL_VALUE : readInput(view, source));
  }
  return bindings;
}

function verdict(view: RunView, flowName: string, inputs: Readonly<Record<string, string>> | undefined, explain: boolean): FlowVerdict {
  const override = view.evaluationOverride(flowName);
  if (override !== undefined) return { holds: override, source: 'scenario', rows: [], logicError: null };
  const flow = view.model.flows.get(flowName);
  if (!flow) return { holds: false, source: 'missing', rows: [], logicError: null };
  if (flow.active === false) return { holds: false, source: 'inactive', rows: [], logicError: null };
  if (flow.result !== undefined) return { holds: flow.result, source: 'result', rows: [], logicError: null };
  if (!flow.condition) return { holds: false, source: 'empty', rows: [], logicError: null };
  const bindings = bindInputs(view, flow, inputs);
  if (!explain) return { holds: listHolds(view, flow.condition, bindings), source: 'condition', rows: [], logicError: null };
  const e = explainList(view, flow.condition, bindings);
  return { holds: e.holds, source: 'condition', rows: e.rows, logicError: e.logicError };
}

/** True when the evaluation flow's condition is met now (R22). */
export function evaluationFlowHolds(view: RunView, flowName: string, inputs?: Readonly<Record<string, string>>): boolean {
  return verdict(view, flowName, inputs, false).holds;
}

/** The flow's result now with the rows behind it (for explanations). */
export function explainEvaluationFlow(view: RunView, flowName: string, inputs?: Readonly<Record<string, string>>): FlowVerdict {
  return verdict(view, flowName, inputs, true);
}
