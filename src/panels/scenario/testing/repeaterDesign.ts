/**
 * Test support: an orchestration whose interactive step `Plan_Tasks` runs the screen flow
 * `Follow_Up`, a Repeater of tasks shaped as Follow_up_Tasks (src/io/flowXml/readScreenRepeater.test.ts,
 * reduced from a public SFDX project): a required Subject, a lookup read through the item
 * (`{!Each_Task.Assigned_To.recordId}`), a due date, a note beside the Repeater, and a loop that
 * counts the items into the output `taskCount`.
 */
import { definitionOf, flowText } from '../../../io/flowXml/testing/flowText';
import { emptyOrchestration } from '../../../model/factories';
import type { Orchestration } from '../../../model/types';

const FOLLOW_UP = flowText(`<processType>Flow</processType>
    <assignments>
        <name>Count_Task</name><label>Count Task</label><locationX>0</locationX><locationY>0</locationY>
        <assignmentItems><assignToReference>taskCount</assignToReference><operator>Add</operator><value><numberValue>1</numberValue></value></assignmentItems>
        <assignmentItems><assignToReference>owners</assignToReference><operator>Add</operator><value><elementReference>Each_Task.Assigned_To.recordId</elementReference></value></assignmentItems>
        <connector><targetReference>Each_Task</targetReference></connector>
    </assignments>
    <loops>
        <name>Each_Task</name><label>Each Task</label><locationX>0</locationX><locationY>0</locationY>
        <collectionReference>TaskRepeater.AllItems</collectionReference>
        <iterationOrder>Asc</iterationOrder>
        <nextValueConnector><targetReference>Count_Task</targetReference></nextValueConnector>
    </loops>
    <screens>
        <name>Plan</name><label>Plan</label><locationX>0</locationX><locationY>0</locationY>
        <allowBack>true</allowBack><allowFinish>true</allowFinish><allowPause>true</allowPause>
        <connector><targetReference>Each_Task</targetReference></connector>
        <fields>
            <name>Note</name><dataType>String</dataType><fieldText>Note</fieldText><fieldType>InputField</fieldType><isRequired>false</isRequired>
        </fields>
        <fields>
            <name>TaskRepeater</name>
            <fieldType>Repeater</fieldType>
            <fields>
                <name>Subject</name><dataType>String</dataType><fieldText>Subject</fieldText><fieldType>InputField</fieldType><isRequired>true</isRequired>
            </fields>
            <fields>
                <name>Assigned_To</name><extensionName>flowruntime:lookup</extensionName><fieldType>ComponentInstance</fieldType>
                <inputParameters><name>objectApiName</name><value><stringValue>Task</stringValue></value></inputParameters>
                <inputParameters><name>fieldApiName</name><value><stringValue>OwnerId</stringValue></value></inputParameters>
                <isRequired>false</isRequired><storeOutputAutomatically>true</storeOutputAutomatically>
            </fields>
            <fields>
                <name>Due_Date</name><dataType>Date</dataType><fieldText>Due Date</fieldText><fieldType>InputField</fieldType><isRequired>false</isRequired>
            </fields>
            <isRequired>false</isRequired>
        </fields>
        <showFooter>true</showFooter><showHeader>true</showHeader>
    </screens>
    <start><locationX>0</locationX><locationY>0</locationY><connector><targetReference>Plan</targetReference></connector></start>
    <status>Active</status>
    <variables><name>owners</name><dataType>String</dataType><isCollection>true</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
    <variables><name>taskCount</name><dataType>Number</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput><scale>0</scale><value><numberValue>0</numberValue></value></variables>`);

/** One stage with the interactive step `Plan_Tasks` ("Plan the follow-up tasks") running `Follow_Up`. */
export function repeaterDesign(): Orchestration {
  return {
    ...emptyOrchestration(),
    flows: [{ name: 'Follow_Up', type: 'screen', active: true, definition: definitionOf(FOLLOW_UP) as unknown as NonNullable<Orchestration['flows']>[number]['definition'] }],
    stages: [{ name: 'S', steps: [{ name: 'Plan_Tasks', label: 'Plan the follow-up tasks', kind: 'interactive', flow: 'Follow_Up', assignee: { type: 'user', name: 'admin@example.com' } }] }],
  };
}
