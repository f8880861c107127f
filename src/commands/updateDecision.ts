/** `decision.update`: changes a decision's label, outcomes or default target (not its name). */
import type { Decision } from '../model/types';
import { defineCommand } from './command';
import { locateElement, mergeChanges, withDecision } from './elementLocator';

export type DecisionChanges = Partial<Pick<Decision, 'label' | 'outcomes' | 'defaultNext'>>;

export interface UpdateDecisionParams {
  name: string;
  changes: DecisionChanges;
}

export const updateDecision = defineCommand<UpdateDecisionParams>('decision.update', 'Edit decision', (doc, { name, changes }) => {
  const at = locateElement(doc, name);
  if (!at || at.kind !== 'decision') return doc;
  return withDecision(doc, at.decisionIndex, mergeChanges(at.decision, changes));
});
