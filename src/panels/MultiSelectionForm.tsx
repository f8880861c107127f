/**
 * Several elements selected: the fields they share, applied to all of them as one edit — run-as
 * for background steps, the assignee for interactive steps.
 */
import { locateElement } from '../commands/elementLocator';
import { updateSteps } from '../commands/updateSteps';
import type { Step } from '../model/types';
import { useProblems } from '../store/useProblems';
import { AssigneeFields } from './step/AssigneeFields';
import { RunAsFields } from './step/RunAsFields';
import { useAppStore } from '../store/appStore';
import { selectDoc } from '../store/selectors';

export function MultiSelectionForm({ names }: { names: readonly string[] }) {
  const doc = useAppStore(selectDoc);
  const dispatch = useAppStore((s) => s.dispatch);
  const located = names.map((n) => locateElement(doc, n));
  const steps = located.flatMap((l) => (l?.kind === 'step' ? [l.step] : []));
  const allSteps = steps.length === names.length;
  const background = allSteps && steps.every((s: Step) => s.kind === 'background');
  const interactive = allSteps && steps.every((s: Step) => s.kind === 'interactive');
  const problems = useProblems();
  const sameAssignee = steps.every((s) => JSON.stringify(s.assignee) === JSON.stringify(steps[0]?.assignee));
  return (
    <div className="space-y-3">
      <p className="text-xs text-ink-600">{names.length} elements selected.</p>
      <ul className="list-disc pl-5 text-xs text-ink-800">
        {located.map((l, i) => (
          <li key={names[i]}>
            {l ? `${l.kind === 'step' ? (l.step.kind === 'background' ? 'Background step' : 'Interactive step') : l.kind === 'stage' ? 'Stage' : 'Decision'} ${names[i]}` : names[i]}
          </li>
        ))}
      </ul>
      {background ? (
        <RunAsFields doc={doc} steps={steps} onChange={(runAs) => dispatch(updateSteps, { names, changes: { runAs } })} />
      ) : interactive ? (
        <AssigneeFields
          doc={doc}
          assignee={sameAssignee ? steps[0]?.assignee : undefined}
          path=""
          problems={problems}
          onChange={(assignee) => dispatch(updateSteps, { names, changes: { assignee } })}
        />
      ) : (
        <p className="text-sm text-ink-600">
          These elements share no editable field. Select only background steps to set who they run as, or only interactive steps to assign them.
        </p>
      )}
    </div>
  );
}
