/**
 * The screen Repeater component, read from flow files shaped as real ones and run: its child
 * `<fields>` are read with the Repeater as their `parent`, its `collection` input as an input
 * parameter, and the run takes one answer per item into `{!Repeater.AllItems}`.
 *
 * `followUpTasks` is reduced from force-app/main/default/flows/Follow_up_Tasks.flow-meta.xml of the
 * public SFDX project github.com/ameyajoshirunwalgroup/SFDC-RunwalProd-1Oct (commit d7f8a872):
 * a Repeater of tasks (a required subject, a lookup, a due date), a loop over its AllItems building
 * Task records, and Create Records. `manageEmails` is reduced from
 * SMQS_Screen_Manage_ContactPoints_Email_Subflow.flow-meta.xml of github.com/SFDC-Assets/PSA-Stakeholder-Management-Quick-Start
 * (commit d36cdb57): a Repeater prefilled from var_AllEmails (`var_AllEmails[$EachItem].IsPrimary`),
 * a warning shown per item by `EmailsList.AllItems[$EachItem].field_Email_MarkedForDeletion`, and
 * loops over its PrepopulatedItems and AddedItems.
 */
import { describe, expect, it } from 'vitest';
import { FlowDefinition } from '../../flows/definition';
import { runFlow } from '../../flows/interpreter';
import { SimulatedOrg } from '../../flows/org/simulatedOrg';
import { definitionOf, flowText as flow } from './testing/flowText';

const followUpTasks = flow(`<processType>Flow</processType>
    <assignments>
        <name>Assign_Task</name>
        <label>Assign Task</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <assignmentItems>
            <assignToReference>taskRecord.Subject</assignToReference>
            <operator>Assign</operator>
            <value><elementReference>Loop_Over_Screen.Subject</elementReference></value>
        </assignmentItems>
        <assignmentItems>
            <assignToReference>taskRecord.ActivityDate</assignToReference>
            <operator>Assign</operator>
            <value><elementReference>Loop_Over_Screen.Due_Date</elementReference></value>
        </assignmentItems>
        <assignmentItems>
            <assignToReference>taskRecord.OwnerId</assignToReference>
            <operator>Assign</operator>
            <value><elementReference>Loop_Over_Screen.Assigned_To.recordId</elementReference></value>
        </assignmentItems>
        <assignmentItems>
            <assignToReference>taskRecordList</assignToReference>
            <operator>Add</operator>
            <value><elementReference>taskRecord</elementReference></value>
        </assignmentItems>
        <connector><targetReference>Loop_Over_Screen</targetReference></connector>
    </assignments>
    <loops>
        <name>Loop_Over_Screen</name>
        <label>Loop Over Screen</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <collectionReference>TaskRepeater.AllItems</collectionReference>
        <iterationOrder>Asc</iterationOrder>
        <nextValueConnector><targetReference>Assign_Task</targetReference></nextValueConnector>
        <noMoreValuesConnector><targetReference>Create_Record_Tasks</targetReference></noMoreValuesConnector>
    </loops>
    <recordCreates>
        <name>Create_Record_Tasks</name>
        <label>Create Record Tasks</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <inputReference>taskRecordList</inputReference>
    </recordCreates>
    <screens>
        <name>Flow_Up_Tasks</name>
        <label>Flow Up Tasks</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <allowBack>true</allowBack>
        <allowFinish>true</allowFinish>
        <allowPause>true</allowPause>
        <connector><targetReference>Loop_Over_Screen</targetReference></connector>
        <fields>
            <name>TaskRepeater</name>
            <fieldType>Repeater</fieldType>
            <fields>
                <name>Subject</name>
                <dataType>String</dataType>
                <fieldText>Subject</fieldText>
                <fieldType>InputField</fieldType>
                <inputsOnNextNavToAssocScrn>UseStoredValues</inputsOnNextNavToAssocScrn>
                <isRequired>true</isRequired>
            </fields>
            <fields>
                <name>Assigned_To</name>
                <extensionName>flowruntime:lookup</extensionName>
                <fieldType>ComponentInstance</fieldType>
                <inputParameters>
                    <name>objectApiName</name>
                    <value><stringValue>Task</stringValue></value>
                </inputParameters>
                <inputParameters>
                    <name>fieldApiName</name>
                    <value><stringValue>OwnerId</stringValue></value>
                </inputParameters>
                <inputsOnNextNavToAssocScrn>UseStoredValues</inputsOnNextNavToAssocScrn>
                <isRequired>true</isRequired>
                <storeOutputAutomatically>true</storeOutputAutomatically>
            </fields>
            <fields>
                <name>Due_Date</name>
                <dataType>Date</dataType>
                <fieldText>Due Date</fieldText>
                <fieldType>InputField</fieldType>
                <inputsOnNextNavToAssocScrn>UseStoredValues</inputsOnNextNavToAssocScrn>
                <isRequired>false</isRequired>
            </fields>
            <isRequired>false</isRequired>
        </fields>
        <showFooter>true</showFooter>
        <showHeader>true</showHeader>
    </screens>
    <start><locationX>0</locationX><locationY>0</locationY><connector><targetReference>Flow_Up_Tasks</targetReference></connector></start>
    <status>Active</status>
    <variables><name>taskRecord</name><dataType>SObject</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>false</isOutput><objectType>Task</objectType></variables>
    <variables><name>taskRecordList</name><dataType>SObject</dataType><isCollection>true</isCollection><isInput>false</isInput><isOutput>true</isOutput><objectType>Task</objectType></variables>`);

const OWNER = '005000000000001AAA';

describe('screen Repeater: the follow-up tasks of Follow_up_Tasks (one Task per item)', () => {
  it('Repeater: the children of <fields> of type Repeater are read with the Repeater as their parent', () => {
    // given / when
    const definition = definitionOf(followUpTasks);
    const screen = definition.elements.Flow_Up_Tasks;
    // then
    expect(screen?.kind === 'screen' && screen.fields.map((f) => [f.name, f.fieldType, f.parent])).toEqual([
      ['TaskRepeater', 'Repeater', undefined], ['Subject', 'InputField', 'TaskRepeater'], ['Assigned_To', 'ComponentInstance', 'TaskRepeater'], ['Due_Date', 'InputField', 'TaskRepeater'],
    ]);
    expect(FlowDefinition.safeParse(definition).success).toBe(true);
  });

  it('Repeater: two items answered give two Tasks created, each from its item\'s subject, lookup and due date', () => {
    // given
    const definition = definitionOf(followUpTasks);
    const items = [{ Subject: 'Send the brochure', Assigned_To: { recordId: OWNER }, Due_Date: '2026-12-10' }, { Subject: 'Book a site visit', Assigned_To: { recordId: OWNER } }];
    // when
    const { run } = runFlow(definition, { screenValues: { TaskRepeater: items } });
    // then: the run completed (it stopped as unsupported before) and created both tasks
    expect(run.status).toBe('completed');
    expect(run.outputs.taskRecordList).toMatchObject([
      { Subject: 'Send the brochure', ActivityDate: '2026-12-10', OwnerId: OWNER },
      { Subject: 'Book a site visit', ActivityDate: null, OwnerId: OWNER },
    ]);
    expect(run.recordChanges.filter((change) => change.object === 'Task')).toHaveLength(2);
  });

  it('Repeater: a required subject left blank in the second task fails the screen, naming the item', () => {
    // given
    const definition = definitionOf(followUpTasks);
    // when
    const { run } = runFlow(definition, { screenValues: { TaskRepeater: [{ Subject: 'Send the brochure' }, { Subject: '' }] } });
    // then
    expect(run.fault?.message).toBe('screen Flow_Up_Tasks, Repeater TaskRepeater item 2, field Subject: "" is refused: the field is required');
  });
});

const manageEmails = flow(`<processType>Flow</processType>
    <assignments>
        <name>Keep_Update</name>
        <label>Keep Update</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <assignmentItems>
            <assignToReference>primaries</assignToReference>
            <operator>Add</operator>
            <value><elementReference>Loop_Split_Emails.field_Email_IsPrimary</elementReference></value>
        </assignmentItems>
        <assignmentItems>
            <assignToReference>updateIds</assignToReference>
            <operator>Add</operator>
            <value><elementReference>Loop_Split_Emails.UniqueField__Id</elementReference></value>
        </assignmentItems>
        <connector><targetReference>Loop_Split_Emails</targetReference></connector>
    </assignments>
    <assignments>
        <name>Keep_New</name>
        <label>Keep New</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <assignmentItems>
            <assignToReference>newAddresses</assignToReference>
            <operator>Add</operator>
            <value><elementReference>Loop_Split_Emails_New.field_EmailAddress.value</elementReference></value>
        </assignmentItems>
        <connector><targetReference>Loop_Split_Emails_New</targetReference></connector>
    </assignments>
    <loops>
        <name>Loop_Split_Emails</name>
        <label>Loop Split Emails</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <collectionReference>EmailsList.PrepopulatedItems</collectionReference>
        <iterationOrder>Asc</iterationOrder>
        <nextValueConnector><targetReference>Keep_Update</targetReference></nextValueConnector>
        <noMoreValuesConnector><targetReference>Loop_Split_Emails_New</targetReference></noMoreValuesConnector>
    </loops>
    <loops>
        <name>Loop_Split_Emails_New</name>
        <label>Loop Split Emails New</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <collectionReference>EmailsList.AddedItems</collectionReference>
        <iterationOrder>Asc</iterationOrder>
        <nextValueConnector><targetReference>Keep_New</targetReference></nextValueConnector>
    </loops>
    <screens>
        <name>Screen_Manage_Emails</name>
        <label>Manage Email Addresses</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <allowBack>false</allowBack>
        <allowFinish>true</allowFinish>
        <allowPause>false</allowPause>
        <connector><targetReference>Loop_Split_Emails</targetReference></connector>
        <fields>
            <name>EmailsList</name>
            <fieldType>Repeater</fieldType>
            <fields>
                <name>txt_Email_Marked_Delete_Above</name>
                <fieldText>&lt;p&gt;⚠ This email is marked for deletion.&lt;/p&gt;</fieldText>
                <fieldType>DisplayText</fieldType>
                <visibilityRule>
                    <conditionLogic>and</conditionLogic>
                    <conditions>
                        <leftValueReference>EmailsList.AllItems[$EachItem].field_Email_MarkedForDeletion</leftValueReference>
                        <operator>EqualTo</operator>
                        <rightValue><booleanValue>true</booleanValue></rightValue>
                    </conditions>
                </visibilityRule>
            </fields>
            <fields>
                <name>field_EmailAddress</name>
                <extensionName>flowruntime:email</extensionName>
                <fieldType>ComponentInstance</fieldType>
                <inputParameters>
                    <name>value</name>
                    <value><elementReference>var_AllEmails[$EachItem].EmailAddress</elementReference></value>
                </inputParameters>
                <inputsOnNextNavToAssocScrn>UseStoredValues</inputsOnNextNavToAssocScrn>
                <isRequired>true</isRequired>
                <storeOutputAutomatically>true</storeOutputAutomatically>
            </fields>
            <fields>
                <name>field_Email_IsPrimary</name>
                <dataType>Boolean</dataType>
                <defaultValue><elementReference>var_AllEmails[$EachItem].IsPrimary</elementReference></defaultValue>
                <fieldText>Primary</fieldText>
                <fieldType>InputField</fieldType>
                <isRequired>true</isRequired>
            </fields>
            <fields>
                <name>field_Email_MarkedForDeletion</name>
                <dataType>Boolean</dataType>
                <defaultValue><elementReference>var_AllEmails[$EachItem].Marked_For_Deletion__c</elementReference></defaultValue>
                <fieldText>Mark for Deletion</fieldText>
                <fieldType>InputField</fieldType>
                <isRequired>true</isRequired>
            </fields>
            <inputParameters>
                <name>collection</name>
                <value><elementReference>var_AllEmails</elementReference></value>
            </inputParameters>
            <inputParameters>
                <name>canAddItem</name>
                <value><booleanValue>true</booleanValue></value>
            </inputParameters>
            <inputParameters>
                <name>canRemoveItem</name>
                <value><booleanValue>false</booleanValue></value>
            </inputParameters>
            <isRequired>false</isRequired>
        </fields>
        <showFooter>true</showFooter>
        <showHeader>false</showHeader>
    </screens>
    <start><locationX>0</locationX><locationY>0</locationY><connector><targetReference>Screen_Manage_Emails</targetReference></connector></start>
    <status>Active</status>
    <variables><name>var_AllEmails</name><dataType>SObject</dataType><isCollection>true</isCollection><isInput>true</isInput><isOutput>false</isOutput><objectType>ContactPointEmail</objectType></variables>
    <variables><name>primaries</name><dataType>Boolean</dataType><isCollection>true</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
    <variables><name>updateIds</name><dataType>String</dataType><isCollection>true</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
    <variables><name>newAddresses</name><dataType>String</dataType><isCollection>true</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>`);

const emails = [
  { Id: '9Pc000000000001AAA', EmailAddress: 'ana@example.com', IsPrimary: true, Marked_For_Deletion__c: false },
  { Id: '9Pc000000000002AAA', EmailAddress: 'old@example.com', IsPrimary: false, Marked_For_Deletion__c: true },
];

describe('screen Repeater: the email list of SMQS_Screen_Manage_ContactPoints_Email_Subflow (prefilled from var_AllEmails)', () => {
  it('Repeater: the Repeater\'s collection input is read, and with no answer each email gives one PrepopulatedItem prefilled from var_AllEmails[$EachItem], holding its UniqueField__Id', () => {
    // given
    const definition = definitionOf(manageEmails);
    const screen = definition.elements.Screen_Manage_Emails;
    // when
    const { run } = runFlow(definition, { inputs: { var_AllEmails: emails }, org: SimulatedOrg.from({ ContactPointEmail: emails }) });
    // then: not "{!var_AllEmails[$EachItem].IsPrimary} names no resource"
    expect(screen?.kind === 'screen' && screen.fields[0]?.inputParameters?.find((p) => p.name === 'collection')).toEqual({ name: 'collection', value: { ref: 'var_AllEmails' } });
    expect(run.status).toBe('completed');
    expect(run.outputs.primaries).toEqual([true, false]);
    expect(run.outputs.newAddresses).toBeNull();
    // each prefilled item names its source record (UniqueField__Id), as the flow reads it to update or delete that record
    expect(run.outputs.updateIds).toEqual(['9Pc000000000001AAA', '9Pc000000000002AAA']);
  });

  it('Repeater: an added email is an AddedItem (its prefill reads null); the answers of prefilled items replace their defaults', () => {
    // (the flow marks its checkboxes required, so an answer false would be refused, as on any screen: screen.ts)
    // given
    const definition = definitionOf(manageEmails);
    const answers = [{}, { field_Email_IsPrimary: true }, { field_EmailAddress: { value: 'new@example.com' }, field_Email_IsPrimary: true }];
    // when
    const { run } = runFlow(definition, { inputs: { var_AllEmails: emails }, screenValues: { EmailsList: answers } });
    // then
    expect(run.status).toBe('completed');
    expect(run.outputs.primaries).toEqual([true, true]);
    expect(run.outputs.updateIds).toEqual(['9Pc000000000001AAA', '9Pc000000000002AAA']);
    expect(run.outputs.newAddresses).toEqual(['new@example.com']);
  });
});
