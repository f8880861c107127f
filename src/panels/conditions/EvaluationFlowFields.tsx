/** An evaluation-flow condition: the active evaluation flow and the mapping of its inputs. */
import { FlowPicker } from '../org/FlowPicker';
import { useFlowDetails } from '../../org/useFlowDetails';
import type { Edit } from '../fields/edit';
import type { ProblemIndex } from '../../store/problems';
import { InputMappingFields } from './InputMappingFields';
import { droppedForFlow, droppedNotice, keptForFlow } from '../../model/keptForFlow';
import { useAppStore } from '../../store/appStore';

import type { StartCondition } from '../../model/types';

/** The evaluation-flow shape shared by start, exit and completion conditions. */
export type EvaluationFlowValue = Extract<StartCondition, { mode: 'evaluationFlow' }>;

export interface EvaluationFlowFieldsProps {
  value: EvaluationFlowValue;
  onChange: Edit<EvaluationFlowValue>;
  path: string;
  problems: ProblemIndex;
}

export function EvaluationFlowFields({ value, onChange, path, problems }: EvaluationFlowFieldsProps) {
  const flow = useFlowDetails(value.flow, 'evaluation');
  // another flow keeps the inputs it also declares (keptForFlow.ts); read from the store, where a
  // flow just made or linked has joined the catalog inside the gesture that picks it. The inputs
  // that go are named in a notice that offers Undo, as a step's flow does (docs/editor.md,
  // "Choosing another flow").
  const chooseFlow = (name: string, gesture?: Parameters<Edit<EvaluationFlowValue>>[1]) => {
    const chosen = (useAppStore.getState().doc.flows ?? []).find((f) => f.name === name);
    onChange({ ...value, flow: name, inputs: keptForFlow(value.inputs, chosen?.inputs) ?? {} }, gesture);
    const notice = name === value.flow ? null : droppedNotice(name ? (chosen?.label ?? name) : null, droppedForFlow(value.inputs, chosen?.inputs), []);
    if (notice) useAppStore.getState().notify('info', notice, undefined, true);
  };
  return (
    <div className="space-y-2 rounded border border-brand-100 bg-brand-50/60 p-2">
      {/* keyed by the element's place, which a rename keeps: another element's picker opens closed, and the
          editor left open here saves what was typed in it (useKeepDraftOnLeave.ts) */}
      <FlowPicker
        key={path}
        label="Evaluation flow"
        type="evaluation"
        activeOnly
        value={value.flow}
        errors={problems.at(`${path}.flow`)}
        problemPath={`${path}.flow`}
        hint="Checked on every evaluation of the stage; returns isOrchestrationConditionMet."
        onChange={(name) => chooseFlow(name)}
        onCreate={(name, gesture) => chooseFlow(name, gesture)}
      />
      {flow && (
        <InputMappingFields
          title="Evaluation flow inputs"
          inputs={flow.inputs ?? []}
          parameters={flow.parameters}
          value={value.inputs}
          path={`${path}.inputs`}
          problems={problems}
          onChange={(inputs, gesture) => onChange({ ...value, inputs }, gesture)}
        />
      )}
    </div>
  );
}
