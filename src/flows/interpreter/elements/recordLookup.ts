/**
 * `recordLookups` (Get Records): filters with their logic, sort, optional limit, first record or
 * all; stored automatically under the element's name, in a record (collection) variable, or field by
 * field into variables. Every field of a record is returned (the simulated org has no field-level
 * query list). None found: null (a record, or a collection); with field-by-field outputs, the
 * variables keep their values unless "assign null values if no records are found" is set.
 */
import { readField } from '../../org/simulatedOrg';
import type { ElementBehavior } from '../behavior';
import { orgObject, readRecords, recordCollection, recordValue } from '../records';

export const runRecordLookup: ElementBehavior<'recordLookup'> = (element, frame) => {
  const object = orgObject(frame, element.object);
  const found = readRecords(frame, { ...element, limit: element.getFirstRecordOnly ? 1 : element.limit }, element.name, element.name);
  const value = element.getFirstRecordOnly
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
