/**
 * `stageflow flow`: Update Records on a custom child relationship (`$Record.Repairs__r` of a
 * `Depot__c` trigger: the Repair__c records whose lookup `Depot__c` has `<relationshipName>Repairs`)
 * updates those records, the relationship read from the project's field file. Survey 17: a
 * `BI_Data__c` trigger updating `$Record.Accounts__r` stopped as unsupported beside the project's own
 * field file. The project below is written anew, names ours.
 */
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/memoryIo';
import { main } from './flow';

const trigger = (reference: string) => `<Flow><processType>AutoLaunchedFlow</processType><status>Active</status>
  <start><connector><targetReference>Reopen_Repairs</targetReference></connector><object>Depot__c</object><recordTriggerType>Update</recordTriggerType><triggerType>RecordAfterSave</triggerType></start>
  <recordUpdates><name>Reopen_Repairs</name>
    <filterLogic>and</filterLogic><filters><field>Closed__c</field><operator>EqualTo</operator><value><booleanValue>false</booleanValue></value></filters>
    <inputAssignments><field>Status__c</field><value><stringValue>Recheck</stringValue></value></inputAssignments>
    <inputReference>${reference}</inputReference></recordUpdates>
</Flow>`;
const lookup = `<CustomField xmlns="http://soap.sforce.com/2006/04/metadata"><fullName>Depot__c</fullName><label>Depot</label><referenceTo>Depot__c</referenceTo><relationshipName>Repairs</relationshipName><type>Lookup</type></CustomField>`;
const records = JSON.stringify({
  Depot__c: [{ Id: 'a01S17000000001AAA' }],
  Repair__c: [{ Id: 'a02S17000000001AAA', Depot__c: 'a01S17000000001AAA', Closed__c: false }, { Id: 'a02S17000000002AAA', Depot__c: 'a01S17000000001AAA', Closed__c: true }, { Id: 'a02S17000000003AAA', Depot__c: 'a01S17000000009AAA', Closed__c: false }],
});
const project = (reference: string) => ({
  'p/flows/Depot_Reopen.flow-meta.xml': trigger(reference),
  'p/objects/Repair__c/fields/Depot__c.field-meta.xml': lookup,
  'rec.json': records,
  'prior.json': '{}',
});
const argv = ['p/flows/Depot_Reopen.flow-meta.xml', '--records', 'rec.json', '--record', 'a01S17000000001AAA', '--prior', 'prior.json'];

describe('stageflow flow: Update Records on a custom child relationship the project declares', () => {
  it('childRelationships: $Record.Repairs__r updates the open Repair__c records whose Depot__c is the depot', async () => {
    const { io, out } = memoryIo(project('$Record.Repairs__r'));
    expect(await main(argv, io)).toBe(0);
    const run = JSON.parse(out.stdout);
    expect(run.status).toBe('completed');
    expect(run.recordChanges.map((c: { id: string }) => c.id)).toEqual(['a02S17000000001AAA']);
  });

  it('childRelationships: a relationship no field file names still stops as unsupported, saying so', async () => {
    const { io, out } = memoryIo(project('$Record.Inspections__r'));
    await main(argv, io);
    const run = JSON.parse(out.stdout);
    expect(run.status).toBe('unsupported');
    expect(run.unsupported.message).toMatch(/^Reopen_Repairs: \{!\$Record\.Inspections__r\}: \$Record has no Inspections__c/);
  });
});
