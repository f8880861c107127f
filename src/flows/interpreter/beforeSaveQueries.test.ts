/**
 * What a before-save flow's queries see of its own triggering record. The shape is reduced from a
 * real before-save trigger of survey 9 (sushmithaAnuhya97/samsarasfdxtestorg, a repository without a
 * licence, so nothing is copied from it: the elements are written anew, with our names): it refuses
 * a second log per opportunity by looking the logs of that opportunity up before the save.
 */
import { describe, expect, it } from 'vitest';
import type { FlowElement } from '../definition';
import { chain, flowOf, orgWith, run, variable } from './testing/build';

const LOG = 'a01000000000001AAA';
const OTHER = 'a01000000000002AAA';
const OPP = '006000000000001AAA';

const getLogs: FlowElement = {
  kind: 'recordLookup', name: 'Get_Logs', object: 'Log__c',
  filters: [{ field: 'Opportunity__c', operator: 'EqualTo', value: { ref: '$Record.Opportunity__c' } }],
  getFirstRecordOnly: false, storeOutputAutomatically: true, outputAssignments: [], queriedFields: [],
};
const count: FlowElement = { kind: 'assignment', name: 'Count', items: [{ ref: 'found', operator: 'AssignCount', value: { ref: 'Get_Logs' } }] };
const getSelf: FlowElement = {
  kind: 'recordLookup', name: 'Get_Self', object: 'Log__c',
  filters: [{ field: 'Id', operator: 'EqualTo', value: { ref: '$Record.Id' } }],
  getFirstRecordOnly: true, storeOutputAutomatically: false, outputAssignments: [{ name: 'Status__c', ref: 'storedStatus' }], queriedFields: [],
};

function trigger(triggerType: string, recordTriggerType: string) {
  return flowOf(chain(getLogs, count, getSelf), {
    start: { connector: 'Get_Logs', object: 'Log__c', triggerType, recordTriggerType },
    variables: [variable('found', 'Number', { io: 'out' }), variable('storedStatus', 'String', { io: 'out' })],
  });
}

const org = orgWith({ Log__c: [
  { Id: LOG, Opportunity__c: OPP, Status__c: 'Closed' },
  { Id: OTHER, Opportunity__c: OPP, Status__c: 'Open' },
] });
const record = { object: 'Log__c', fields: { Id: LOG, Opportunity__c: OPP, Status__c: 'Closed' } };
const recordPrior = { object: 'Log__c', fields: { ...record.fields, Status__c: 'Open' } };

describe('a before-save flow queries the org as it was before the save', () => {
  it('on a creation, Get Records does not find the record being created (not in the database yet)', () => {
    const created = run(trigger('RecordBeforeSave', 'CreateAndUpdate'), { org, record });
    expect(created.run.status).toBe('completed');
    expect(created.run.outputs).toEqual({ found: 1, storedStatus: null });
    expect(created.run.recordsRead[0]).toEqual({ element: 'Get_Logs', object: 'Log__c', ids: [OTHER] });
  });

  it('on an update, Get Records finds the record with the values it had before the save', () => {
    const updated = run(trigger('RecordBeforeSave', 'CreateAndUpdate'), { org, record, recordPrior });
    expect(updated.run.outputs).toEqual({ found: 2, storedStatus: 'Open' });
  });

  it('an after-save flow finds the record saved, with its new values', () => {
    expect(run(trigger('RecordAfterSave', 'CreateAndUpdate'), { org, record }).run.outputs).toEqual({ found: 2, storedStatus: 'Closed' });
    expect(run(trigger('RecordAfterSave', 'CreateAndUpdate'), { org, record, recordPrior }).run.outputs).toEqual({ found: 2, storedStatus: 'Closed' });
  });
});
