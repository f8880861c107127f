/**
 * `recordUpdates`: a record or record collection variable (each record must exist: updating a
 * missing or deleted record is a fault, and then nothing of the element is written), or the records
 * of an object that pass the filters, each given the input assignments (none passing: nothing
 * happens, as in Salesforce).
 */
import type { FieldValue } from '../../org/simulatedOrg';
import type { ElementBehavior } from '../behavior';
import { idOf, queryRecords, recordsIn, withoutId } from '../records';
import { fault } from '../stop';
import { existing, fieldValue, updateRecord } from './recordChanges';

export const runRecordUpdate: ElementBehavior<'recordUpdate'> = (element, frame) => {
  if (element.inputReference) {
    const records = recordsIn(frame.resolve(element.inputReference));
    const targets = records.map((fields) => ({ rec: existing(frame, element.name, idOf(fields), 'update'), fields }));
    for (const { rec, fields } of targets) updateRecord(frame, element.name, rec, withoutId(fields));
    return { next: element.connector };
  }
  if (!element.object) throw fault(`${element.name}: no object to update records of`);
  const changes: Record<string, FieldValue> = {};
  for (const assignment of element.inputAssignments) {
    changes[assignment.name] = fieldValue(element.name, assignment.name, frame.valueOf(assignment.value).value);
  }
  for (const rec of queryRecords(frame, element.object, element.filters, element.filterLogic, element.name)) {
    updateRecord(frame, element.name, rec, changes);
  }
  return { next: element.connector };
};
