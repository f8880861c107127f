/**
 * A design with no stage at all — a new one (/?new, File › New) before the admin has done anything —
 * fails the validator's rule "an orchestration needs at least one stage", and the panel opened on
 * a red "Error —" and a red "1 problem to fix before running" box, twice the same reproach for
 * something the admin had not got to yet. *Chosen* (docs/editor.md, "A design with no stage"): the
 * rule is shown as a neutral hint saying how to begin, for as long as there is no stage (naming the
 * orchestration first is a natural first edit; it should not turn the hint red). The validator is
 * unchanged, so the CLI and imports still report it as an error, and Run stays blocked with its reason.
 */
import type { Orchestration, Problem } from '../../model/types';

/** The validator's "needs at least one stage" error of a design that has none. */
export function isNoStageProblem(doc: Orchestration, problem: Problem): boolean {
  return problem.path === 'stages' && problem.severity === 'error' && doc.stages.length === 0;
}

/** The Problems list's row for it: how to begin, in the words of the canvas's own "Start with a stage". */
export function NoStageHint() {
  return (
    <li className="py-1" data-severity="hint">
      <span className="font-semibold text-ink-800">To begin</span>
      {' — '}
      add a stage: an orchestration needs at least one before it can run. Use Create the first stage on the canvas or Add stage under Add elements.
    </li>
  );
}
