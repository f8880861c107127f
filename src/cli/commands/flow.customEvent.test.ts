/**
 * `stageflow flow` and a Process Builder process that starts when a platform event message is
 * received (processType CustomEvent: the Metadata API's EventDelivery delivers the message "to a flow
 * of type CustomEvent. Those flows are built through Process Builder"), whose message is its input
 * `myVariable_myEvent`. Survey 12: an Obsolete process of a production org faulted at its first
 * element, "myVariable_myEvent has no record", with nothing saying how to give the message. The
 * process below is written anew in the shape Process Builder saves (the survey's repository has no
 * licence).
 */
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/memoryIo';
import { main } from './flow';

const onEvent = `<Flow><processType>CustomEvent</processType><status>Active</status>
  <startElementReference>copySerial</startElementReference>
  <assignments><name>copySerial</name><assignmentItems><assignToReference>seen</assignToReference><operator>Assign</operator><value><elementReference>myVariable_myEvent.Serial_Number__c</elementReference></value></assignmentItems></assignments>
  <variables><name>myVariable_myEvent</name><dataType>SObject</dataType><isCollection>false</isCollection><isInput>true</isInput><isOutput>false</isOutput><objectType>Meter_Reading__e</objectType></variables>
  <variables><name>seen</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
</Flow>`;
const messages = JSON.stringify({ Meter_Reading__e: [{ Id: 'e00000000000001AAA', Serial_Number__c: 'SN-42' }] });

describe('stageflow flow: a platform event process (processType CustomEvent)', () => {
  it('--record hands the process its event message as the input myVariable_myEvent', async () => {
    const { io, out } = memoryIo({ 'f/On_Reading.flow-meta.xml': onEvent, 'rec.json': messages });
    expect(await main(['f/On_Reading.flow-meta.xml', '--records', 'rec.json', '--record', 'e00000000000001AAA'], io)).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'completed', outputs: { seen: 'SN-42' } });
    expect(out.stderr).toBe('');
  });

  it('without the message a warning says how to give it; a record of another object is a warning too', async () => {
    const { io, out } = memoryIo({ 'f/On_Reading.flow-meta.xml': onEvent, 'rec.json': JSON.stringify({ Account: [{ Id: '001000000000001AAA' }] }) });
    await main(['f/On_Reading.flow-meta.xml'], io);
    expect(out.stderr).toBe('f/On_Reading.flow-meta.xml: (root): warning: this process starts when a Meter_Reading__e message is received, its input myVariable_myEvent; give the message with --records and --record <Id>\n');
    out.stderr = '';
    await main(['f/On_Reading.flow-meta.xml', '--records', 'rec.json', '--record', '001000000000001AAA'], io);
    expect(out.stderr).toBe('rec.json: Account[0]: warning: --record 001000000000001AAA is an Account record; the process starts on a Meter_Reading__e event message\n');
  });
});
