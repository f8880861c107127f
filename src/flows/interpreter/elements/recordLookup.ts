/**
 * `recordLookups` (Get Records): filters with their logic, sort, optional limit, first record or
 * all; stored automatically under the element's name, in a record (collection) variable, or field by
 * field into variables. Every field of a record is returned (the simulated org has no field-level
 * query list). None found: null (a record, or a collection); with field-by-field outputs, the
 * variables keep their values unless "assign null values if no records are found" is set.
 *
 * One record or all: `getFirstRecordOnly`, or — in files saved without it (Cloud Flow Designer's
 * Fast Lookup, Flow Builder before the option; the reader gives false) — the output: field-by-field
 * outputs and an `outputReference` that is a single record variable take the first record, as
 * Salesforce does; a record collection variable or the automatic output takes all of them.
 */
import type { ElementOf } from '../../definition';
import { readField } from '../../org/simulatedOrg';
import type { ElementBehavior } from '../behavior';
import type { Frame } from '../frame';
import { orgObject, readRecords, recordCollection, recordValue } from '../records';

/** Whether the element stores one record: asked for, or implied by where it stores it (see above). */
function storesFirstRecordOnly(element: ElementOf<'recordLookup'>, frame: Frame): boolean {
  if (element.getFirstRecordOnly || element.outputAssignments.length > 0) return true;
  if (element.storeOutputAutomatically || !element.outputReference) return false;
  // only a plain record variable: a Text variable or a record collection keeps the list (a mismatch stays a fault)
  const slot = element.outputReference.includes('.') ? undefined : frame.slot(element.outputReference.trim());
  return slot?.type === 'Record' && !slot.collection;
}

export const runRecordLookup: ElementBehavior<'recordLookup'> = (element, frame) => {
  const object = orgObject(frame, element.object);
  const firstOnly = storesFirstRecordOnly(element, frame);
  const found = readRecords(frame, { ...element, limit: firstOnly ? 1 : element.limit }, element.name, element.name);
  const value = firstOnly
    ? (found[0] ? recordValue(found[0]) : { type: 'Record' as const, value: null })
    : (found.length > 0 ? recordCollection(found) : { type: 'Record' as const, value: null, collection: true });
  if (element.outputAssignments.length > 0) {
    const first = found[0];
    if (first || element.assignNullValuesIfNoRecordsFound) {
      for (const output of element.outputAssignments) {
        frame.write(output.ref, { type: 'Unknown', value: first ? readField(first, output.name) : null }, element.name);
      }
    }
  } else if (element.outputReference && !element.storeOutputAutomatically) {
    frame.write(element.outputReference, value, element.name);
  } else {
    frame.storeOutput(element.name, value, object);
  }
  return { next: element.connector };
};
