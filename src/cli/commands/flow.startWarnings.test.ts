/**
 * `stageflow flow` run without `--record` on a flow whose start gives it a `$Record` other than a
 * saved record: a platform-event-triggered flow (its `$Record` is the event message) and a
 * schedule-triggered flow on an object (one interview for each record its conditions select). A
 * record-triggered flow warned how to give its record; these two said nothing until a read of
 * `$Record` stopped with "give the triggering record" (survey 14: three platform event handlers and a
 * scheduled flow). The flows below are written anew.
 */
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/memoryIo';
import { main } from './flow';

const startedBy = (start: string) => `<Flow><processType>AutoLaunchedFlow</processType><status>Active</status>
  <start>${start}<connector><targetReference>Copy</targetReference></connector></start>
  <assignments><name>Copy</name><assignmentItems><assignToReference>seen</assignToReference><operator>Assign</operator><value><elementReference>$Record.Message__c</elementReference></value></assignmentItems></assignments>
  <variables><name>seen</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
</Flow>`;

describe('stageflow flow: the start of a flow without its $Record', () => {
  it('a platform-event-triggered flow warns that its $Record is the event message, and how to give it', async () => {
    const { io, out } = memoryIo({ 'f/On_Alert.flow-meta.xml': startedBy('<object>Alert__e</object><triggerType>PlatformEvent</triggerType>') });
    expect(await main(['f/On_Alert.flow-meta.xml'], io)).toBe(0);
    expect(out.stderr).toBe('f/On_Alert.flow-meta.xml: start: warning: this flow starts when an Alert__e event message is received; give the message as its $Record with --records and --record <Id>\n');
    expect(JSON.parse(out.stdout).status).toBe('unsupported');
  });

  it('a schedule-triggered flow on an object warns that it runs once for each record its conditions select, and how to give one', async () => {
    const { io, out } = memoryIo({ 'f/Nightly.flow-meta.xml': startedBy('<object>Case</object><schedule><frequency>Daily</frequency><startDate>2025-01-01</startDate><startTime>01:00:00.000Z</startTime></schedule><triggerType>Scheduled</triggerType>') });
    expect(await main(['f/Nightly.flow-meta.xml'], io)).toBe(0);
    expect(out.stderr).toBe('f/Nightly.flow-meta.xml: start: warning: this flow runs on a schedule once for each Case record its conditions select; give one as its $Record with --records and --record <Id>\n');
  });

  it('says nothing when --record gives the message', async () => {
    const { io, out } = memoryIo({ 'f/On_Alert.flow-meta.xml': startedBy('<object>Alert__e</object><triggerType>PlatformEvent</triggerType>'), 'rec.json': '{ "Alert__e": [{ "Id": "e00000000000001AAA", "Message__c": "disk full" }] }' });
    expect(await main(['f/On_Alert.flow-meta.xml', '--records', 'rec.json', '--record', 'e00000000000001AAA'], io)).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'completed', outputs: { seen: 'disk full' } });
    expect(out.stderr).toBe('');
  });
});
