/**
 * Every problem of the design in one place, as Flow Builder's "Errors and Warnings" pane lists them:
 * shown in the orchestration's form (nothing selected), errors first, then the warnings that only
 * follow from one of them, then the other warnings (model/problemCauses.ts), each named in the
 * admin's words (model/problemPlace.ts) with a "Show it" that selects the element and puts
 * focus in the problem's own field (showProblem.ts). Only the first rows are drawn (*chosen*, docs/editor.md):
 * a 2,000-step design with hundreds of problems must not slow the panel, and an admin fixes the
 * first ones first.
 */
import { useMemo } from 'react';
import { countOf } from '../../model/glossary';
import { consequenceInWords, inCauseOrder } from '../../model/problemCauses';
import { messageAfterPlace, problemPlace } from '../../model/problemPlace';
import type { Orchestration, Problem } from '../../model/types';
import type { ProblemIndex } from '../../store/problems';
import { sectionClass, sectionTitleClass } from '../../ui/fields/styles';
import { showProblem } from './showProblem';
import { PROBLEM_LIST_TITLE_ID } from './problemListTitle';
import { isNoStageProblem, NoStageHint } from './noStageHint';

/** How many rows are drawn; the rest are counted ("and 12 more"). */
export const SHOWN_PROBLEMS = 50;

export interface ProblemListProps {
  doc: Orchestration;
  /** The problems of `doc` (the store's problem index). */
  index: ProblemIndex;
  limit?: number;
}

interface Row {
  problem: Problem;
  cause: Problem | undefined;
}

function ProblemRow({ doc, row }: { doc: Orchestration; row: Row }) {
  const { problem, cause } = row;
  const place = problemPlace(doc, problem.path);
  // a consequence reads as the import report's line: its place first, then the error it follows
  // from, whose stage is not named again when it is the place's (consequenceInWords, *chosen*)
  const text = cause ? consequenceInWords(doc, problem, cause) : `${place.where}${place.field ? ` (${place.field})` : ''}: ${messageAfterPlace(doc, problem.message, place)}`;
  return (
    <li className="py-1" data-severity={problem.severity}>
      <span className={problem.severity === 'error' ? 'font-semibold text-status-error' : 'font-semibold text-ink-800'}>{problem.severity === 'error' ? 'Error' : 'Warning'}</span>
      {' — '}
      {text}
      {/* the orchestration's own problems are in the form this list is part of: nothing to select.
          The name carries the field: three problems of one step gave three identical "Show" buttons. */}
      {place.element !== null && (
        <button type="button" className="ml-1 font-medium text-brand-700 underline" aria-label={`Show ${place.where}${place.field ? ` (${place.field})` : ''}`} onClick={() => showProblem(place.element!, problem.path)}>
          Show it
        </button>
      )}
    </li>
  );
}

/**
 * inCauseOrder's order (model/problemCauses.ts) with each warning's cause read from the index, which
 * has found them already: finding them again (every warning against every error) took a 2,000-step
 * design with every flow missing millions of path comparisons on each keystroke in this form.
 */
function rowsOf(index: ProblemIndex): Row[] {
  const causeOf = (problem: Problem) => (problem.severity === 'error' ? undefined : index.consequencesAt(problem.path).find((c) => c.problem === problem)?.cause);
  return inCauseOrder(index.all, index.errors, causeOf).map((problem) => ({ problem, cause: causeOf(problem) }));
}

export function ProblemList({ doc, index, limit = SHOWN_PROBLEMS }: ProblemListProps) {
  // ordered once per problem index (one per document): the form re-renders on each keystroke
  const rows = useMemo(() => rowsOf(index), [index]);
  const shown = rows.slice(0, limit);
  return (
    <section className={sectionClass} aria-labelledby={PROBLEM_LIST_TITLE_ID} data-problem-list="">
      {/* focusable so the Run-blocked notice's "Show all problems" can take the user here */}
      <h3 id={PROBLEM_LIST_TITLE_ID} tabIndex={-1} className={`${sectionTitleClass} focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500`}>
        Problems ({rows.length})
      </h3>
      {rows.length === 0 ? (
        <p className="text-xs text-ink-600">No problems: the design can run.</p>
      ) : (
        <>
          <ul className="max-h-72 divide-y divide-ink-400/20 overflow-y-auto text-xs text-ink-800">
            {shown.map((row, i) => isNoStageProblem(doc, row.problem)
              ? <NoStageHint key={`${i}:hint`} />
              : <ProblemRow key={`${i}:${row.problem.path}:${row.problem.message}`} doc={doc} row={row} />)}
          </ul>
          {rows.length > shown.length && (
            <p className="text-xs text-ink-600">…and {countOf(rows.length - shown.length, 'more problem')}, shown as you fix these.</p>
          )}
        </>
      )}
    </section>
  );
}
