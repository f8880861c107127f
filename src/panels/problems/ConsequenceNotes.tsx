/**
 * The warnings at a field that only follow from an error elsewhere (a stage that can never complete
 * because one of its steps has no flow), shown as that error's consequence: they name the element
 * at fault in the editor's words and offer "Show it", which puts focus in the error's field (showProblem.ts),
 * as `stageflow validate` names the error's path. The field is in the form of the element the
 * warning is about, which is said once ("this stage"), as are the error's stage and step.
 * *Chosen* (docs/editor.md): shown as the field's own warning, it sent admins to the stage's exit
 * condition, where nothing was wrong.
 */
import type { Orchestration } from '../../model/types';
import { problemPlace } from '../../model/problemPlace';
import { causeInWordsAt, consequenceMessage } from '../../model/problemCauses';
import type { Consequence } from '../../store/problems';
import { showProblem } from './showProblem';

export interface ConsequenceNotesProps {
  doc: Orchestration;
  consequences: readonly Consequence[];
  /** The id the field's control refers to (aria-describedby), so its consequences are read with it. */
  id: string;
}

export function ConsequenceNotes({ doc, consequences, id }: ConsequenceNotesProps) {
  if (consequences.length === 0) return null;
  return (
    <div id={id} className="space-y-0.5 text-xs text-ink-600" data-consequences="">
      {consequences.map(({ problem, cause }) => {
        const place = problemPlace(doc, cause.path);
        return (
          <p key={`${problem.path}:${problem.message}`}>
            <span aria-hidden="true">↳ </span>
            Warning, follows from the error at {causeInWordsAt(doc, cause, problem.path)}: {consequenceMessage(doc, problem, cause)}
            {place.element !== null && (
              <button type="button" className="ml-1 font-medium text-brand-700 underline" aria-label={`Show it: ${place.where}`} onClick={() => showProblem(place.element!, cause.path)}>
                Show it
              </button>
            )}
          </p>
        );
      })}
    </div>
  );
}
