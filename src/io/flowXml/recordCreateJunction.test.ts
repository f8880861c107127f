/**
 * Create Records checking for matching records on a junction object (a GroupMember): Salesforce
 * cannot update one, and the check does not support junction objects, so a match to update fails the
 * element (chosen: org/junctionObjects.ts); a match skipped, or none, works as on any object. The
 * flow is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { runFlow } from '../../flows/interpreter';
import { SimulatedOrg } from '../../flows/org/simulatedOrg';
import { definitionOf, flowText } from './testing/flowText';

const at = '<locationX>0</locationX><locationY>0</locationY>';
const text = (name: string, input: boolean): string => `<variables><name>${name}</name><dataType>String</dataType><isCollection>false</isCollection><isInput>${input}</isInput><isOutput>true</isOutput></variables>`;

/** Adds {!userId} to the public group {!groupId}, checking for the membership first; `one` is the operation for one match. */
function addMember(one: string): string {
  const field = (name: string, ref: string) => `<field>${name}</field><value><elementReference>${ref}</elementReference></value>`;
  return flowText(`<apiVersion>62.0</apiVersion>
    <assignments><name>Note_Fault</name><label>Note Fault</label>${at}
        <assignmentItems><assignToReference>failure</assignToReference><operator>Assign</operator><value><elementReference>$Flow.FaultMessage</elementReference></value></assignmentItems>
    </assignments>
    <label>Add member</label>
    <processType>AutoLaunchedFlow</processType>
    <recordCreates><name>Add_Member</name><label>Add Member</label>${at}
        <assignRecordIdToReference>memberId</assignRecordIdToReference>
        <faultConnector><targetReference>Note_Fault</targetReference></faultConnector>
        <filterLogic>and</filterLogic>
        <filters>${field('GroupId', 'groupId').replace('</field>', '</field><operator>EqualTo</operator>')}</filters>
        <filters>${field('UserOrGroupId', 'userId').replace('</field>', '</field><operator>EqualTo</operator>')}</filters>
        <inputAssignments>${field('GroupId', 'groupId')}</inputAssignments>
        <inputAssignments>${field('UserOrGroupId', 'userId')}</inputAssignments>
        <object>GroupMember</object>
        <operationMultMatchingRecords>None</operationMultMatchingRecords>
        <operationOneMatchingRecord>${one}</operationOneMatchingRecord>
        <operationZeroMatchingRecords>AddRecord</operationZeroMatchingRecords>
    </recordCreates>
    <start>${at}<connector><targetReference>Add_Member</targetReference></connector></start>
    <status>Active</status>
    ${text('failure', false)}${text('groupId', true)}${text('memberId', false)}${text('userId', true)}`);
}

/** Upserts the GroupMember collection {!members} by `key`, updating a match. */
function upsertMembers(key: string): string {
  return flowText(`<apiVersion>62.0</apiVersion>
    <assignments><name>Note_Fault</name><label>Note Fault</label>${at}
        <assignmentItems><assignToReference>failure</assignToReference><operator>Assign</operator><value><elementReference>$Flow.FaultMessage</elementReference></value></assignmentItems>
    </assignments>
    <label>Add members</label>
    <processType>AutoLaunchedFlow</processType>
    <recordCreates><name>Add_Members</name><label>Add Members</label>${at}
        <faultConnector><targetReference>Note_Fault</targetReference></faultConnector>
        <inputReference>members</inputReference>
        <operationOneMatchingRecord>UpdateAllRecords</operationOneMatchingRecord>
        <${key}>
    </recordCreates>
    <start>${at}<connector><targetReference>Add_Members</targetReference></connector></start>
    <status>Active</status>
    <variables><name>members</name><dataType>SObject</dataType><isCollection>true</isCollection><isInput>true</isInput><isOutput>true</isOutput><objectType>GroupMember</objectType></variables>
    ${text('failure', false)}`);
}

const GROUP = '00G000000000001AAA';
const member = () => SimulatedOrg.from({ GroupMember: [{ Id: '011000000000001AAA', GroupId: GROUP, UserOrGroupId: '005000000000001AAA' }] });

describe('recordCreate: check for matching records on a junction object', () => {
  it('recordCreate: check for matching records — a GroupMember match to update fails the element: Salesforce cannot update a junction object (chosen)', () => {
    // when the user is a member already and the element would update the match
    const { run, org } = runFlow(definitionOf(addMember('UpdateAllRecords')), { org: member(), inputs: { groupId: GROUP, userId: '005000000000001AAA' } });
    // then the fault path is taken, saying why, and nothing is written
    expect(run.outputs.failure).toBe('Add_Member: Check for Matching Records found a matching GroupMember record to update (011000000000001AAA), and Salesforce cannot update a GroupMember (a junction object, which the check does not support): skip matching records, or find the record with Get Records and create it only when none is found');
    expect(run.recordChanges).toEqual([]);
    expect(org.recordsOf('GroupMember')).toHaveLength(1);
  });

  it('recordCreate: check for matching records — on a GroupMember, a match skipped and no match work as on any object', () => {
    // when the element skips the member it finds, and when it finds none
    const skipped = runFlow(definitionOf(addMember('None')), { org: member(), inputs: { groupId: GROUP, userId: '005000000000001AAA' } });
    const added = runFlow(definitionOf(addMember('UpdateAllRecords')), { org: member(), inputs: { groupId: GROUP, userId: '005000000000002AAA' } });
    // then
    expect(skipped.run.outputs).toMatchObject({ failure: null, memberId: null });
    expect(skipped.org.recordsOf('GroupMember')).toHaveLength(1);
    expect(added.run.outputs.failure).toBeNull();
    expect(added.org.recordsOf('GroupMember').map((r) => r.fields.UserOrGroupId)).toEqual(['005000000000001AAA', '005000000000002AAA']);
  });

  it('recordCreate: check for matching records — a GroupMember collection upserted by a key: a match to update fails the element before any record is written, the new members included', () => {
    // given a collection whose first member is new and whose second is a member already
    const members = [{ GroupId: GROUP, UserOrGroupId: '005000000000002AAA' }, { Id: '011000000000001AAA', GroupId: GROUP, UserOrGroupId: '005000000000001AAA' }];
    // when it is upserted by Id, updating a match
    const { run, org } = runFlow(definitionOf(upsertMembers('upsertStandardIdField>Id</upsertStandardIdField')), { org: member(), inputs: { members } });
    // then the fault path is taken and nothing is written: the first member was created before the second faulted
    expect(run.outputs.failure).toContain('Add_Members: Check for Matching Records found a matching GroupMember record to update (011000000000001AAA), and Salesforce cannot update a GroupMember');
    expect(run.recordChanges).toEqual([]);
    expect(org.recordsOf('GroupMember').map((r) => r.fields.UserOrGroupId)).toEqual(['005000000000001AAA']);
  });
});
