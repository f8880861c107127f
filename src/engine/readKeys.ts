/**
 * Read keys: what a condition's value depends on, so that a change can find the conditions it may
 * flip (the sweeper's index) and a scenario `set` can tell whether it wakes the run (R13).
 *   `v:name`     a whole variable          `v:rec.Field`  one record field
 *   `v:rec.*`    any field of `rec`         `s:X`          the status (and outputs) of element X
 */
import { parseReference } from '../model/references';
import type { Requirement, RequirementList } from '../model/types';

export function statusKey(element: string): string {
  return `s:${element}`;
}

/** Keys the value of a reference depends on. */
export function keysOfReference(text: string): string[] {
  const ref = parseReference(text);
  if (!ref) return [];
  switch (ref.kind) {
    case 'name': return [`v:${ref.name}`];
    case 'field': return [`v:${ref.variable}.${ref.field}`, `v:${ref.variable}.*`];
    case 'status': return [statusKey(ref.element)];
    case 'output': return [statusKey(ref.step)];
  }
}

function keysOfRow(r: Requirement): string[] {
  const keys = keysOfReference(r.left);
  if (r.right && 'ref' in r.right) keys.push(...keysOfReference(r.right.ref));
  return keys;
}

/** Keys read by any row of a requirement list. */
export function keysOfList(list: RequirementList): string[] {
  return [...new Set(list.requirements.flatMap(keysOfRow))];
}

/** Keys that assigning `target` (`v` or `v.f`) changes. */
export function keysOfAssignment(target: string): string[] {
  const dot = target.indexOf('.');
  if (dot < 0) return [`v:${target}`, `v:${target}.*`];
  return [`v:${target}`, `v:${target.slice(0, dot)}`];
}
