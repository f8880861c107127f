/**
 * "Select When to Start the Step": the stage starts; another step of the same stage is completed
 * (the canvas draws this as the predecessor edge); requirements are met; an evaluation flow
 * returns True.
 */
import { useId, useMemo, useRef } from 'react';
import type { Orchestration, Stage, StartCondition, Step } from '../../model/types';
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

export interface StartConditionFieldsProps {
  doc: Orchestration;
  stage: Stage;
  step: Step;
  onChange: Edit<StartCondition>;
  /** JSON path of the step. */
  path: string;
  problems: ProblemIndex;
}

const MODES = [
  { value: 'stageStarts', label: 'When the stage starts' },
  { value: 'stepCompleted', label: 'When another step is completed' },
  { value: 'requirements', label: 'When the specified requirements are met' },
  { value: 'evaluationFlow', label: 'When the specified evaluation flow returns True' },
] as const;

export function StartConditionFields({ doc, stage, step, onChange, path, problems }: StartConditionFieldsProps) {
  const start: StartCondition = step.start ?? { mode: 'stageStarts' };
  const others = stage.steps.filter((s) => s.name !== step.name);
  const startPath = `${path}.start`;
  const waitedId = useId();
  const consequencesId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const consequences = problems.consequencesAt(startPath);
  const waited = start.mode === 'stepCompleted' ? others.find((s) => s.name === start.step) : undefined;
  // when its start is checked the step is Not Started and its stage In Progress, so a row reading
  // either is fixed (Orchestration Builder does not offer them either; docs/editor.md, chosen)
  const fixedStatuses = useMemo(() => [`${step.name}.Status`, `${stage.name}.Status`], [step.name, stage.name]);

  const switchMode = (mode: string) => {
    if (mode === start.mode) return;
    if (mode === 'stageStarts') onChange({ mode: 'stageStarts' });
    if (mode === 'stepCompleted') onChange({ mode: 'stepCompleted', step: others[0]?.name ?? '' });
    if (mode === 'requirements') {
      onChange(newRequirementsCondition());
      revealChosenRequirements(sectionRef.current);
    }
    if (mode === 'evaluationFlow') onChange(newEvaluationFlowCondition(doc));
    // the rows or flow that went are named, with Undo offered: they went unseen (docs/editor.md)
    const notice = droppedStartNotice(doc, step.name, start);
    if (notice) useAppStore.getState().notify('info', notice, undefined, true);
  };

  return (
    <section ref={sectionRef} className={sectionClass}>
      <h3 className={sectionTitleClass}>
        Select When to Start the Step
      </h3>
      <SelectField
        label="When to start"
        value={start.mode}
        options={MODES}
        onChange={switchMode}
        errors={problems.at(startPath)}
        problemPath={startPath}
        hint={start.mode === 'stepCompleted' ? 'The canvas shows this as an arrow from the other step.' : undefined}
        describedBy={consequences.length > 0 ? consequencesId : undefined}
      />
      <ConsequenceNotes doc={doc} consequences={consequences} id={consequencesId} />
      {start.mode === 'stepCompleted' && (
        <SelectField
          label="Step to wait for"
          value={start.step}
          placeholder="Choose a step of this stage…"
          options={others.map((s) => ({ value: s.name, label: s.name === start.step ? s.label ?? s.name : `${s.label ?? s.name} (${s.name})` }))}
          errors={problems.at(`${startPath}.step`)}
          problemPath={`${startPath}.step`}
          hint={others.length === 0 ? 'This stage has no other step yet.' : undefined}
          onChange={(name) => onChange({ mode: 'stepCompleted', step: name })}
          describedBy={waited ? waitedId : undefined}
        >
          {/* the chosen step by its label alone, its API name beside, as the Flow picker shows its flow: at
              1280×800 the closed control cut "Phone Screen Scheduled (Phone_Screen_Scheduled)" inside the name */}
          {waited && <p id={waitedId} className="text-xs text-ink-600">API name <span className="font-mono">{waited.name}</span></p>}
        </SelectField>
      )}
      {start.mode === 'requirements' && (
        <RequirementEditor
          title="Requirements to start the step"
          value={start}
          path={startPath}
          problems={problems}
          notOffered={fixedStatuses}
          onChange={(list, gesture) => onChange({ ...start, ...list, mode: 'requirements' }, gesture)}
        />
      )}
      {start.mode === 'evaluationFlow' && (
        <EvaluationFlowFields value={start} path={startPath} problems={problems} onChange={(v, gesture) => onChange(v, gesture)} />
      )}
    </section>
  );
}
