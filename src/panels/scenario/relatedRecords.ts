/**
 * The records a record-triggered design reads through the triggering record's relationships
 * (`$Record.Manager.Username` reads the User whose Id `ManagerId` holds), and the scenario edit
 * that gives one: a record of the right object in the org's `records`, with the fields the design
 * reads, and its Id in the triggering record's lookup field. Without it the path reads null, and
 * an admin had to know which lookup field to fill and which object to add.
 */
import { isKnownObject, lookupFieldOf } from '../../flows/org/simulatedOrg';
import { lookupTarget } from '../../io/project/objectFields';
import type { ProjectObjects } from '../../io/project/types';
import type { Orchestration, Scenario } from '../../model/types';
import { triggeringRecordOptions } from '../requirements/resourceTypes';
import { newRecordId } from './newRecordId';
import { isObjectName } from './objectNames';

/** One relationship of the triggering record that the design reads through. */
export interface RelatedRead {
  /** as the design writes it: `Manager`, `Owner:User`, `Parent_Case__r` */
  relationship: string;
  /** the triggering record's field holding the related record's Id: `ManagerId`, `Parent_Case__c` */
  lookupField: string;
  /**
   * the related record's object, when the name says it (`Owner:User`, `Account`, `Manager`) or the
   * project's object metadata does (the lookup field's `<referenceTo>`); else null
   */
  object: string | null;
  /** true when the object comes from the project's metadata, not from the name */
  objectFromProject?: true;
  /** the related record's fields the design reads (a lookup field where the path goes on further), Id aside */
  fields: string[];
}

/** Standard relationships whose name is not their object's. */
const USER_RELATIONSHIPS = new Set(['Owner', 'Manager', 'CreatedBy', 'LastModifiedBy', 'DelegatedApprover']);

/** The object a relationship points to, when its name says so; a custom one (`X__r`) does not. */
function objectOf(relationship: string, triggerObject: string): string | null {
  const [name, typed] = relationship.split(':') as [string, string | undefined];
  if (typed) return typed;
  if (USER_RELATIONSHIPS.has(name)) return 'User';
  if (name === 'Parent') return triggerObject || null;
  // a standard lookup named after its object (AccountId → Account): the objects the org knows a key prefix of
  return isKnownObject(name) ? name : null;
}

/**
 * The triggering record's relationships the design reads through, in name order. `objects`: the
 * fields the project declares (a custom lookup's object comes from its `<referenceTo>`).
 */
export function relatedReads(doc: Orchestration, options = triggeringRecordOptions(doc, undefined), objects?: ProjectObjects): RelatedRead[] {
  const trigger = doc.trigger;
  if (trigger?.type !== 'recordTriggered') return [];
  const byRelationship = new Map<string, Set<string>>();
  for (const option of options) {
    if (!option.ref.startsWith('$Record.')) continue;
    const path = option.ref.slice('$Record.'.length).split('.');
    if (path.length < 2) continue;
    const [relationship, next, ...further] = path as [string, string, ...string[]];
    const fields = byRelationship.get(relationship) ?? new Set<string>();
    const field = further.length > 0 ? lookupFieldOf(next.split(':')[0]!) : next;
    // the related record's Id is the link itself: the lookup field holds it
    if (field.toLowerCase() !== 'id') fields.add(field);
    byRelationship.set(relationship, fields);
  }
  return [...byRelationship]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([relationship, fields]) => {
      const lookupField = lookupFieldOf(relationship.split(':')[0]!);
      const named = objectOf(relationship, trigger.object ?? '');
      const declared = named === null && trigger.object ? lookupTarget(objects, trigger.object, lookupField) : null;
      return {
        relationship,
        lookupField,
        object: named ?? declared,
        ...(declared !== null ? { objectFromProject: true as const } : {}),
        fields: [...fields].sort((a, b) => a.localeCompare(b)),
      };
    });
}

type Records = NonNullable<Scenario['records']>;

/** The org record the triggering record's lookup field points to: its object and place, or null. */
export function linkedRecord(scenario: Scenario, read: RelatedRead): { object: string; index: number; fields: Readonly<Record<string, unknown>> } | null {
  const id = scenario.record?.[read.lookupField];
  if (typeof id !== 'string' || id === '') return null;
  for (const [object, list] of Object.entries(scenario.records ?? {})) {
    const index = list.findIndex((r) => r.Id === id);
    if (index >= 0) return { object, index, fields: list[index]! };
  }
  return null;
}

/** The related record's fields the design reads that the linked record does not have yet. */
export function missingFields(scenario: Scenario, read: RelatedRead): string[] {
  const linked = linkedRecord(scenario, read);
  return linked ? read.fields.filter((f) => !Object.prototype.hasOwnProperty.call(linked.fields, f)) : read.fields;
}

/**
 * A first guess at the object behind a custom relationship (`Invoice__r`): the custom object of
 * the same name (`Invoice__c`) or a standard object so named (`Account__r` → `Account`), when the
 * design or scenario already uses it; otherwise none. A relationship's name is chosen freely
 * (`Parent_Case__r` may point to Case), so nothing further is guessed.
 */
export function guessObject(read: RelatedRead, choices: readonly string[]): string {
  if (read.object) return read.object;
  const base = read.relationship.split(':')[0]!.replace(/__r$/, '');
  return [`${base}__c`, base].find((object) => choices.includes(object)) ?? '';
}

/**
 * The scenario with a new record of `object` (by default the one the relationship's name says) in
 * the org (the Id the lookup field already holds, else a fresh one; the fields the design reads as
 * empty text) and its Id in the triggering record's lookup field. When the lookup field already
 * points to a record of the scenario, that record gets the missing fields instead. A relationship
 * whose object is neither said nor given leaves the scenario as it is.
 */
export function giveRelatedRecord(scenario: Scenario, read: RelatedRead, object: string | null = read.object): Scenario {
  const records: Records = scenario.records ?? {};
  const linked = linkedRecord(scenario, read);
  const empty = (fields: readonly string[]) => Object.fromEntries(fields.map((f) => [f, '']));
  if (linked) {
    const list = records[linked.object]!;
    const updated = { ...empty(missingFields(scenario, read)), ...list[linked.index]! };
    return { ...scenario, records: { ...records, [linked.object]: list.map((r, i) => (i === linked.index ? updated : r)) } };
  }
  if (!object || !isObjectName(object)) return scenario;
  // an Id already typed in the lookup field names the record meant; it is in no record yet
  const typed = scenario.record?.[read.lookupField];
  const id = typeof typed === 'string' && typed !== '' ? typed : newRecordId(records, object);
  const existing = Object.prototype.hasOwnProperty.call(records, object) ? records[object]! : [];
  return {
    ...scenario,
    record: { ...scenario.record, [read.lookupField]: id },
    records: { ...records, [object]: [...existing, { Id: id, ...empty(read.fields) }] },
  };
}
