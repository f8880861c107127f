/**
 * `stageflow flow` and a Process Builder invocable process (processType InvocableProcess), which
 * runs on the record another process hands it: the input `SObject` ("the sObject itself that you
 * want the process to execute on", Actions Developer Guide, Flow Actions, "Legacy Support for Process
 * Builder"). Survey 9: 39 invocable processes of a production org ran their "no record" path, and
 * `--record` was passed over without a word. The process below is written anew in the shape Process
 * Builder saves (the survey's repository has no licence).
 */
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/memoryIo';
import { main } from './flow';

const invocable = `<Flow><processType>InvocableProcess</processType><status>Active</status>
  <startElementReference>sobjectInputCheckDecision</startElementReference>
  <decisions><name>sobjectInputCheckDecision</name><defaultConnector><targetReference>noRecord</targetReference></defaultConnector>
    <rules><name>sobjectInputCheckRule</name><conditionLogic>and</conditionLogic>
      <conditions><leftValueReference>SObject</leftValueReference><operator>IsNull</operator><rightValue><booleanValue>false</booleanValue></rightValue></conditions>
      <connector><targetReference>copyName</targetReference></connector></rules></decisions>
  <assignments><name>copyName</name><assignmentItems><assignToReference>seen</assignToReference><operator>Assign</operator><value><elementReference>SObject.Name</elementReference></value></assignmentItems></assignments>
  <assignments><name>noRecord</name><assignmentItems><assignToReference>seen</assignToReference><operator>Assign</operator><value><stringValue>none</stringValue></value></assignmentItems></assignments>
  <variables><name>SObject</name><dataType>SObject</dataType><isCollection>false</isCollection><isInput>true</isInput><isOutput>true</isOutput><objectType>Opportunity</objectType></variables>
  <variables><name>SObjectId</name><dataType>String</dataType><isCollection>false</isCollection><isInput>true</isInput><isOutput>true</isOutput></variables>
  <variables><name>seen</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
</Flow>`;
const records = JSON.stringify({ Opportunity: [{ Id: '006000000000001AAA', Name: 'Big deal' }] });

describe('stageflow flow: an invocable process', () => {
  it('--record hands the process its record as the input SObject', async () => {
    const { io, out } = memoryIo({ 'f/Copy.flow-meta.xml': invocable, 'rec.json': records });
    expect(await main(['f/Copy.flow-meta.xml', '--records', 'rec.json', '--record', '006000000000001AAA'], io)).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'completed', outputs: { seen: 'Big deal' } });
    expect(out.stderr).toBe('');
  });

  it('an --inputs SObject wins over --record, and without either a warning says how to give the record', async () => {
    const { io, out } = memoryIo({ 'f/Copy.flow-meta.xml': invocable, 'rec.json': records, 'in.json': '{ "SObject": { "Id": "006000000000002AAA", "Name": "Given" } }' });
    await main(['f/Copy.flow-meta.xml', '--records', 'rec.json', '--record', '006000000000001AAA', '--inputs', 'in.json'], io);
    expect(JSON.parse(out.stdout).outputs).toEqual({ SObject: { Id: '006000000000002AAA', Name: 'Given' }, SObjectId: null, seen: 'Given' });
    out.stdout = '';
    await main(['f/Copy.flow-meta.xml'], io);
    expect(JSON.parse(out.stdout).outputs.seen).toBe('none');
    expect(out.stderr).toBe('f/Copy.flow-meta.xml: (root): warning: this invocable process runs on the record another process hands it, its input SObject; give it with --records and --record <Id>\n');
  });

  it('a --record of another object than the process is defined on is a warning, as for a record-triggered flow', async () => {
    const { io, out } = memoryIo({ 'f/Copy.flow-meta.xml': invocable, 'rec.json': JSON.stringify({ Account: [{ Id: '001000000000001AAA', Name: 'Acme' }] }) });
    await main(['f/Copy.flow-meta.xml', '--records', 'rec.json', '--record', '001000000000001AAA'], io);
    expect(out.stderr).toBe('rec.json: Account[0]: warning: --record 001000000000001AAA is an Account record; the process runs on Opportunity\n');
  });
});
