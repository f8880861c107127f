/**
 * A check that only a project can make: a custom field the design reads of the triggering record
 * (`$Record.Escalated__c`, `$Record.Parent_Case__r.Status` through `Parent_Case__c`, an entry
 * condition's field) that the project's object metadata does not declare. Salesforce would refuse
 * to save such an orchestration; Stageflow would read null and run on. Standard fields (`Status`,
 * `OwnerId`) are not checked: a project holds their metadata only when they were customised. Only
 * objects whose fields the project declares are checked (objectFields.ts).
 */
import { parseReference, RECORD, RECORD_PRIOR } from '../../model/references';
import { childPath } from '../../model/jsonPath';
import { referenceSites } from '../../model/referenceSites';
import type { Orchestration } from '../../model/types';
import type { ProjectObjects, ProjectProblem } from './types';

/** The field of the triggering record a `$Record` path reads first: the lookup behind a custom relationship. */
function firstField(path: readonly string[]): string | null {
  const [head, ...rest] = path;
  if (head === undefined) return null;
  if (rest.length > 0) return head.toLowerCase().endsWith('__r') ? `${head.slice(0, -3)}__c` : null;
  return head.toLowerCase().endsWith('__c') ? head : null;
}

/** Warnings, at the orchestration's file, for the custom fields the design reads that its trigger object does not declare. */
export function undeclaredFieldProblems(doc: Orchestration, objects: ProjectObjects | undefined, file: string): ProjectProblem[] {
  const trigger = doc.trigger;
  if (trigger?.type !== 'recordTriggered' || !trigger.object) return [];
  const declared = objects?.get(trigger.object);
  // only an object some field file declares: a standard value set alone says nothing of its custom fields
  if (!declared || ![...declared.values()].some((f) => !f.standard)) return [];
  const known = new Set([...declared.keys()].map((name) => name.toLowerCase()));
  const problems: ProjectProblem[] = [];
  const check = (field: string | null, what: string, path: string) => {
    // API names are case-insensitive in Salesforce
    if (field === null || known.has(field.toLowerCase())) return;
    problems.push({ file, path, severity: 'warning', message: `${what}: the project's ${trigger.object} has no field ${field} (none of its field files declares it); check the name, or add the field's metadata to the project` });
  };
  (trigger.entryConditions?.filters ?? []).forEach((filter, i) => {
    check(firstField([filter.field]), `the entry condition on ${filter.field}`, childPath(childPath(childPath(childPath('trigger', 'entryConditions'), 'filters'), i), 'field'));
  });
  for (const site of referenceSites(doc)) {
    const ref = parseReference(site.text);
    if (ref?.kind !== 'field' || (ref.variable !== RECORD && ref.variable !== RECORD_PRIOR)) continue;
    check(firstField(ref.path), site.text, site.path);
  }
  return problems;
}
