/**
 * `stageflow flow` and the project's record types (`objects/Object/recordTypes/Name.recordType-meta.xml`):
 * a Get Records on RecordType by SobjectType and DeveloperName finds them, as the org the project is
 * deployed to would. Survey 12: 62 flows of six projects query RecordType, and 4 runs faulted on a
 * record type their project ships (no licence, so nothing is copied: the flow and names are ours).
 */
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/memoryIo';
import { main } from './flow';

const typedFlow = `<Flow><processType>AutoLaunchedFlow</processType><status>Active</status>
  <start><connector><targetReference>Get_Type</targetReference></connector></start>
  <recordLookups><name>Get_Type</name><connector><targetReference>Keep</targetReference></connector>
    <filterLogic>and</filterLogic>
    <filters><field>SobjectType</field><operator>EqualTo</operator><value><stringValue>Case</stringValue></value></filters>
    <filters><field>DeveloperName</field><operator>EqualTo</operator><value><stringValue>Field_Repair</stringValue></value></filters>
    <getFirstRecordOnly>true</getFirstRecordOnly><object>RecordType</object><storeOutputAutomatically>true</storeOutputAutomatically></recordLookups>
  <assignments><name>Keep</name>
    <assignmentItems><assignToReference>typeLabel</assignToReference><operator>Assign</operator><value><elementReference>Get_Type.Name</elementReference></value></assignmentItems>
    <assignmentItems><assignToReference>active</assignToReference><operator>Assign</operator><value><elementReference>Get_Type.IsActive</elementReference></value></assignmentItems>
  </assignments>
  <variables><name>typeLabel</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
  <variables><name>active</name><dataType>Boolean</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
</Flow>`;

const recordType = (label: string, active: boolean) => `<?xml version="1.0" encoding="UTF-8"?>
<RecordType xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>Field_Repair</fullName>
    <active>${active}</active>
    <label>${label}</label>
</RecordType>
`;

const project = {
  'p/force-app/main/default/flows/Type_Visit.flow-meta.xml': typedFlow,
  'p/force-app/main/default/objects/Case/recordTypes/Field_Repair.recordType-meta.xml': recordType('Field Repair', true),
  'p/force-app/main/default/objects/Opportunity/recordTypes/Field_Repair.recordType-meta.xml': recordType('Field Repair Deal', false),
};

describe('stageflow flow: the project\'s record types', () => {
  it.each([
    ['given the project folder', ['p/force-app/main/default/flows/Type_Visit.flow-meta.xml', '--project', 'p']],
    ['given the flow file alone (the objects folder beside its flows folder is read)', ['p/force-app/main/default/flows/Type_Visit.flow-meta.xml']],
  ])('recordTypes: Get Records on RecordType by SobjectType and DeveloperName finds the project\'s record type of that object, %s', async (_, args) => {
    // given
    const { io, out } = memoryIo(project);
    // when
    const code = await main(args, io);
    // then: the Case one, not the Opportunity one of the same name, with an Id of its own (012PRJ…)
    expect(code).toBe(0);
    const run = JSON.parse(out.stdout);
    expect(run).toMatchObject({ status: 'completed', outputs: { typeLabel: 'Field Repair', active: true } });
    expect(run.recordsRead).toEqual([{ element: 'Get_Type', object: 'RecordType', ids: [expect.stringMatching(/^012PRJ[0-9A-Z]{12}$/)] }]);
    expect(out.stderr).toBe('');
  });

  it('recordTypes: a RecordType given with --records of the same object and DeveloperName wins; an unreadable file is a warning naming it', async () => {
    // given
    const { io, out } = memoryIo({
      ...project,
      'p/force-app/main/default/objects/Case/recordTypes/Broken.recordType-meta.xml': '<RecordType><label>Broken',
      'rec.json': JSON.stringify({ RecordType: [{ Id: '012000000000001AAA', SobjectType: 'Case', DeveloperName: 'field_repair', Name: 'Given', IsActive: true }] }),
    });
    // when
    await main(['p/force-app/main/default/flows/Type_Visit.flow-meta.xml', '--records', 'rec.json'], io);
    // then
    expect(JSON.parse(out.stdout).outputs.typeLabel).toBe('Given');
    expect(out.stderr).toMatch(/^p\/force-app\/main\/default\/objects\/Case\/recordTypes\/Broken\.recordType-meta\.xml(: \d+:\d+)?: warning: record type not read: /);
  });
});
