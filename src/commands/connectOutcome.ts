import { uniqueName } from '../model/names';
import { defineCommand } from './command';
import { mapDecisions } from './edits';
import { nextProblem } from './setNext';

export interface ConnectOutcomeParams {
  decision: string;
  /** An existing outcome to re-point; omitted: add a new outcome leading to `to`. */
  outcome?: string;
  to: string;
}

/** Points a decision outcome at a stage or decision (adding the outcome when needed). */
export const connectOutcome = defineCommand<ConnectOutcomeParams>('decision.connect', 'Connect outcome', (doc, p) => {
  if (nextProblem(doc, p.decision, p.to)) return doc;
  return mapDecisions(doc, (d) => {
    if (d.name !== p.decision) return d;
    if (p.outcome) {
      return { ...d, outcomes: d.outcomes.map((o) => (o.name === p.outcome && o.next !== p.to ? { ...o, next: p.to } : o)) };
    }
    const name = uniqueName(`Outcome_${d.outcomes.length + 1}`, new Set(d.outcomes.map((o) => o.name)));
    const label = `Outcome ${d.outcomes.length + 1}`;
    return { ...d, outcomes: [...d.outcomes, { name, label, requirements: [], logic: 'and', next: p.to }] };
  });
});
