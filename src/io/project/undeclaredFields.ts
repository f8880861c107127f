/**
 * A check that only a project can make: a custom field the design reads of the triggering record
 * (`$Record.Escalated__c`, `$Record.Parent_Case__r.Status` through `Parent_Case__c`, an entry
 * condition's field), of a Record variable (`curUser.Region__c`) or of a record reached through a
 * relationship (`$Record.Account.Tier__c`, `$Record.Parent_Case__r.Escalated__c`) that the
 * project's object metadata does not declare. Salesforce would refuse to save such an
 * orchestration; Stageflow would read null and run on. Standard fields (`Status`,
 * `OwnerId`) are not checked: a project holds their metadata only when they were customised. Only
 * objects whose fields the project declares are checked (objectFields.ts).
 */
import { lookupFieldOf } from '../../flows/org/simulatedOrg';
import { parseReference } from '../../model/references';
import { childPath } from '../../model/jsonPath';
import { referenceSites } from '../../model/referenceSites';
import type { Orchestration } from '../../model/types';
import { designRecords } from './designRecords';
import { relationshipTarget } from './relationships';
import type { ProjectField, ProjectObjects, ProjectProblem } from './types';

/** A custom field's name (`X__c`); standard fields are not checked. */
const isCustom = (field: string) => field.toLowerCase().endsWith('__c');

/**
 * The custom fields a path read of a record of `object` names, each with the object it belongs to:
 * the lookup behind each custom relationship on the way (`Parent_Case__r` → `Parent_Case__c`), and
 * the field at its end, on the object the relationships lead to (relationships.ts: by name, or by a
 * custom lookup's `<referenceTo>`). The walk stops where the object is not known.
 */
function customFieldsOnPath(object: string, path: readonly string[], objects: ProjectObjects): { object: string; field: string }[] {
  const found: { object: string; field: string }[] = [];
  let current: string | null = object;
  for (let i = 0; i < path.length && current !== null; i++) {
    const segment = path[i]!;
    if (i === path.length - 1) {
      if (isCustom(segment)) found.push({ object: current, field: segment });
      break;
    }
    const name = segment.split(':')[0]!;
    if (name.endsWith('__r')) found.push({ object: current, field: lookupFieldOf(name) });
    current = relationshipTarget(segment, current, objects);
  }
  return found;
}

/** Per object's fields (read once, never changed): the check runs on every edit of the opened design. */
const knownByFields = new WeakMap<ReadonlyMap<string, ProjectField>, ReadonlySet<string> | null>();

/** The lower-cased names of the fields `object` declares, or null when no field file of it is in the project. */
function knownFields(fields: ReadonlyMap<string, ProjectField> | undefined): ReadonlySet<string> | null {
  if (!fields) return null;
  let names = knownByFields.get(fields);
  if (names === undefined) {
    // only an object some field file declares: a standard value set alone says nothing of its custom fields
    names = [...fields.values()].some((f) => !f.standard) ? new Set([...fields.keys()].map((name) => name.toLowerCase())) : null;
    knownByFields.set(fields, names);
  }
  return names;
}

/** Warnings, at the orchestration's file, for the custom fields the design reads that their object does not declare. */
export function undeclaredFieldProblems(doc: Orchestration, objects: ProjectObjects | undefined, file: string): ProjectProblem[] {
  if (!objects) return [];
  const problems: ProjectProblem[] = [];
  const check = (object: string, field: string, what: string, path: string) => {
    const known = knownFields(objects.get(object));
    // API names are case-insensitive in Salesforce
    if (known === null || known.has(field.toLowerCase())) return;
    problems.push({ file, path, severity: 'warning', message: `${what}: the project's ${object} has no field ${field} (none of its field files declares it); check the name, or add the field's metadata to the project` });
  };
  const trigger = doc.trigger;
  if (trigger?.type === 'recordTriggered' && trigger.object) {
    const object = trigger.object;
    (trigger.entryConditions?.filters ?? []).forEach((filter, i) => {
      if (isCustom(filter.field)) check(object, filter.field, `the entry condition on ${filter.field}`, childPath(childPath(childPath(childPath('trigger', 'entryConditions'), 'filters'), i), 'field'));
    });
  }
  const records = designRecords(doc);
  for (const site of referenceSites(doc)) {
    const ref = parseReference(site.text);
    const object = ref?.kind === 'field' ? records.get(ref.variable) : undefined;
    if (ref?.kind !== 'field' || object === undefined) continue;
    for (const read of customFieldsOnPath(object, ref.path, objects)) check(read.object, read.field, site.text, site.path);
  }
  return problems;
}
