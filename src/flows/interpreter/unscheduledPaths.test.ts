import { describe, expect, it } from 'vitest';
import { definitionOf, flowText } from '../../io/flowXml/testing/flowText';
import { resumeFlow, runFlow } from './run';
import { unscheduledPaths } from './unscheduledPaths';

/**
 * The shape of a real after-save flow (davehahn/happysoup, Task_Boat_Specialist_10_Days_after_Retail_Pickup_Flow):
 * no immediate path, all its logic on a path "10 days after Delivery_Date__c", plus here a path one
 * day after the save.
 */
const definition = definitionOf(flowText(`<apiVersion>60.0</apiVersion><label>Paths</label><processType>AutoLaunchedFlow</processType>
<assignments><name>Task</name><label>Task</label><locationX>0</locationX><locationY>0</locationY>
<assignmentItems><assignToReference>note</assignToReference><operator>Add</operator><value><stringValue>ran;</stringValue></value></assignmentItems></assignments>
<start><locationX>0</locationX><locationY>0</locationY><object>Project__c</object><recordTriggerType>Create</recordTriggerType><triggerType>RecordAfterSave</triggerType>
<scheduledPaths><name>X10_Days_after_Delivery_Date</name><label>10 Days after Delivery Date</label><connector><targetReference>Task</targetReference></connector>
<offsetNumber>10</offsetNumber><offsetUnit>Days</offsetUnit><recordField>Delivery_Date__c</recordField><timeSource>RecordField</timeSource></scheduledPaths>
<scheduledPaths><name>Next_Day</name><label>Next Day</label><connector><targetReference>Task</targetReference></connector>
<offsetNumber>1</offsetNumber><offsetUnit>Days</offsetUnit><timeSource>RecordTriggerEvent</timeSource></scheduledPaths>
</start><status>Active</status>
<variables><name>note</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>`));
const project = (fields: Record<string, string>) => ({ object: 'Project__c', fields: { Id: 'a00000000000001AAA', ...fields } });

describe('unscheduledPaths', () => {
  it('unscheduledPaths: names a timed path on an empty date field, which the run did not schedule (it completes having run nothing for it), while waiting and after', () => {
    // when: no Delivery_Date__c, so only the next-day path is armed
    const waiting = runFlow(definition, { record: project({}) }).run;
    const done = resumeFlow(definition, waiting.waiting!.state, { now: 24 * 3_600_000 }).run;
    // then
    expect(waiting.status).toBe('waiting');
    expect(unscheduledPaths(definition, waiting)).toEqual([{ path: 'X10_Days_after_Delivery_Date', field: 'Delivery_Date__c' }]);
    expect(done).toMatchObject({ status: 'completed', outputs: { note: 'ran;' } });
    expect(unscheduledPaths(definition, done)).toEqual([{ path: 'X10_Days_after_Delivery_Date', field: 'Delivery_Date__c' }]);
  });

  it('unscheduledPaths: none when the date field is given (the path is armed, whether it waits or has run), nor when the run stopped before its paths were scheduled', () => {
    // given
    const passed = runFlow(definition, { record: project({ Delivery_Date__c: '2000-01-01' }) }).run;
    const ahead = runFlow(definition, { record: project({ Delivery_Date__c: '2999-01-01' }) }).run;
    const notADate = runFlow(definition, { record: project({ Delivery_Date__c: 'soon' }) }).run;
    // then
    expect(passed.path.map((step) => step.outcome).filter(Boolean)).toContain('X10_Days_after_Delivery_Date');
    expect(unscheduledPaths(definition, passed)).toEqual([]);
    expect(ahead.status).toBe('waiting');
    expect(unscheduledPaths(definition, ahead)).toEqual([]);
    expect(notADate.status).toBe('faulted');
    expect(unscheduledPaths(definition, notADate)).toEqual([]);
  });
});
