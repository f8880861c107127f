/** Properties of one step: names, kind, flow, when to start, run-as or assignee and completion. */
import { locateElement } from '../../commands/elementLocator';
import { updateStep, type StepChanges } from '../../commands/updateStep';
import { ApiNameField } from '../fields/ApiNameField';
import { commandEdit } from '../fields/edit';
import { LabelField } from '../fields/LabelField';
import { SelectField } from '../../ui/fields/SelectField';
import { sectionClass, sectionTitleClass } from '../../ui/fields/styles';
import { ProblemSummary } from '../problems/ProblemSummary';
import { useProblems } from '../../store/useProblems';
import { useFollowRename } from '../useFollowRename';
import { AssigneeFields } from './AssigneeFields';
import { CompletionFields } from './CompletionFields';
import { kindChange, kindChangeNotice } from './kindChange';
import { RunAsFields } from './RunAsFields';
import { StartConditionFields } from './StartConditionFields';
import { StepFlowFields } from './StepFlowFields';
import { useAppStore } from '../../store/appStore';
import { selectDoc } from '../../store/selectors';
import type { Step } from '../../model/types';

/** Step properties whose problems a field of this form shows. */
const SHOWN = ['label', 'name', 'flow', 'start', 'runAs', 'assignee', 'complete', 'inputs', 'outputs'];

const KINDS = [
  { value: 'background', label: 'Background step' },
  { value: 'interactive', label: 'Interactive step' },
];

export function StepForm({ name }: { name: string }) {
  const doc = useAppStore(selectDoc);
  const problems = useProblems();
  const followRename = useFollowRename();
  const at = locateElement(doc, name);
  if (!at || at.kind !== 'step') return null;
  const { step, stage, path } = at;
  const edit = commandEdit(updateStep, (changes: StepChanges) => ({ name, changes }));
  const flow = (doc.flows ?? []).find((f) => f.name === step.flow);
  // what went with the old kind is named, with Undo (kindChangeNotice)
  const changeKind = (kind: Step['kind']) => {
    const changes = kindChange(doc, kind);
    edit(changes);
    const notice = kindChangeNotice(doc, step, changes);
    if (notice) useAppStore.getState().notify('info', notice, undefined, true);
  };
  return (
    <div className="space-y-3">
      <p className="text-xs text-ink-600">
        {step.kind === 'background' ? 'Background step' : 'Interactive step'} in stage <strong>{stage.label ?? stage.name}</strong>
      </p>
      <ProblemSummary problems={problems.under(path)} shownUnder={SHOWN.map((f) => `${path}.${f}`)} />
      <LabelField
        name={name}
        label={step.label}
        command={updateStep}
        params={(label) => ({ name, changes: { label } })}
        errors={problems.at(`${path}.label`)}
        problemPath={`${path}.label`}
        onRenamed={(to) => followRename(name, to)}
      />
      <ApiNameField name={name} errors={problems.at(`${path}.name`)} problemPath={`${path}.name`} onRenamed={(to) => followRename(name, to)} />
      <SelectField label="Step type" value={step.kind} options={KINDS} onChange={(k) => changeKind(k as Step['kind'])} />
      <StepFlowFields doc={doc} step={step} onChange={edit} path={path} problems={problems} />
      <StartConditionFields doc={doc} stage={stage} step={step} path={path} problems={problems} onChange={(start, g) => edit({ start }, g)} />
      {step.kind === 'background' ? (
        <RunAsFields doc={doc} steps={[step]} flow={flow} errors={problems.under(`${path}.runAs`).map((p) => p.message)} problemPath={`${path}.runAs`} onChange={(runAs) => edit({ runAs })} />
      ) : (
        <section className={sectionClass} aria-labelledby="assignment-title">
          <h3 id="assignment-title" className={sectionTitleClass}>
            Assignment and completion
          </h3>
          <AssigneeFields doc={doc} assignee={step.assignee} path={path} problems={problems} onChange={(assignee, g) => edit({ assignee }, g)} />
          <CompletionFields doc={doc} complete={step.complete} path={path} problems={problems} onChange={(complete, g) => edit({ complete }, g)} />
        </section>
      )}
    </div>
  );
}
