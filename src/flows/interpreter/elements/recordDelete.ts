/** `recordDeletes`: a record or record collection variable (each must exist, else a fault), or the records passing the filters. */
import type { ElementBehavior } from '../behavior';
import { idOf, queryRecords, recordsIn } from '../records';
import { fault } from '../stop';
import { deleteRecord, existing } from './recordChanges';

export const runRecordDelete: ElementBehavior<'recordDelete'> = (element, frame) => {
  if (element.inputReference) {
    const given = frame.resolve(element.inputReference);
    const source = { reference: element.inputReference, collection: Array.isArray(given.value) };
    const targets = recordsIn(given).map((fields) => existing(frame, element.name, idOf(fields), 'delete', source));
    for (const rec of new Set(targets)) deleteRecord(frame, element.name, rec);
    return { next: element.connector };
  }
  if (!element.object) throw fault(`${element.name}: no object to delete records of`);
  for (const rec of queryRecords(frame, element.object, element.filters, element.filterLogic, element.name)) deleteRecord(frame, element.name, rec);
  return { next: element.connector };
};
