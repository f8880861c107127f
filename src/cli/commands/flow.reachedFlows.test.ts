/**
 * `stageflow flow` reads the project's record types (and queues, custom metadata, settings) only when
 * a flow the run can reach reads them — the flow and its subflows — not when any flow of the project
 * does (survey 13: a 499-flow project with 376 record type files paid for reading them on every run).
 */
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/memoryIo';
import { main } from './flow';

const FLOWS = 'p/force-app/main/default/flows';
const readsRecordType = `<Flow><processType>AutoLaunchedFlow</processType><status>Active</status>
  <start><connector><targetReference>Get_Type</targetReference></connector></start>
  <recordLookups><name>Get_Type</name>
    <filterLogic>and</filterLogic>
    <filters><field>DeveloperName</field><operator>EqualTo</operator><value><stringValue>Field_Repair</stringValue></value></filters>
    <getFirstRecordOnly>true</getFirstRecordOnly><object>RecordType</object><storeOutputAutomatically>true</storeOutputAutomatically></recordLookups>
</Flow>`;
const callsChild = `<Flow><processType>AutoLaunchedFlow</processType><status>Active</status>
  <start><connector><targetReference>Call_Child</targetReference></connector></start>
  <subflows><name>Call_Child</name><flowName>Type_Child</flowName></subflows>
</Flow>`;
const readsNothing = `<Flow><processType>AutoLaunchedFlow</processType><status>Active</status>
  <start><connector><targetReference>Set_Note</targetReference></connector></start>
  <assignments><name>Set_Note</name>
    <assignmentItems><assignToReference>note</assignToReference><operator>Assign</operator><value><stringValue>done</stringValue></value></assignmentItems>
  </assignments>
  <variables><name>note</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
</Flow>`;
const project = {
  [`${FLOWS}/Type_Child.flow-meta.xml`]: readsRecordType,
  [`${FLOWS}/Type_Parent.flow-meta.xml`]: callsChild,
  [`${FLOWS}/Plain_Note.flow-meta.xml`]: readsNothing,
  // a record type file that cannot be read: reading it is a warning naming it, so the warning shows whether it was read
  'p/force-app/main/default/objects/Case/recordTypes/Broken.recordType-meta.xml': '<RecordType><label>Broken',
};

describe('stageflow flow: the project\'s setup records, for the flows the run reaches', () => {
  it('a flow that reaches no Get Records on RecordType does not read the project\'s record types, though another flow of the project does', async () => {
    const { io, out } = memoryIo(project);
    const code = await main([`${FLOWS}/Plain_Note.flow-meta.xml`], io);
    expect(code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'completed', outputs: { note: 'done' } });
    expect(out.stderr).toBe('');
  });

  it('a flow whose subflow reads RecordType reads them (the unreadable file is named)', async () => {
    const { io, out } = memoryIo(project);
    await main([`${FLOWS}/Type_Parent.flow-meta.xml`], io);
    expect(out.stderr).toMatch(/Broken\.recordType-meta\.xml(: \d+:\d+)?: warning: record type not read: /);
  });
});
