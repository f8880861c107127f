/**
 * The records a design reads through a record's relationships — the triggering record's
 * (`$Record.Manager.Username` reads the User whose Id `ManagerId` holds) or a Record input
 * variable's (`curUser.Manager.Username`) — and the scenario edit that gives one: a record of the
 * right object in the org's `records`, with the fields the design reads, and its Id in the
 * record's lookup field. Without it the path reads null, and an admin had to know which lookup
 * field to fill and which object to add.
 */
import { lookupFieldOf } from '../../flows/org/simulatedOrg';
import { declaredField, lookupTarget } from '../../io/project/objectFields';
import { namedRelationshipTarget } from '../../io/project/relationships';
import type { ProjectObjects } from '../../io/project/types';
import type { Orchestration, Scenario } from '../../model/types';
import { recordVariablePaths, triggeringRecordOptions } from '../requirements/resourceTypes';
import { newRecordId } from '../../verify/hints/newRecordId';
import { isObjectName } from './objectNames';
import { newUsername } from './newUsername';

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

/**
 * The relationships a record of `object` is read through, from the paths read of it
 * (`['Manager', 'Username']`), in name order. `objects`: the fields the project declares (a custom
 * lookup's object comes from its `<referenceTo>`).
 */
function relatedReadsOf(paths: readonly (readonly string[])[], object: string, objects?: ProjectObjects): RelatedRead[] {
  const byRelationship = new Map<string, Set<string>>();
  for (const path of paths) {
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
      const named = namedRelationshipTarget(relationship, object);
      const declared = named === null && object ? lookupTarget(objects, object, lookupField) : null;
      return {
        relationship,
        lookupField,
        object: named ?? declared,
        ...(declared !== null ? { objectFromProject: true as const } : {}),
        fields: [...fields].sort((a, b) => a.localeCompare(b)),
      };
    });
}

/**
 * The triggering record's relationships the design reads through, in name order. `objects`: the
 * fields the project declares (a custom lookup's object comes from its `<referenceTo>`).
 */
export function relatedReads(doc: Orchestration, options = triggeringRecordOptions(doc, undefined), objects?: ProjectObjects): RelatedRead[] {
  const trigger = doc.trigger;
  if (trigger?.type !== 'recordTriggered') return [];
  const paths = options.filter((o) => o.ref.startsWith('$Record.')).map((o) => o.ref.slice('$Record.'.length).split('.'));
  return relatedReadsOf(paths, trigger.object ?? '', objects);
}

/** A Record variable's relationships the design reads through (`curUser.Manager.Username`), in name order. */
export function variableRelatedReads(doc: Orchestration, variable: string, object: string | undefined, objects?: ProjectObjects): RelatedRead[] {
  return relatedReadsOf(recordVariablePaths(doc, variable), object ?? '', objects);
}

/** A Record variable's own fields the design reads (`curUser.Username` → `Username`), Id aside, in name order. */
export function variableFieldsRead(doc: Orchestration, variable: string): string[] {
  const own = new Set(recordVariablePaths(doc, variable).filter((p) => p.length === 1).map((p) => p[0]!).filter((f) => f.toLowerCase() !== 'id'));
  return [...own].sort((a, b) => a.localeCompare(b));
}

/**
 * Where the record read through relationships is kept in a scenario: the triggering record
 * (`record`) or a Record input the launcher passes (`inputs[name]`).
 */
export interface RecordHolder {
  get(scenario: Scenario): Readonly<Record<string, unknown>> | undefined;
  set(scenario: Scenario, fields: Record<string, unknown>): Scenario;
}

export const TRIGGERING_RECORD: RecordHolder = {
  get: (scenario) => scenario.record,
  set: (scenario, fields) => ({ ...scenario, record: fields as NonNullable<Scenario['record']> }),
};

/** The Record input variable `name` as the launcher passes it. */
export function inputRecord(name: string): RecordHolder {
  return {
    get: (scenario) => {
      const value = scenario.inputs && Object.prototype.hasOwnProperty.call(scenario.inputs, name) ? scenario.inputs[name] : undefined;
      return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Readonly<Record<string, unknown>>) : undefined;
    },
    set: (scenario, fields) => ({ ...scenario, inputs: { ...scenario.inputs, [name]: fields as NonNullable<Scenario['inputs']>[string] } }),
  };
}

/**
 * The value a field the design reads starts with when added: `false` for a field the project
 * declares a Checkbox (Salesforce never holds null in one), else empty text to fill in.
 */
export function startingValue(objects: ProjectObjects | undefined, object: string | undefined, field: string): string | boolean {
  return declaredField(objects, object, field)?.type === 'Checkbox' ? false : '';
}

type Records = NonNullable<Scenario['records']>;

/** The org record the record's lookup field points to: its object and place, or null. */
export function linkedRecord(scenario: Scenario, read: RelatedRead, holder: RecordHolder = TRIGGERING_RECORD): { object: string; index: number; fields: Readonly<Record<string, unknown>> } | null {
  const id = holder.get(scenario)?.[read.lookupField];
  if (typeof id !== 'string' || id === '') return null;
  for (const [object, list] of Object.entries(scenario.records ?? {})) {
    const index = list.findIndex((r) => r.Id === id);
    if (index >= 0) return { object, index, fields: list[index]! };
  }
  return null;
}

/** The related record's fields the design reads that the linked record does not have yet. */
export function missingFields(scenario: Scenario, read: RelatedRead, holder: RecordHolder = TRIGGERING_RECORD): string[] {
  const linked = linkedRecord(scenario, read, holder);
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
 * empty text, a User's Username as `owner@example.com`) and its Id in the lookup field of the
 * record `holder` keeps (the triggering record by
 * default). When the lookup field already points to a record of the scenario, that record gets the
 * missing fields instead. A relationship whose object is neither said nor given leaves the
 * scenario as it is.
 */
export function giveRelatedRecord(scenario: Scenario, read: RelatedRead, object: string | null = read.object, holder: RecordHolder = TRIGGERING_RECORD): Scenario {
  const records: Records = scenario.records ?? {};
  const linked = linkedRecord(scenario, read, holder);
  // a User's Username starts filled (newUsername.ts): left empty, an assignment to it failed the run
  const empty = (fields: readonly string[], of: string) => Object.fromEntries(fields.map((f) => [f, of === 'User' && f.toLowerCase() === 'username' ? newUsername(records, read.relationship) : '']));
  if (linked) {
    const list = records[linked.object]!;
    const updated = { ...empty(missingFields(scenario, read, holder), linked.object), ...list[linked.index]! };
    return { ...scenario, records: { ...records, [linked.object]: list.map((r, i) => (i === linked.index ? updated : r)) } };
  }
  if (!object || !isObjectName(object)) return scenario;
  // an Id already typed in the lookup field names the record meant; it is in no record yet
  const record = holder.get(scenario);
  const typed = record?.[read.lookupField];
  const id = typeof typed === 'string' && typed !== '' ? typed : newRecordId(records, object);
  const existing = Object.prototype.hasOwnProperty.call(records, object) ? records[object]! : [];
  const withRecord = { ...scenario, records: { ...records, [object]: [...existing, { Id: id, ...empty(read.fields, object) }] } };
  return holder.set(withRecord, { ...record, [read.lookupField]: id });
}
