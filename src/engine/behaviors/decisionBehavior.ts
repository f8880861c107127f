/** Decisions (R4): outcomes tested in order, the first that holds is taken, else the default. */
import type { Decision } from '../../model/types';
import type { Engine } from '../engine';
import { listHolds } from '../requirements';

/** Takes the decision (no time passes) and returns the element to enter next, or null to end the run. */
export function takeDecision(engine: Engine, decision: Decision): string | null {
  for (const outcome of decision.outcomes) {
    if (listHolds(engine, outcome)) {
      const next = outcome.next ?? null;
      engine.emit('decisionTaken', { decision: decision.name, outcome: outcome.name, next });
      return next;
    }
  }
  const next = decision.defaultNext ?? null;
  engine.emit('decisionTaken', { decision: decision.name, outcome: null, next });
  return next;
}
