/**
 * Every place a document reads a resource by name, with its JSON path: requirement rows (left, and
 * right when it is a reference), evaluation-flow inputs, step inputs and assignees. For checks and
 * pickers that need what the design reads (`$Record.Status`, `curUser.Manager.Username`).
 */
import { childPath } from './jsonPath';
import type { Orchestration } from './types';
import { conditionSites } from './validateSites';
import { inputText } from './inputValue';

export interface ReferenceSite {
  /** The reference as written: `$Record.Parent_Case__r.Status`. */
  text: string;
  /** Where: `stages[0].steps[1].start.requirements[0].left`. */
  path: string;
}

/** The document's reference texts in document order: conditions first, then steps' inputs and assignees. */
export function referenceSites(doc: Orchestration): ReferenceSite[] {
  const found: ReferenceSite[] = [];
  const sites = conditionSites(doc);
  for (const { list, path } of sites.requirementLists) {
    list.requirements.forEach((row, i) => {
      const rowPath = childPath(childPath(path, 'requirements'), i);
      found.push({ text: row.left, path: childPath(rowPath, 'left') });
      if (row.right && 'ref' in row.right) found.push({ text: row.right.ref, path: childPath(childPath(rowPath, 'right'), 'ref') });
    });
  }
  for (const site of sites.evaluationFlows) {
    for (const [name, value] of Object.entries(site.inputs)) found.push({ text: inputText(value), path: childPath(childPath(site.path, 'inputs'), name) });
  }
  doc.stages.forEach((stage, si) => {
    stage.steps.forEach((step, i) => {
      const stepPath = childPath(childPath(childPath('stages', si), 'steps'), i);
      for (const [name, value] of Object.entries(step.inputs ?? {})) found.push({ text: inputText(value), path: childPath(childPath(stepPath, 'inputs'), name) });
      if (step.assignee) found.push({ text: step.assignee.name, path: childPath(childPath(stepPath, 'assignee'), 'name') });
    });
  });
  return found;
}
