/**
 * A record given without a Checkbox field its object declares, or with it null, holds `false`:
 * Salesforce never stores null in a Checkbox (*chosen*, docs/projects.md). Survey 17: triggers testing
 * `Skip_Automation__c EqualTo false` on a record written without the field read it as null and took
 * the path of a record that asks to be skipped. One function for `stageflow flow`, `stageflow
 * simulate` and the app's project runs, so the three read the same records alike.
 */
import type { SimulatedOrg } from './simulatedOrg';

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

/** Whether one of `maps` declares `field` a stored Checkbox of `object` (both matched ignoring case). */
export function declaresCheckbox(maps: readonly CheckboxFields[], object: string, field: string): boolean {
  return byLowerObject(maps).get(object.toLowerCase())?.some((name) => name.toLowerCase() === field.toLowerCase()) ?? false;
}

/**
 * Sets each Checkbox of `checkboxes` (one map, or those of several flows) that a record of `org` lacks, or gives as null, to false (the
 * field matched ignoring case, a null one kept under the record's own spelling); true and false
 * given are kept. A null given reads as false as a mid-run `set` of null does (engine/eventCheckboxes.ts).
 */
export function untickOmittedCheckboxes(org: SimulatedOrg, checkboxes: CheckboxFields | readonly CheckboxFields[]): void {
  const byObject = byLowerObject(Array.isArray(checkboxes) ? checkboxes : [checkboxes as CheckboxFields]);
  for (const object of org.objects()) {
    const fields = byObject.get(object.toLowerCase());
    if (!fields || fields.length === 0) continue;
    for (const rec of org.recordsOf(object)) {
      const given = new Map(Object.keys(rec.fields).map((k) => [k.toLowerCase(), k]));
      const unticked: Record<string, false> = {};
      for (const name of fields) {
        const key = given.get(name.toLowerCase());
        if (key === undefined) unticked[name] = false;
        else if (rec.fields[key] === null || rec.fields[key] === undefined) unticked[key] = false;
      }
      if (Object.keys(unticked).length > 0) org.update(String(rec.fields.Id), unticked);
    }
  }
}
