/**
 * A coverage target (verify/coverage) in an admin's words, for the run view's Coverage section:
 * elements and outcomes by their labels, as the canvas and the Why panel name them — “Thank You for
 * Your Interest”, not Thank_You_for_Your_Interest. The CLI's report keeps the API names (its
 * `description`), which is what a pipeline greps for.
 */
import { elementLabel, findDecision, findStage, findStep } from '../../commands/queries';
import type { Orchestration } from '../../model/types';
import type { CoverageTarget } from '../../verify/coverage/index';

const quoted = (doc: Orchestration, name: string) => `“${elementLabel(doc, name)}”`;

export function coverageInWords(target: CoverageTarget, doc: Orchestration): string {
  const element = quoted(doc, target.element);
  switch (target.kind) {
    case 'step':
      return `step ${element} starts`;
    case 'faultPath': {
      const to = findStage(doc, target.element)?.faultNext;
      return `the fault path of stage ${element}${to ? ` (to ${quoted(doc, to)})` : ''}`;
    }
    case 'outcome': {
      const outcome = target.reachedBy.outcome;
      if (!outcome) return `decision ${element} takes its default path`;
      const found = findDecision(doc, target.element)?.outcomes.find((o) => o.name === outcome);
      return `decision ${element} takes outcome “${found?.label ?? outcome}”`;
    }
    case 'condition': {
      if (target.id.startsWith('exit:')) return `the exit condition of stage ${element} holds`;
      const which = target.id.startsWith('complete:') ? 'completion' : 'start';
      return `the ${which} condition of ${findStep(doc, target.element) ? 'step ' : ''}${element} holds`;
    }
  }
}
