/**
 * `stageflow flow` and a Process Builder process (processType Workflow) run without its record.
 * Salesforce starts a process only on a save, handing it the saved record as the input
 * `myVariable_current`; run without `--record`, every read of that record faulted on a null
 * ("myVariable_current has no record"), a name the admin never typed, with nothing saying how to
 * give the record (survey 14: 107 of 151 processes, bare). An invocable process and a platform
 * event process already said so. The process below is written anew in the shape Process Builder saves.
 */
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/memoryIo';
import { main } from './flow';

const process = `<Flow><processType>Workflow</processType><status>Active</status><startElementReference>myDecision</startElementReference>
  <decisions><name>myDecision</name><rules><name>myRule_1</name><conditionLogic>and</conditionLogic>
    <conditions><leftValueReference>myVariable_current.Status</leftValueReference><operator>EqualTo</operator><rightValue><stringValue>Closed</stringValue></rightValue></conditions>
    <connector><targetReference>myRule_1_A1</targetReference></connector></rules></decisions>
  <assignments><name>myRule_1_A1</name><assignmentItems><assignToReference>seen</assignToReference><operator>Assign</operator><value><stringValue>closed</stringValue></value></assignmentItems></assignments>
  <variables><name>myVariable_current</name><dataType>SObject</dataType><isCollection>false</isCollection><isInput>true</isInput><isOutput>true</isOutput><objectType>Case</objectType></variables>
  <variables><name>myVariable_old</name><dataType>SObject</dataType><isCollection>false</isCollection><isInput>true</isInput><isOutput>false</isOutput><objectType>Case</objectType></variables>
  <variables><name>seen</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
</Flow>`;

describe('stageflow flow: a Process Builder process without its record', () => {
  it('warns that the process runs on the saved record, its input myVariable_current, and how to give it', async () => {
    const { io, out } = memoryIo({ 'f/Close.flow-meta.xml': process });
    expect(await main(['f/Close.flow-meta.xml'], io)).toBe(0);
    expect(out.stderr).toBe('f/Close.flow-meta.xml: (root): warning: this Process Builder process runs on the Case record whose save started it, its input myVariable_current; give it with --records and --record <Id> (and --prior for an update)\n');
  });

  it('says nothing when --record or an --inputs myVariable_current gives the record', async () => {
    const { io, out } = memoryIo({ 'f/Close.flow-meta.xml': process, 'rec.json': '{ "Case": [{ "Id": "500A", "Status": "Closed" }] }', 'in.json': '{ "myVariable_current": { "Id": "500B", "Status": "Closed" } }' });
    expect(await main(['f/Close.flow-meta.xml', '--records', 'rec.json', '--record', '500A'], io)).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'completed', outputs: { seen: 'closed' } });
    out.stdout = '';
    expect(await main(['f/Close.flow-meta.xml', '--inputs', 'in.json'], io)).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'completed', outputs: { seen: 'closed' } });
    expect(out.stderr).toBe('');
  });
});
