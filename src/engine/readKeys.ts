/**
 * Read keys: what a condition's value depends on, so that a change can find the conditions it may
 * flip (the sweeper's index) and a scenario `set` can tell whether it wakes the run (R13).
 *   `v:name`     a whole variable          `v:rec.Field`  one record field
 *   `v:rec.*`    any field of `rec`         `s:X`          the status (and outputs) of element X
 */
import { decideStatus, firstFieldOf, parseReference } from '../model/references';
import type { Requirement, RequirementList } from '../model/types';

export function statusKey(element: string): string {
  return `s:${element}`;
}

/** A step run's status key, made on first use and kept on the run (state.ts StepRun.key). */
export function stepKey(run: { readonly name: string; key: string | null }): string {
  return run.key ?? (run.key = statusKey(run.name));
}

/**
 * Read by conditions whose value can change without an assignment (the clock, the identity, a
 * formula, a record reached through a relationship): such conditions are re-checked on every sweep.
 */
export const VOLATILE = '*';

/** What the orchestration's names are, as far as read keys need to know (DocIndex implements it). */
export interface ReferenceKinds {
  /** R50: `X.Status` is a status only when X is a step or stage. */
  isStepOrStage(name: string): boolean;
  /** A formula resource: computed when read, so volatile. */
  isFormula(name: string): boolean;
  /** The references a formula resource reads (its merge fields). */
  formulaReads(name: string): readonly string[];
}

/** Kinds for documents without formulas where every `X.Status` is a status (tests, defaults). */
export const PLAIN_KINDS: ReferenceKinds = { isStepOrStage: () => true, isFormula: () => false, formulaReads: () => [] };

/** How deep formulas reading formulas are followed for what they read (a circle stops there too). */
export const FORMULA_NESTING = 8;

/** A formula reads what its references read (and may read the clock): volatile, plus their keys. */
function keysOfFormula(name: string, kinds: ReferenceKinds, depth: number): string[] {
  const keys = [VOLATILE];
  if (depth > FORMULA_NESTING) return keys;
  for (const text of kinds.formulaReads(name)) keys.push(...keysOfReference(text, kinds, depth + 1));
  return keys;
}

/** Keys the value of a reference depends on. */
export function keysOfReference(text: string, kinds: ReferenceKinds = PLAIN_KINDS, depth = 0): string[] {
  const parsed = parseReference(text);
  if (!parsed) return [];
  const ref = decideStatus(parsed, (name) => kinds.isStepOrStage(name));
  switch (ref.kind) {
    case 'name': return kinds.isFormula(ref.name) ? keysOfFormula(ref.name, kinds, depth) : [`v:${ref.name}`];
    case 'field': {
      const keys = [`v:${ref.variable}.${firstFieldOf(ref.path)}`, `v:${ref.variable}.*`];
      return ref.path.length > 1 ? [...keys, VOLATILE] : keys;
    }
    case 'status': return [statusKey(ref.element)];
    case 'output': return ref.path.length > 1 ? [statusKey(ref.step), VOLATILE] : [statusKey(ref.step)];
    case 'global': return [VOLATILE];
  }
}

function keysOfRow(r: Requirement, kinds: ReferenceKinds): string[] {
  const keys = keysOfReference(r.left, kinds);
  if (r.right && 'ref' in r.right) keys.push(...keysOfReference(r.right.ref, kinds));
  return keys;
}

/** Keys read by any row of a requirement list. */
export function keysOfList(list: RequirementList, kinds: ReferenceKinds = PLAIN_KINDS): string[] {
  return [...new Set(list.requirements.flatMap((r) => keysOfRow(r, kinds)))];
}

/** Keys that assigning `target` (`v` or `v.f`) changes. */
export function keysOfAssignment(target: string): string[] {
  const dot = target.indexOf('.');
  if (dot < 0) return [`v:${target}`, `v:${target}.*`];
  return [`v:${target}`, `v:${target.slice(0, dot)}`];
}
