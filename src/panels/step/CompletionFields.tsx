/** "When to Complete the Step" of an interactive step (R23). */
import { useRef } from 'react';
import type { CompletionCondition, Orchestration } from '../../model/types';
import { EvaluationFlowFields } from '../conditions/EvaluationFlowFields';
import { newEvaluationFlowCondition, newRequirementsCondition } from '../conditions/conditionDefaults';
import type { Edit } from '../fields/edit';
import { SelectField } from '../../ui/fields/SelectField';
import type { ProblemIndex } from '../../store/problems';
import { RequirementEditor } from '../requirements/RequirementEditor';
import { revealChosenRequirements } from '../requirements/revealChosenRequirements';

export interface CompletionFieldsProps {
  doc: Orchestration;
  complete: CompletionCondition | undefined;
  onChange: Edit<CompletionCondition>;
  /** JSON path of the step. */
  path: string;
  problems: ProblemIndex;
}

const MODES = [
  { value: 'screenFlowFinished', label: 'When the screen flow is finished' },
  { value: 'requirements', label: 'When the specified requirements are met' },
  { value: 'evaluationFlow', label: 'When the specified evaluation flow returns True' },
];

export function CompletionFields({ doc, complete, onChange, path, problems }: CompletionFieldsProps) {
  const value: CompletionCondition = complete ?? { mode: 'screenFlowFinished' };
  const at = `${path}.complete`;
  const partRef = useRef<HTMLDivElement>(null);
  const switchMode = (mode: string) => {
    if (mode === value.mode) return;
    if (mode === 'screenFlowFinished') onChange({ mode: 'screenFlowFinished' });
    if (mode === 'requirements') {
      onChange(newRequirementsCondition());
      revealChosenRequirements(partRef.current);
    }
    if (mode === 'evaluationFlow') onChange(newEvaluationFlowCondition(doc));
  };
  return (
    <div ref={partRef} className="space-y-2">
      <SelectField
        label="When to complete"
        value={value.mode}
        options={MODES}
        onChange={switchMode}
        errors={problems.at(at)}
        problemPath={at}
        hint={value.mode !== 'screenFlowFinished' ? 'The step completes only when this holds, whether or not the work item is closed.' : undefined}
      />
      {value.mode === 'requirements' && (
        <RequirementEditor
          title="Requirements to complete the step"
          value={value}
          path={at}
          problems={problems}
          onChange={(list, gesture) => onChange({ ...value, ...list, mode: 'requirements' }, gesture)}
        />
      )}
      {value.mode === 'evaluationFlow' && <EvaluationFlowFields value={value} path={at} problems={problems} onChange={(v, gesture) => onChange(v, gesture)} />}
    </div>
  );
}
