/** "Set Exit Condition" of a stage (R5): all steps completed, requirements, or an evaluation flow. */
import { useId, useRef } from 'react';
import type { ExitCondition, Orchestration } from '../../model/types';
import { EvaluationFlowFields } from '../conditions/EvaluationFlowFields';
import { newEvaluationFlowCondition, newRequirementsCondition } from '../conditions/conditionDefaults';
import type { Edit } from '../fields/edit';
import { SelectField } from '../../ui/fields/SelectField';
import { sectionClass, sectionTitleClass } from '../../ui/fields/styles';
import type { ProblemIndex } from '../../store/problems';
import { RequirementEditor } from '../requirements/RequirementEditor';
import { revealChosenRequirements } from '../requirements/revealChosenRequirements';
import { droppedStartNotice } from '../../actions/replacedStartNotice';
import { useAppStore } from '../../store/appStore';
import { ConsequenceNotes } from '../problems/ConsequenceNotes';

export interface ExitConditionFieldsProps {
  doc: Orchestration;
  /** The stage's API name. */
  stage: string;
  exit: ExitCondition | undefined;
  onChange: Edit<ExitCondition>;
  /** JSON path of the stage. */
  path: string;
  problems: ProblemIndex;
}

const MODES = [
  { value: 'allStepsCompleted', label: 'When all steps are completed' },
  { value: 'requirements', label: 'When the specified requirements are met' },
  { value: 'evaluationFlow', label: 'When the specified evaluation flow returns True' },
];

export function ExitConditionFields({ doc, stage, exit, onChange, path, problems }: ExitConditionFieldsProps) {
  const value: ExitCondition = exit ?? { mode: 'allStepsCompleted' };
  const at = `${path}.exit`;
  const consequencesId = useId();
  const consequences = problems.consequencesAt(at);
  const sectionRef = useRef<HTMLElement>(null);
  const switchMode = (mode: string) => {
    if (mode === value.mode) return;
    if (mode === 'allStepsCompleted') onChange({ mode: 'allStepsCompleted' });
    if (mode === 'requirements') {
      onChange(newRequirementsCondition());
      revealChosenRequirements(sectionRef.current);
    }
    if (mode === 'evaluationFlow') onChange(newEvaluationFlowCondition(doc));
    // the rows or flow that went are named, with Undo offered, as for a step's start (docs/editor.md)
    const notice = droppedStartNotice(doc, stage, value, 'completes');
    if (notice) useAppStore.getState().notify('info', notice, undefined, true);
  };
  return (
    <section ref={sectionRef} className={sectionClass}>
      <h3 className={sectionTitleClass}>
        Set Exit Condition
      </h3>
      <SelectField
        label="When to complete the stage"
        value={value.mode}
        options={MODES}
        onChange={switchMode}
        errors={problems.at(at)}
        problemPath={at}
        hint={value.mode !== 'allStepsCompleted' ? 'Steps still in progress when the stage completes are discontinued.' : undefined}
        describedBy={consequences.length > 0 ? consequencesId : undefined}
      />
      <ConsequenceNotes doc={doc} consequences={consequences} id={consequencesId} />
      {value.mode === 'requirements' && (
        <RequirementEditor
          title="Requirements to complete the stage"
          value={value}
          path={at}
          problems={problems}
          onChange={(list, gesture) => onChange({ ...value, ...list, mode: 'requirements' }, gesture)}
        />
      )}
      {value.mode === 'evaluationFlow' && <EvaluationFlowFields value={value} path={at} problems={problems} onChange={(v, g) => onChange(v, g)} />}
    </section>
  );
}
