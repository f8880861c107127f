/**
 * A record given without a Checkbox field its object declares, or with it null, holds `false`:
 * Salesforce never stores null in a Checkbox (*chosen*, docs/projects.md). Survey 17: triggers testing
 * `Skip_Automation__c EqualTo false` on a record written without the field read it as null and took
 * the path of a record that asks to be skipped. One rule for `stageflow flow`, `stageflow simulate`
 * and the app's project runs, kept by the org itself (simulatedOrg.ts), so a record is filled in
 * however it gets there: a starting record, one a flow creates, a null a flow or a scenario event writes.
 */
import type { FieldValue, SimulatedOrg } from './simulatedOrg';

/** Stored Checkbox fields by object (`{ Lead: ['Skip_Automation__c'] }`), as the project declares them. */
export type CheckboxFields = Readonly<Record<string, readonly string[]>>;

/** The Checkbox fields of every map in `maps` by object, lower-cased, each field once: one map however many flows carry the project's. */
function byLowerObject(maps: readonly CheckboxFields[]): Map<string, string[]> {
  const byObject = new Map<string, string[]>();
  for (const checkboxes of maps) {
    for (const [object, fields] of Object.entries(checkboxes)) {
      const key = object.toLowerCase();
      const list = byObject.get(key) ?? [];
      for (const name of fields) if (!list.some((known) => known.toLowerCase() === name.toLowerCase())) list.push(name);
      byObject.set(key, list);
    }
  }
  return byObject;
}

/** Null, or empty text (`{!$GlobalConstant.EmptyString}`): no value a Checkbox can hold, so it holds false (*chosen*: Salesforce keeps no empty text in a field). */
function isBlank(value: FieldValue | undefined): boolean {
  return value === null || value === undefined || value === '';
}

/** The stored Checkbox fields an org fills in: worked out once from the maps, then asked per record written. */
export class StoredCheckboxes {
  private constructor(private readonly byObject: ReadonlyMap<string, readonly string[]>) {}

  /** The fields of `maps` merged (several flows carry the same project's), or undefined when they declare none. */
  static of(maps: readonly CheckboxFields[]): StoredCheckboxes | undefined {
    const byObject = byLowerObject(maps);
    for (const [object, fields] of byObject) if (fields.length === 0) byObject.delete(object);
    return byObject.size > 0 ? new StoredCheckboxes(byObject) : undefined;
  }

  /** These fields and `other`'s (an org told twice keeps both). */
  with(other: StoredCheckboxes): StoredCheckboxes {
    const maps = [this.byObject, other.byObject].map((m) => Object.fromEntries(m) as CheckboxFields);
    return StoredCheckboxes.of(maps)!;
  }

  /**
   * `false` for each Checkbox of `object` that `fields` lacks or gives as null or empty text (the
   * field matched ignoring case, a given one under the record's own spelling); true and false given are kept.
   */
  unticked(object: string, fields: Readonly<Record<string, FieldValue>>): Record<string, false> {
    const declared = this.byObject.get(object.toLowerCase());
    const unticked: Record<string, false> = {};
    if (!declared) return unticked;
    const given = new Map(Object.keys(fields).map((k) => [k.toLowerCase(), k]));
    for (const name of declared) {
      const key = given.get(name.toLowerCase());
      if (key === undefined) unticked[name] = false;
      else if (isBlank(fields[key])) unticked[key] = false;
    }
    return unticked;
  }

  /** What a write of `value` to `field` of a record of `object` stores: false for null or empty text in a declared Checkbox. */
  stored(object: string, field: string, value: FieldValue): FieldValue {
    if (!isBlank(value)) return value;
    const declared = this.byObject.get(object.toLowerCase());
    return declared?.some((name) => name.toLowerCase() === field.toLowerCase()) ? false : value;
  }
}

/**
 * Tells `org` the Checkbox fields of `checkboxes` (one map, or those of several flows): each record
 * it holds that lacks one, or gives it as null, gets false now, and so does every record it stores
 * from then on (simulatedOrg.ts). A null given reads as false as a mid-run `set` of null does
 * (engine/eventCheckboxes.ts).
 */
export function untickOmittedCheckboxes(org: SimulatedOrg, checkboxes: CheckboxFields | readonly CheckboxFields[]): void {
  const stored = StoredCheckboxes.of(Array.isArray(checkboxes) ? checkboxes : [checkboxes as CheckboxFields]);
  if (stored) org.declareCheckboxes(stored);
}
