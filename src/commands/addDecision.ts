import type { Decision, Orchestration, Position } from '../model/types';
import { defineCommand } from './command';
import { setLayout } from './edits';
import { spliceIntoChain } from './linking';

export interface AddDecisionParams {
  name: string;
  label: string;
  /** Insert after this stage or decision in the run order; else at the end. */
  after?: string | null;
  position?: Position;
}

/** Adds a decision with no outcomes yet; its default path takes over what `after` led to. */
export const addDecision = defineCommand<AddDecisionParams>('decision.add', 'Add decision', (doc, p): Orchestration => {
  const decision: Decision = { name: p.name, label: p.label, outcomes: [] };
  let out: Orchestration = spliceIntoChain({ ...doc, decisions: [...(doc.decisions ?? []), decision] }, p.name, p.after);
  if (p.position) out = setLayout(out, { [p.name]: p.position });
  return out;
});
