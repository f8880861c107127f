import type { Orchestration } from '../model/types';
import { defineCommand } from './command';
import { mapStages } from './edits';
import { setNextOf } from './linking';
import { findDecision, findStage } from './queries';

export interface SetNextParams {
  /** A stage (its `next` or `faultNext`) or a decision (its default path). */
  from: string;
  to: string | null;
  fault?: boolean;
}

/** Why `from` cannot lead to `to`, or null when it can. */
export function nextProblem(doc: Orchestration, from: string, to: string): string | null {
  if (from === to) return 'An element cannot lead to itself.';
  if (!findStage(doc, to) && !findDecision(doc, to)) return 'Connect a stage to a stage or a decision.';
  return null;
}

/** Sets what a stage (or a decision's default path) leads to. */
export const setNext = defineCommand<SetNextParams>('stage.setNext', 'Connect stages', (doc, p) => {
  if (p.to !== null && nextProblem(doc, p.from, p.to)) return doc;
  if (!p.fault) return setNextOf(doc, p.from, p.to);
  return mapStages(doc, (s) => {
    if (s.name !== p.from || (s.faultNext ?? null) === p.to) return s;
    const { faultNext: _old, ...rest } = s;
    return p.to ? { ...rest, faultNext: p.to } : rest;
  });
});
