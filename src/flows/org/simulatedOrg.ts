/**
 * The simulated org: the records a run reads and changes (scenario `records` and the triggering
 * `record`, then whatever flows create, update and delete). Pure TypeScript, no globals: each run
 * owns one org, built from the scenario, so runs stay deterministic and replayable.
 *
 * Salesforce semantics kept here:
 * - Ids are unique across the whole org (not per object); generated Ids are deterministic
 *   (`<key prefix>SIM<counter>`), 18 characters like real ones.
 * - Field names are case-insensitive (`status` reads `Status`); a record keeps the spelling it was
 *   given, and a new field keeps the spelling of its first write.
 * - Records of an object are returned in insertion order (stable, so queries are deterministic).
 * - A relationship name reads through its lookup field: `Owner` → `OwnerId`, `Account` →
 *   `AccountId`, `Parent_Case__r` → `Parent_Case__c`; a polymorphic step `Owner:User` reads only
 *   when the related record is a User (`Owner:Queue`: a Group of type Queue), else null.
 */
import { isSafeKey } from './safeKeys';
import type { StoredCheckboxes } from './omittedCheckboxes';

/** A field value as Salesforce's API gives it to a flow. */
export type FieldValue = string | number | boolean | null;

/** One record: its object (sObject type) and fields, `Id` included. */
export interface OrgRecord {
  readonly object: string;
  readonly fields: Readonly<Record<string, FieldValue>>;
}

/** Key prefixes of common objects (the first three characters of their Ids). */
const KEY_PREFIXES: Readonly<Record<string, string>> = {
  Account: '001', Contact: '003', User: '005', Opportunity: '006', Lead: '00Q', Task: '00T',
  Event: '00U', Case: '500', Campaign: '701', Contract: '800', Order: '801', Product2: '01t',
  Group: '00G', Incident: '0pJ', WorkOrder: '0WO', Asset: '02i', Quote: '0Q0',
};

/** Whether `object` is one of the standard objects whose key prefix the org knows (Account, User, Case…). */
export function isKnownObject(object: string): boolean {
  return Object.prototype.hasOwnProperty.call(KEY_PREFIXES, object);
}

/** The first three characters of an Id of `object` (a custom-object-like prefix for objects not listed). */
export function keyPrefixOf(object: string): string {
  return isKnownObject(object) ? KEY_PREFIXES[object]! : 'a0S';
}

/** Lower-cased field name → the spelling the record uses. */
function fieldKey(fields: Readonly<Record<string, FieldValue>>, name: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(fields, name)) return name;
  const lower = name.toLowerCase();
  for (const key of Object.keys(fields)) if (key.toLowerCase() === lower) return key;
  return undefined;
}

/** The lookup field behind a relationship name (`Owner` → `OwnerId`, `X__r` → `X__c`). */
export function lookupFieldOf(relationship: string): string {
  return relationship.endsWith('__r') ? `${relationship.slice(0, -3)}__c` : `${relationship}Id`;
}

/** The records of one simulated org. */
export class SimulatedOrg {
  private readonly byId = new Map<string, OrgRecord>();
  private readonly idsByObject = new Map<string, string[]>();
  private counter = 0;
  /** The project's stored Checkbox fields, never null in a record of this org (omittedCheckboxes.ts). */
  private checkboxes: StoredCheckboxes | undefined;

  /** An org holding `records` (by object, as in a scenario's `records`); records without an Id get one. */
  static from(records: Readonly<Record<string, readonly Readonly<Record<string, FieldValue>>[]>> | undefined): SimulatedOrg {
    const org = new SimulatedOrg();
    for (const object of Object.keys(records ?? {})) {
      if (!isSafeKey(object)) continue;
      for (const fields of records![object]!) org.insert(object, fields);
    }
    return org;
  }

  /** A deep, independent copy (the caller may change either without touching the other). */
  clone(): SimulatedOrg {
    const copy = new SimulatedOrg();
    copy.counter = this.counter;
    copy.checkboxes = this.checkboxes;
    for (const [id, rec] of this.byId) copy.byId.set(id, { object: rec.object, fields: { ...rec.fields } });
    for (const [object, ids] of this.idsByObject) copy.idsByObject.set(object, [...ids]);
    return copy;
  }

  /**
   * From now on a record of this org never holds null in one of `checkboxes`: each record it holds
   * gets false where it lacks one or gives null, and so does each record inserted or updated after
   * (a record a flow creates, a null a flow writes), as Salesforce stores a Checkbox.
   */
  declareCheckboxes(checkboxes: StoredCheckboxes): void {
    this.checkboxes = this.checkboxes ? this.checkboxes.with(checkboxes) : checkboxes;
    for (const [id, rec] of this.byId) {
      const unticked = checkboxes.unticked(rec.object, rec.fields);
      if (Object.keys(unticked).length > 0) this.byId.set(id, { object: rec.object, fields: { ...rec.fields, ...unticked } });
    }
  }

  /** What writing `value` to `field` of a record of `object` stores: false for null or empty text in a declared Checkbox (declareCheckboxes), else `value`. */
  storedValue(object: string, field: string, value: FieldValue): FieldValue {
    return this.checkboxes ? this.checkboxes.stored(object, field, value) : value;
  }

  /** The record with this Id, or undefined. */
  get(id: string): OrgRecord | undefined {
    return this.byId.get(id);
  }

  /** Every record of `object`, in insertion order. */
  recordsOf(object: string): OrgRecord[] {
    return (this.idsByObject.get(object) ?? []).map((id) => this.byId.get(id)!);
  }

  /** Object names that have records, in the order they first got one. */
  objects(): string[] {
    return [...this.idsByObject.keys()];
  }

  /** Number of records in the org. */
  get size(): number {
    return this.byId.size;
  }

  /** A new deterministic Id for a record of `object`. */
  newId(object: string): string {
    this.counter++;
    return `${keyPrefixOf(object)}SIM${String(this.counter).padStart(12, '0')}`;
  }

  /**
   * Adds a record; returns its Id (the given `Id`, else a new one). Unsafe keys (`__proto__`…) are
   * dropped. A record whose Id is already taken replaces nothing: it gets a new Id.
   */
  insert(object: string, fields: Readonly<Record<string, FieldValue>>): string {
    const clean: Record<string, FieldValue> = {};
    for (const key of Object.keys(fields)) if (isSafeKey(key)) clean[key] = fields[key] ?? null;
    const idKey = fieldKey(clean, 'Id');
    let id = idKey !== undefined && typeof clean[idKey] === 'string' && clean[idKey] !== '' ? (clean[idKey] as string) : '';
    if (idKey !== undefined) delete clean[idKey];
    if (id === '' || this.byId.has(id)) id = this.newId(object);
    const rec: OrgRecord = { object, fields: { Id: id, ...clean, ...this.checkboxes?.unticked(object, clean) } };
    this.byId.set(id, rec);
    const ids = this.idsByObject.get(object) ?? [];
    ids.push(id);
    this.idsByObject.set(object, ids);
    return id;
  }

  /** Sets fields of the record `id`; returns false when there is no such record. `Id` never changes. */
  update(id: string, changes: Readonly<Record<string, FieldValue>>): boolean {
    const rec = this.byId.get(id);
    if (!rec) return false;
    const fields: Record<string, FieldValue> = { ...rec.fields };
    for (const name of Object.keys(changes)) {
      if (!isSafeKey(name) || name.toLowerCase() === 'id') continue;
      fields[fieldKey(fields, name) ?? name] = this.storedValue(rec.object, name, changes[name] ?? null);
    }
    this.byId.set(id, { object: rec.object, fields });
    return true;
  }

  /** Removes the record `id`; returns false when there is no such record. */
  delete(id: string): boolean {
    const rec = this.byId.get(id);
    if (!rec) return false;
    this.byId.delete(id);
    const ids = this.idsByObject.get(rec.object)!;
    ids.splice(ids.indexOf(id), 1);
    return true;
  }

  /**
   * Reads a field path from a record: `['Status']`, `['Owner', 'Email']`, `['Owner:User',
   * 'Username']`. A missing field, a lookup to a record not in the org, or a polymorphic step to
   * another object reads as null.
   */
  readPath(rec: OrgRecord | undefined, path: readonly string[]): FieldValue {
    let current = rec;
    for (let i = 0; i < path.length; i++) {
      if (!current) return null;
      const part = path[i]!;
      if (i === path.length - 1) return readField(current, part);
      const [relationship, requiredObject] = part.split(':') as [string, string | undefined];
      const target = readField(current, lookupFieldOf(relationship));
      current = typeof target === 'string' ? this.byId.get(target) : undefined;
      if (current && requiredObject !== undefined && !isOfType(current, requiredObject)) return null;
    }
    return null;
  }

  /** Every record as plain data, by object in insertion order (for traces and snapshots). */
  toJSON(): Record<string, Record<string, FieldValue>[]> {
    const out: Record<string, Record<string, FieldValue>[]> = {};
    for (const object of this.objects()) {
      const list = this.recordsOf(object);
      if (list.length > 0) out[object] = list.map((r) => ({ ...r.fields }));
    }
    return out;
  }
}

/**
 * Whether `rec` is of the type a polymorphic step names (`Owner:User`, `Owner:Group`, `What:Account`),
 * compared case-insensitively. `Queue` (`Owner:Queue`, as Process Builder writes it) is a queue: in
 * Salesforce a Group record whose `Type` is `Queue`; a Group given without a `Type` counts (*chosen*:
 * only a user or a queue can own a record), as does a record given as a `Queue`.
 */
export function isOfType(rec: OrgRecord, type: string): boolean {
  const object = rec.object.toLowerCase();
  const wanted = type.toLowerCase();
  if (object === wanted) return true;
  if (wanted !== 'queue' || object !== 'group') return false;
  const groupType = readField(rec, 'Type');
  return groupType === null || String(groupType).toLowerCase() === 'queue';
}

/** A field of a record, case-insensitively; null when the record has no such field. */
export function readField(rec: OrgRecord, name: string): FieldValue {
  const key = fieldKey(rec.fields, name);
  return key === undefined ? null : (rec.fields[key] ?? null);
}
