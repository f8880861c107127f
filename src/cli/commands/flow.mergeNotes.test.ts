/**
 * `stageflow flow` says on stderr where a merge field merged as empty text because its record
 * variable holds no record (templateMerge.ts), once for each element that merged it —
 * where the run said nothing and the text went out with a blank.
 */
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/memoryIo';
import { main } from './flow';

const letter = `<Flow><processType>AutoLaunchedFlow</processType><status>Active</status>
  <start><connector><targetReference>Get_Account</targetReference></connector></start>
  <recordLookups><name>Get_Account</name><connector><targetReference>Say</targetReference></connector>
    <filterLogic>and</filterLogic><filters><field>Name</field><operator>EqualTo</operator><value><stringValue>Acme</stringValue></value></filters>
    <getFirstRecordOnly>true</getFirstRecordOnly><object>Account</object><storeOutputAutomatically>true</storeOutputAutomatically></recordLookups>
  <assignments><name>Say</name><connector><targetReference>Again</targetReference></connector>
    <assignmentItems><assignToReference>said</assignToReference><operator>Assign</operator><value><elementReference>Letter</elementReference></value></assignmentItems></assignments>
  <assignments><name>Again</name>
    <assignmentItems><assignToReference>said</assignToReference><operator>Add</operator><value><elementReference>Letter</elementReference></value></assignmentItems></assignments>
  <textTemplates><name>Letter</name><text>Dear {!Get_Account.Name},</text></textTemplates>
  <variables><name>said</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
</Flow>`;

describe('stageflow flow: a merge field merged as empty text', () => {
  it('textTemplates: each element that merged a null record\'s field is named on stderr with the template and the reference; the run completes as before', async () => {
    // given
    const { io, out } = memoryIo({ 'f/Letter.flow-meta.xml': letter });
    // when
    const code = await main(['f/Letter.flow-meta.xml'], io);
    // then
    expect(code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'completed', outputs: { said: 'Dear ,Dear ,' } });
    const why = 'text template Letter: {!Get_Account.Name} merged as empty text — the flow failed to access the value for {!Get_Account.Name}: Get_Account has no record (it is null); Salesforce may fail the element here';
    expect(out.stderr).toBe(`f/Letter.flow-meta.xml: Say: warning: ${why}\nf/Letter.flow-meta.xml: Again: warning: ${why}\n`);
  });
});
