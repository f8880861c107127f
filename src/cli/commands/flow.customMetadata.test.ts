/**
 * `stageflow flow` and the project's custom metadata records (`customMetadata/Type.Record.md-meta.xml`):
 * a Get Records on `Type__mdt` and `{!$CustomMetadata.Type__mdt.Record.Field}` find them, as the org the
 * project is deployed to would. Survey 10: 17 flows of five projects query custom metadata types, four
 * of the projects ship the records, and a before-save trigger of vendetta-web/Encalm_Project faulted on
 * the counter record its project holds (no licence, so nothing is copied: the names here are ours).
 */
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/memoryIo';
import { main } from './flow';

const counterFlow = `<Flow><processType>AutoLaunchedFlow</processType><status>Active</status>
  <start><connector><targetReference>Get_Counter</targetReference></connector></start>
  <recordLookups><name>Get_Counter</name><connector><targetReference>Keep</targetReference></connector>
    <filterLogic>and</filterLogic><filters><field>DeveloperName</field><operator>EqualTo</operator><value><stringValue>Default_Counter</stringValue></value></filters>
    <getFirstRecordOnly>true</getFirstRecordOnly><object>Booking_Counter__mdt</object><storeOutputAutomatically>true</storeOutputAutomatically></recordLookups>
  <assignments><name>Keep</name>
    <assignmentItems><assignToReference>next</assignToReference><operator>Assign</operator><value><elementReference>Get_Counter.Next_Number__c</elementReference></value></assignmentItems>
    <assignmentItems><assignToReference>prefix</assignToReference><operator>Assign</operator><value><elementReference>$CustomMetadata.Booking_Counter__mdt.Default_Counter.Prefix__c</elementReference></value></assignmentItems>
    <assignmentItems><assignToReference>active</assignToReference><operator>Assign</operator><value><elementReference>Get_Counter.Active__c</elementReference></value></assignmentItems>
    <assignmentItems><assignToReference>label</assignToReference><operator>Assign</operator><value><elementReference>Get_Counter.MasterLabel</elementReference></value></assignmentItems>
  </assignments>
  <variables><name>next</name><dataType>Number</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput><scale>0</scale></variables>
  <variables><name>prefix</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
  <variables><name>active</name><dataType>Boolean</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
  <variables><name>label</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
</Flow>`;

const counterRecord = `<?xml version="1.0" encoding="UTF-8"?>
<CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
    <label>Default Counter</label>
    <protected>false</protected>
    <values><field>Active__c</field><value xsi:type="xsd:boolean">true</value></values>
    <values><field>Next_Number__c</field><value xsi:type="xsd:double">41.0</value></values>
    <values><field>Prefix__c</field><value xsi:type="xsd:string">BK-</value></values>
    <values><field>Notes__c</field><value xsi:nil="true"/></values>
</CustomMetadata>
`;

const project = {
  'p/force-app/main/default/flows/Number_Booking.flow-meta.xml': counterFlow,
  'p/force-app/main/default/customMetadata/Booking_Counter.Default_Counter.md-meta.xml': counterRecord,
  'p/force-app/main/default/customMetadata/Other_Setting.Unread.md-meta.xml': '<not a record',
};

describe('stageflow flow: the project\'s custom metadata records', () => {
  it.each([
    ['given the project folder', ['p/force-app/main/default/flows/Number_Booking.flow-meta.xml', '--project', 'p']],
    ['given the flow file alone (the customMetadata folder beside its flows folder is read)', ['p/force-app/main/default/flows/Number_Booking.flow-meta.xml']],
  ])('customMetadata: Get Records on Type__mdt and $CustomMetadata find the project\'s record, its values typed, %s', async (_, args) => {
    // given
    const { io, out } = memoryIo(project);
    // when
    const code = await main(args, io);
    // then: only the type the flow names is read (the malformed record of another type is not)
    expect(code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'completed', outputs: { next: 41, prefix: 'BK-', active: true, label: 'Default Counter' } });
    // an Id of its own (m00MDT…, from its type and name only), so the records a run creates get the same Ids with or without the project's
    expect(JSON.parse(out.stdout).recordsRead).toEqual([{ element: 'Get_Counter', object: 'Booking_Counter__mdt', ids: ['m00MDTH8FIZCEAFXRA'] }]);
    expect(out.stderr).toBe('');
  });

  it('customMetadata: a record of --records with the same type and DeveloperName wins over the project\'s', async () => {
    // given
    const records = JSON.stringify({ Booking_Counter__mdt: [{ Id: 'm00000000000001AAA', DeveloperName: 'Default_Counter', Next_Number__c: 7, Prefix__c: 'T-', Active__c: false, MasterLabel: 'Test' }] });
    const { io, out } = memoryIo({ ...project, 'rec.json': records });
    // when
    await main(['p/force-app/main/default/flows/Number_Booking.flow-meta.xml', '--records', 'rec.json'], io);
    // then
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'completed', outputs: { next: 7, prefix: 'T-', active: false, label: 'Test' } });
  });

  it('customMetadata: a record file that cannot be read is a warning naming it, and the run goes on without it', async () => {
    // given
    const { io, out } = memoryIo({ ...project, 'p/force-app/main/default/customMetadata/Booking_Counter.Default_Counter.md-meta.xml': '<CustomMetadata><label>x</label>' });
    // when
    const code = await main(['p/force-app/main/default/flows/Number_Booking.flow-meta.xml'], io);
    // then
    expect(code).toBe(0);
    expect(out.stderr).toMatch(/^p\/force-app\/main\/default\/customMetadata\/Booking_Counter\.Default_Counter\.md-meta\.xml(: \d+:\d+)?: warning: custom metadata record not read: /);
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'faulted' });
  });
});
