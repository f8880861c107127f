/**
 * A check that only a project can make: a custom field the design reads of the triggering record
 * (`$Record.Escalated__c`, `$Record.Parent_Case__r.Status` through `Parent_Case__c`, an entry
 * condition's field) or of a Record variable (`curUser.Region__c`) that the project's object
 * metadata does not declare. Salesforce would refuse
 * to save such an orchestration; Stageflow would read null and run on. Standard fields (`Status`,
 * `OwnerId`) are not checked: a project holds their metadata only when they were customised. Only
 * objects whose fields the project declares are checked (objectFields.ts).
 */
import { lookupFieldOf } from '../../flows/org/simulatedOrg';
import { parseReference } from '../../model/references';
import { childPath } from '../../model/jsonPath';
import { referenceSites } from '../../model/referenceSites';
import type { Orchestration } from '../../model/types';
import { designRecords } from './designRecords';
import type { ProjectField, ProjectObjects, ProjectProblem } from './types';

/** The field of the triggering record a `$Record` path reads first: the lookup behind a custom relationship. */
function firstField(path: readonly string[]): string | null {
  const [head, ...rest] = path;
  if (head === undefined) return null;
  // through a custom relationship: its lookup field (a standard one, `AccountId`, is not checked)
  if (rest.length > 0) return head.endsWith('__r') ? lookupFieldOf(head) : null;
  return head.toLowerCase().endsWith('__c') ? head : null;
}

/** The lower-cased names of the fields `object` declares, or null when no field file of it is in the project. */
function knownFields(fields: ReadonlyMap<string, ProjectField> | undefined): Set<string> | null {
  // only an object some field file declares: a standard value set alone says nothing of its custom fields
  if (!fields || ![...fields.values()].some((f) => !f.standard)) return null;
  return new Set([...fields.keys()].map((name) => name.toLowerCase()));
}

/** Warnings, at the orchestration's file, for the custom fields the design reads that their object does not declare. */
export function undeclaredFieldProblems(doc: Orchestration, objects: ProjectObjects | undefined, file: string): ProjectProblem[] {
  if (!objects) return [];
  const problems: ProjectProblem[] = [];
  const check = (object: string, field: string | null, what: string, path: string) => {
    const known = knownFields(objects.get(object));
    // API names are case-insensitive in Salesforce
    if (field === null || known === null || known.has(field.toLowerCase())) return;
    problems.push({ file, path, severity: 'warning', message: `${what}: the project's ${object} has no field ${field} (none of its field files declares it); check the name, or add the field's metadata to the project` });
  };
  const trigger = doc.trigger;
  if (trigger?.type === 'recordTriggered' && trigger.object) {
    const object = trigger.object;
    (trigger.entryConditions?.filters ?? []).forEach((filter, i) => {
      check(object, firstField([filter.field]), `the entry condition on ${filter.field}`, childPath(childPath(childPath(childPath('trigger', 'entryConditions'), 'filters'), i), 'field'));
    });
  }
  const records = designRecords(doc);
  for (const site of referenceSites(doc)) {
    const ref = parseReference(site.text);
    const object = ref?.kind === 'field' ? records.get(ref.variable) : undefined;
    if (ref?.kind !== 'field' || object === undefined) continue;
    check(object, firstField(ref.path), site.text, site.path);
  }
  return problems;
}
