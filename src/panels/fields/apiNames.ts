/** API-name rules the panel applies while the admin types (FORMAT §1). */
import { takenNames } from '../../commands/queries';
import { apiNameFromLabel, apiNameProblem, uniqueName } from '../../model/names';
import type { Orchestration } from '../../model/types';
import { followsLabel } from '../../model/labelFollowing';

/** Why `candidate` cannot replace `current`, or null. */
export function apiNameChangeProblem(doc: Orchestration, current: string, candidate: string): string | null {
  const problem = apiNameProblem(candidate);
  if (problem) return problem;
  if (candidate !== current && takenNames(doc).has(candidate)) {
    return `"${candidate}" is already used by another stage, step, decision or variable (names are unique across the orchestration)`;
  }
  return null;
}

/** True when `name` is what the designer derived from `label` (so a new label may rename it). */
export const isDerivedName = followsLabel;

/** The unique name a new label derives for the element currently named `current`. */
export function derivedName(doc: Orchestration, current: string, label: string): string {
  const taken = takenNames(doc);
  taken.delete(current);
  return uniqueName(apiNameFromLabel(label), taken);
}
