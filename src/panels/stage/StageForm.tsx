/** Properties of a stage: names, exit condition, next element and fault path. */
import { locateElement } from '../../commands/elementLocator';
import { updateStage, type StageChanges } from '../../commands/updateStage';
import { TargetPicker } from '../conditions/TargetPicker';
import { ApiNameField } from '../fields/ApiNameField';
import { commandEdit } from '../fields/edit';
import { LabelField } from '../fields/LabelField';
import { sectionClass, sectionTitleClass } from '../../ui/fields/styles';
import { ProblemSummary } from '../problems/ProblemSummary';
import { useProblems } from '../../store/useProblems';
import { useFollowRename } from '../useFollowRename';
import { ExitConditionFields } from './ExitConditionFields';
import { useAppStore } from '../../store/appStore';
import { selectDoc } from '../../store/selectors';

export function StageForm({ name }: { name: string }) {
  const doc = useAppStore(selectDoc);
  const problems = useProblems();
  const followRename = useFollowRename();
  const at = locateElement(doc, name);
  if (!at || at.kind !== 'stage') return null;
  const { stage, path } = at;
  const edit = commandEdit(updateStage, (changes: StageChanges) => ({ name, changes }));
  return (
    <div className="space-y-3">
      <p className="text-xs text-ink-600">
        Stage with {stage.steps.length} step{stage.steps.length === 1 ? '' : 's'}
      </p>
      <ProblemSummary problems={problems.under(path)} shownUnder={['steps', 'label', 'name', 'exit', 'next', 'faultNext'].map((f) => `${path}.${f}`)} />
      <LabelField
        name={name}
        label={stage.label}
        command={updateStage}
        params={(label) => ({ name, changes: { label } })}
        errors={problems.at(`${path}.label`)}
        problemPath={`${path}.label`}
        onRenamed={(to) => followRename(name, to)}
      />
      <ApiNameField name={name} errors={problems.at(`${path}.name`)} problemPath={`${path}.name`} onRenamed={(to) => followRename(name, to)} />
      <ExitConditionFields doc={doc} stage={stage.name} exit={stage.exit} path={path} problems={problems} onChange={(exit, g) => edit({ exit }, g)} />
      <section className={sectionClass} aria-labelledby={`${path}-paths-title`}>
        <h3 id={`${path}-paths-title`} className={sectionTitleClass}>
          Paths
        </h3>
        <TargetPicker
          doc={doc}
          label="Next element"
          self={name}
          value={stage.next}
          noneLabel="End the orchestration"
          errors={problems.at(`${path}.next`)}
          problemPath={`${path}.next`}
          onChange={(next) => edit({ next: next ?? undefined })}
        />
        <TargetPicker
          doc={doc}
          label="Fault path"
          self={name}
          value={stage.faultNext}
          noneLabel="No fault path (an error ends the run)"
          errors={problems.at(`${path}.faultNext`)}
          problemPath={`${path}.faultNext`}
          hint="Where the run goes when a step of this stage fails."
          onChange={(faultNext) => edit({ faultNext: faultNext ?? undefined })}
        />
      </section>
    </div>
  );
}
