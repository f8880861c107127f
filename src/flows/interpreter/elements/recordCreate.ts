/**
 * `recordCreates`: from field values (object + input assignments; the new Id stored automatically
 * under the element's name, whose fields are those of the record created, or in `assignRecordIdToReference`), or from a record or record collection
 * variable (each record gets its new Id back in the variable). A record that already has an Id cannot
 * be created (fault, as in Salesforce); nothing is created when one record of the list fails. With
 * "Check for Matching Records" the record may be updated or skipped instead (recordCreateMatching.ts).
 */
import type { FieldValue } from '../../org/simulatedOrg';
import { textValue } from '../../values';
import type { ElementBehavior } from '../behavior';
import { idOf, orgObject, recordsIn, withoutId } from '../records';
import { fault } from '../stop';
import { actionOutputObject } from '../actionOutputObject';
import { subflowOutputObject } from '../subflowOutputObject';
import { createRecord, fieldValue } from './recordChanges';
import { checksForMatches, createOrMatch, matchingRecords } from './recordCreateMatching';
import { upsertByKey, upsertKey } from './recordCreateUpsert';

export const runRecordCreate: ElementBehavior<'recordCreate'> = (element, frame) => {
  if (element.inputReference) {
    const ref = element.inputReference;
    const slot = frame.slot(ref.split('.')[0]!);
    const value = frame.resolve(ref);
    const object = slot?.objectType ?? element.object ?? subflowOutputObject(frame, ref) ?? actionOutputObject(frame, ref);
    if (!object) throw fault(`${element.name}: cannot tell which object {!${ref}} holds`);
    const records = recordsIn(value);
    const key = upsertKey(element);
    const withId = key?.toLowerCase() === 'id' ? undefined : records.find((r) => idOf(r) !== undefined);
    if (withId) throw fault(`${element.name}: cannot create a record that already has an Id (${idOf(withId)})`);
    const target = orgObject(frame, object);
    let created: Record<string, FieldValue>[];
    if (key !== undefined) created = upsertByKey(frame, element, target, key, records);
    else if (checksForMatches(element)) {
      // conditions hold flow values, not a record's own, so they choose one record's match (chosen)
      if (Array.isArray(value.value)) throw fault(`${element.name}: Check for Matching Records with conditions applies when one record is created, and {!${ref}} is a collection (match a collection by an Id or external Id field)`);
      created = records.map((fields) => {
        const { id } = createOrMatch(frame, element, target, matchingRecords(frame, element, target), withoutId(fields));
        return id === null ? fields : { ...fields, Id: id };
      });
    } else created = records.map((fields) => ({ ...fields, Id: createRecord(frame, element.name, target, fields) }));
    if (value.value !== null && !ref.includes('.')) {
      const next = Array.isArray(value.value) ? { ...value, value: created } : { ...value, value: created[0] ?? null };
      slot!.value = next;
    }
    return { next: element.connector };
  }
  if (!element.object) throw fault(`${element.name}: no object to create a record of`);
  const fields: Record<string, FieldValue> = {};
  for (const assignment of element.inputAssignments) {
    fields[assignment.name] = fieldValue(element.name, assignment.name, frame.valueOf(assignment.value).value);
  }
  const object = orgObject(frame, element.object);
  const id = checksForMatches(element)
    ? createOrMatch(frame, element, object, matchingRecords(frame, element, object), fields).id
    : createRecord(frame, element.name, object, fields);
  if (element.assignRecordIdToReference) frame.write(element.assignRecordIdToReference, textValue(id), element.name);
  // {!Create_Deal} is the new Id; {!Create_Deal.StageName} a field of the record as created (chosen:
  // survey 17's Active API 65.0 trigger reads the created opportunity's fields this way, and
  // Salesforce accepted it; docs/flows.md, recordCreates); skipped, both are null (chosen)
  else frame.storeOutput(element.name, { type: 'Record', value: id === null ? null : { ...frame.org.get(id)!.fields } }, object, textValue(id));
  return { next: element.connector };
};
