/**
 * `recordUpdates`: a record or record collection variable — `$Record` included ("update the record
 * that triggered the flow"), or a parent record it looks up (`$Record.Account`, relatedRecords.ts) — each record that passes the element's filters given the input
 * assignments (without assignments, the variable's own field values); each must exist: updating a
 * missing or deleted record is a fault, and then nothing of the element is written. Or the records
 * of an object that pass the filters, each given the input assignments (none passing: nothing
 * happens, as in Salesforce).
 */
import { evaluateLogic, parseLogic } from '../../../model/logic';
import type { FieldValue } from '../../org/simulatedOrg';
import type { ElementBehavior } from '../behavior';
import { DEPLOYED_LOGIC } from '../deployedLogic';
import type { Frame } from '../frame';
import { compare } from '../operators';
import { idOf, queryRecords, recordsIn, withoutId } from '../records';
import { fault } from '../stop';
import { existing, fieldValue, updateRecord } from './recordChanges';
import { relatedRecords } from './relatedRecords';

type UpdateElement = Parameters<ElementBehavior<'recordUpdate'>>[0];

function assignments(element: UpdateElement, frame: Frame): Record<string, FieldValue> {
  const changes: Record<string, FieldValue> = {};
  for (const assignment of element.inputAssignments) {
    changes[assignment.name] = fieldValue(element.name, assignment.name, frame.valueOf(assignment.value).value);
  }
  return changes;
}

/** Whether a record of the variable passes the element's filters (its conditions on that record). */
function passes(element: UpdateElement, frame: Frame, fields: Readonly<Record<string, FieldValue>>): boolean {
  if (element.filters.length === 0) return true;
  const parsed = parseLogic(element.filterLogic, element.filters.length, DEPLOYED_LOGIC);
  if (!parsed.ok) throw fault(`${element.name}: filter logic "${element.filterLogic}": ${parsed.error.message}`);
  return evaluateLogic(parsed.ast, (n) => {
    const filter = element.filters[n - 1]!;
    const key = Object.keys(fields).find((k) => k.toLowerCase() === filter.field.toLowerCase());
    return compare(filter.operator, { type: 'Unknown', value: key === undefined ? null : fields[key] ?? null }, frame.valueOf(filter.value), true);
  });
}

export const runRecordUpdate: ElementBehavior<'recordUpdate'> = (element, frame) => {
  if (element.inputReference) {
    const related = relatedRecords(frame, element.name, element.inputReference);
    const given = related === undefined ? frame.resolve(element.inputReference) : undefined;
    const named = related ?? recordsIn(given!);
    const source = { reference: element.inputReference, collection: Array.isArray(given?.value) };
    const records = named.filter((fields) => passes(element, frame, fields));
    const changes = element.inputAssignments.length > 0 ? assignments(element, frame) : undefined;
    const targets = records.map((fields) => ({ rec: existing(frame, element.name, idOf(fields), 'update', source), fields }));
    for (const { rec, fields } of targets) updateRecord(frame, element.name, rec, changes ?? withoutId(fields));
    return { next: element.connector };
  }
  if (!element.object) throw fault(`${element.name}: no object to update records of`);
  const changes = assignments(element, frame);
  for (const rec of queryRecords(frame, element.object, element.filters, element.filterLogic, element.name)) {
    updateRecord(frame, element.name, rec, changes);
  }
  return { next: element.connector };
};
