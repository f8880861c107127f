/**
 * The problems of one element that no field of its form shows, listed at the top of the form: errors
 * first, then warnings that only follow from one of them, then the other warnings, as `stageflow
 * validate` prints them (model/problemCauses.ts).
 */
import { inCauseOrder } from '../../model/problemCauses';
import type { Problem } from '../../model/types';
import { messageAfterPlace, problemPlace } from '../../model/problemPlace';
import { useAppStore } from '../../store/appStore';
import { selectDoc } from '../../store/selectors';
import { isNoStageProblem } from './noStageHint';

export interface ProblemSummaryProps {
  problems: readonly Problem[];
  /** Paths that a field of the form already shows. */
  shownAt?: ReadonlySet<string>;
  /** Path prefixes whose problems the form's fields show (`x` covers `x`, `x.y` and `x[0]`). */
  shownUnder?: readonly string[];
}

function covered(path: string, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`));
}

export function ProblemSummary({ problems, shownAt, shownUnder = [] }: ProblemSummaryProps) {
  const doc = useAppStore(selectDoc);
  // a design with no stage: the Problems list above says how to begin (noStageHint.tsx), once
  const rest = inCauseOrder(problems.filter((p) => !shownAt?.has(p.path) && !covered(p.path, shownUnder) && !isNoStageProblem(doc, p)));
  if (rest.length === 0) return null;
  return (
    <div className="rounded border border-status-error/40 bg-red-50 p-2 text-xs text-ink-800">
      <p className="font-semibold text-status-error">
        {rest.length === 1 ? '1 problem' : `${rest.length} problems`} to fix before running
      </p>
      <ul className="mt-1 list-disc space-y-0.5 pl-4">
        {rest.map((p) => (
          <li key={`${p.path}:${p.message}`}>
            {p.severity === 'warning' ? 'Warning: ' : ''}
            {messageAfterPlace(doc, p.message, problemPlace(doc, p.path))}
          </li>
        ))}
      </ul>
    </div>
  );
}
