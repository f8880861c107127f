/**
 * What the database holds of a before-save flow's triggering record while the flow runs. Salesforce
 * runs "record-triggered flows that are configured to run before the record is saved" before it
 * "saves the record to the database" (Apex Developer Guide, *Triggers and Order of Execution*), so a
 * query of the flow does not find a record being created, and finds a record being updated with the
 * values it had before the save. The simulated org holds the record as given (`$Record`, the new
 * values), so the flow's queries see it through this view. After-save flows run after the save and
 * see the record as saved.
 */
import type { OrgRecord } from '../org/simulatedOrg';
import type { Frame } from './frame';

/** `records` as the database holds them before the save of a before-save flow's triggering record. */
export function asBeforeTheSave(frame: Frame, records: OrgRecord[]): OrgRecord[] {
  const { record, recordPrior } = frame.options;
  const { triggerType, recordTriggerType } = frame.definition.start;
  const id = record?.fields.Id;
  if (triggerType !== 'RecordBeforeSave' || typeof id !== 'string' || id === '') return records;
  const creation = recordPrior === undefined && (recordTriggerType === 'Create' || recordTriggerType === 'CreateAndUpdate');
  if (!creation && recordPrior === undefined) return records; // an update without its prior record: nothing known of it
  const same = (rec: OrgRecord) => typeof rec.fields.Id === 'string' && rec.fields.Id.toLowerCase() === id.toLowerCase();
  if (creation) return records.filter((rec) => !same(rec));
  return records.map((rec) => (same(rec) ? { ...rec, fields: { ...rec.fields, ...recordPrior!.fields } } : rec));
}
