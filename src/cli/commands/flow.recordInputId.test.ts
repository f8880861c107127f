/**
 * `stageflow flow --inputs` giving a record input its Id. Survey 16 (luiscastaneda27/SQMUAT, no
 * licence, so written anew): four screen flows declare `recordId` as a record variable of a custom
 * object, where most screen flows declare it Text; given the Id, the refusal said only
 * `is not a valid record`, not what a record input takes.
 */
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/memoryIo';
import { main } from './flow';

const flow = `<Flow><processType>Flow</processType><status>Active</status>
  <start><connector><targetReference>Copy</targetReference></connector></start>
  <assignments><name>Copy</name><assignmentItems><assignToReference>groupId</assignToReference><operator>Assign</operator>
    <value><elementReference>recordId.Id</elementReference></value></assignmentItems></assignments>
  <variables><name>recordId</name><dataType>SObject</dataType><isCollection>false</isCollection><isInput>true</isInput><isOutput>false</isOutput><objectType>Alert_Group__c</objectType></variables>
  <variables><name>groupId</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
</Flow>`;

describe('stageflow flow: a record input given an Id', () => {
  it('is refused saying the input is a record variable and how a record is given', async () => {
    // given
    const { io, out } = memoryIo({ 'f/Alerts.flow-meta.xml': flow, 'inputs.json': '{ "recordId": "a0X000000000001AAA" }' });
    // when
    const code = await main(['f/Alerts.flow-meta.xml', '--inputs', 'inputs.json'], io);
    // then
    expect(code).toBe(2);
    expect(out.stderr).toBe('inputs.json: input recordId: "a0X000000000001AAA" is not a valid record: recordId is an Alert_Group__c record variable, which takes the record as an object of its fields, such as { "Id": "a0X000000000001AAA" }\n');
  });

  it('given as an object of its fields, the run takes it', async () => {
    const { io, out } = memoryIo({ 'f/Alerts.flow-meta.xml': flow, 'inputs.json': '{ "recordId": { "Id": "a0X000000000001AAA" } }' });
    expect(await main(['f/Alerts.flow-meta.xml', '--inputs', 'inputs.json'], io)).toBe(0);
    expect(JSON.parse(out.stdout).outputs).toEqual({ groupId: 'a0X000000000001AAA' });
  });
});
