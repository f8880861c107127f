/**
 * A stage's exit condition as the engine evaluated it at the moment shown (engine/exitCheck.ts):
 * the steps not Completed yet, one table row per exit requirement (resource, its value now,
 * operator, expected value, met or not), or the exit evaluation flow's result and its rows.
 */
import type { ExitCheck } from '../../player/stepWhy';
import { STATUS_LABEL } from '../../ui/statusStyles';
import { EvaluationFlowCheck, RequirementsCheck, Verdict } from './StartCheckView';

function AllStepsCheck({ check }: { check: Extract<ExitCheck, { mode: 'allStepsCompleted' }> }) {
  const open = check.steps.filter((s) => s.status !== 'Completed');
  const done = check.steps.length - open.length;
  return (
    <>
      <p>
        Completes when all its steps are Completed: {done} of {check.steps.length} {done === 1 ? 'is' : 'are'}. <Verdict holds={check.holds} />
      </p>
      {open.length > 0 && (
        <ul aria-label="Steps not completed" className="mt-1 list-disc pl-5 text-xs">
          {open.map((s) => (
            <li key={s.name}>
              <span className="font-mono">{s.name}</span>: {STATUS_LABEL[s.status]}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The exit condition, read at the moment shown. */
export function ExitCheckView({ check }: { check: ExitCheck }) {
  switch (check.mode) {
    case 'allStepsCompleted':
      return <AllStepsCheck check={check} />;
    case 'requirements':
      return <RequirementsCheck check={check} title="Exit requirements" />;
    case 'evaluationFlow':
      return <EvaluationFlowCheck check={check} what="Completes" />;
  }
}
