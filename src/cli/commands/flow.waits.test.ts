import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testing/memoryIo';
import { main } from './flow';

// A record-triggered flow with all its logic on a timed scheduled path, as 11 of the 299 flows of
// a production org (ameyajoshirunwalgroup/SFDC-RunwalProd-1Oct, survey 8) are (written here, not copied)
const later = `<?xml version="1.0" encoding="UTF-8"?>
<Flow xmlns="http://soap.sforce.com/2006/04/metadata">
  <processType>AutoLaunchedFlow</processType><status>Active</status>
  <recordCreates><name>Follow_Up</name><inputAssignments><field>Subject</field><value><stringValue>Call the customer</stringValue></value></inputAssignments><inputAssignments><field>WhatId</field><value><elementReference>$Record.Id</elementReference></value></inputAssignments><object>Task</object></recordCreates>
  <start><object>Opportunity</object><recordTriggerType>Create</recordTriggerType><triggerType>RecordAfterSave</triggerType>
    <scheduledPaths><name>X4_Hours_After</name><connector><targetReference>Follow_Up</targetReference></connector><label>4 Hours After</label><offsetNumber>4</offsetNumber><offsetUnit>Hours</offsetUnit><timeSource>RecordTriggerEvent</timeSource></scheduledPaths>
  </start>
</Flow>`;
// a Wait for a platform event: no time brings it
const onEvent = `<?xml version="1.0" encoding="UTF-8"?>
<Flow xmlns="http://soap.sforce.com/2006/04/metadata">
  <processType>AutoLaunchedFlow</processType><status>Active</status>
  <start><connector><targetReference>Hold</targetReference></connector></start>
  <waits><name>Hold</name><waitEvents><name>Paid</name><eventType>Payment_Received__e</eventType><connector><targetReference>Done</targetReference></connector></waitEvents></waits>
  <assignments><name>Done</name><assignmentItems><assignToReference>note</assignToReference><operator>Assign</operator><value><stringValue>paid</stringValue></value></assignmentItems></assignments>
  <variables><name>note</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
</Flow>`;

// a Wait of one minute in a loop that never ends
const ticking = `<?xml version="1.0" encoding="UTF-8"?>
<Flow xmlns="http://soap.sforce.com/2006/04/metadata">
  <processType>AutoLaunchedFlow</processType><status>Active</status>
  <start><connector><targetReference>Tick</targetReference></connector></start>
  <waits><name>Tick</name><elementSubtype>WaitDuration</elementSubtype><waitEvents><connector><targetReference>Count</targetReference></connector><offset>1</offset><offsetUnit>Minutes</offsetUnit></waitEvents></waits>
  <assignments><name>Count</name><connector><targetReference>Tick</targetReference></connector><assignmentItems><assignToReference>ticks</assignToReference><operator>Add</operator><value><numberValue>1</numberValue></value></assignmentItems></assignments>
  <variables><name>ticks</name><dataType>Number</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput><scale>0</scale></variables>
</Flow>`;

describe('stageflow flow lets time pass', () => {
  it('a timed scheduled path runs at its time on the virtual clock, and stderr says the run waited until then', async () => {
    // given
    const { io, out } = memoryIo({
      'flows/Later.flow-meta.xml': later,
      'rec.json': '{ "Opportunity": [{ "Id": "006000000000001AAA", "Name": "Big deal", "CreatedDate": "2025-01-06T09:00:00Z", "LastModifiedDate": "2025-01-06T09:00:00Z" }] }',
    });
    // when
    const code = await main(['flows/Later.flow-meta.xml', '--records', 'rec.json', '--record', '006000000000001AAA'], io);
    // then
    expect(code).toBe(0);
    const printed = JSON.parse(out.stdout);
    expect(printed).toMatchObject({ status: 'completed' });
    expect(printed.path).toEqual([{ element: 'start', kind: 'start', outcome: 'X4_Hours_After' }, { element: 'Follow_Up', kind: 'recordCreate' }]);
    expect(printed.recordChanges).toEqual([expect.objectContaining({ operation: 'create', object: 'Task', after: expect.objectContaining({ Subject: 'Call the customer', WhatId: '006000000000001AAA' }) })]);
    expect(out.stderr).toMatch(/^flows\/Later\.flow-meta\.xml: start: the run waited until \S+ and went on then$/m);
  });

  it('a Wait for a platform event stays waiting, and stderr says the command does not send the event', async () => {
    // given
    const { io, out } = memoryIo({ 'flows/Hold.flow-meta.xml': onEvent });
    // when
    const code = await main(['flows/Hold.flow-meta.xml'], io);
    // then
    expect(code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'waiting', waiting: { element: 'Hold', events: ['Payment_Received__e'] } });
    expect(out.stderr).toContain('flows/Hold.flow-meta.xml: Hold: warning: the run stopped waiting for the platform event Payment_Received__e, which the flow command does not send');
  });

  it('a Wait in a loop that never ends goes on 1,000 times, then stays waiting, saying so; stderr names the first 10 times', async () => {
    // given
    const { io, out } = memoryIo({ 'flows/Tick.flow-meta.xml': ticking });
    // when
    await main(['flows/Tick.flow-meta.xml'], io);
    // then
    const printed = JSON.parse(out.stdout);
    expect(printed).toMatchObject({ status: 'waiting', outputs: { ticks: 1000 }, waiting: { element: 'Tick' } });
    expect(out.stderr.split('\n').filter((line) => line.includes('went on then'))).toHaveLength(10);
    expect(out.stderr).toContain('flows/Tick.flow-meta.xml: the run waited 990 more times and went on each time\n');
    expect(out.stderr).toMatch(/flows\/Tick\.flow-meta\.xml: Tick: warning: the run stopped waiting for a time \(\S+\) after 1000 waits\n$/);
  });

  it('waits: a Marketing Cloud Wait Until Event (automationEventType, survey 12: two segment-triggered drafts) stops as unsupported naming the engagement event', async () => {
    // given a wait until an email is opened, written as Flow Builder saves it (names ours)
    const { io, out } = memoryIo({ 'flows/Nurture.flow-meta.xml': `<Flow><processType>AutoLaunchedFlow</processType><status>Draft</status>
      <start><connector><targetReference>Until_Opened</targetReference></connector></start>
      <waits><name>Until_Opened</name><elementSubtype>WaitUntilEvent</elementSubtype>
        <waitEvents><name>Opened</name><automationEventName>default__trgrOnEmailOpenEngagement</automationEventName><automationEventType>trgrOnEmailOpenEngagement</automationEventType><conditionLogic>and</conditionLogic></waitEvents></waits>
    </Flow>` });
    // when
    await main(['flows/Nurture.flow-meta.xml'], io);
    // then
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'unsupported', unsupported: { message: 'Until_Opened.Opened: waiting for the engagement event trgrOnEmailOpenEngagement (a Marketing Cloud Wait Until Event) is not simulated' } });
  });
});
