import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLOW_FIXTURES_ROOT } from '../../io/flowXml/fixtures';
import { memoryIo } from '../testing/memoryIo';
import { main } from './flow';

const fixture = (name: string) => readFileSync(join(FLOW_FIXTURES_ROOT, name), 'utf8');

const parent = `<Flow><processType>AutoLaunchedFlow</processType><status>Active</status>
  <start><connector><targetReference>Call</targetReference></connector></start>
  <subflows><name>Call</name><flowName>Load_User</flowName><inputAssignments><name>recordId</name><value><elementReference>userId</elementReference></value></inputAssignments>
    <outputAssignments><assignToReference>user</assignToReference><name>curUser</name></outputAssignments></subflows>
  <variables><name>userId</name><dataType>String</dataType><isCollection>false</isCollection><isInput>true</isInput><isOutput>false</isOutput></variables>
  <variables><name>user</name><dataType>SObject</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput><objectType>User</objectType></variables>
</Flow>`;

describe('stageflow flow', () => {
  it('runs a flow with inputs and records and prints outputs, path and records read as JSON', async () => {
    // given
    const { io, out } = memoryIo({
      'p/flows/Load_User.flow-meta.xml': fixture('DeactivateUser/Load_User.flow-meta.xml'),
      'in.json': '{ "recordId": "005A" }',
      'rec.json': '{ "User": [{ "Id": "005A", "Username": "ann" }] }',
    });
    // when
    const code = await main(['p/flows/Load_User.flow-meta.xml', '--inputs', 'in.json', '--records', 'rec.json'], io);
    // then
    expect(code).toBe(0);
    const printed = JSON.parse(out.stdout);
    expect(printed).toMatchObject({ flow: 'Load_User', status: 'completed', outputs: { curUser: { Id: '005A', Username: 'ann' } } });
    expect(printed.path.map((p: { element: string }) => p.element)).toEqual(['Load_User', 'Make_User_Available_to_Orchestration']);
  });

  it('$Label reads the project\'s custom labels: under --project, or in the labels folder beside the flows folder; a label the project lacks is unsupported, named', async () => {
    // given a flow that copies {!$Label.Greeting} and {!$Label.Missing}, and the project's labels file beside its flows folder
    const labelled = (label: string) => `<Flow><processType>AutoLaunchedFlow</processType><status>Active</status>
  <start><connector><targetReference>Copy</targetReference></connector></start>
  <assignments><name>Copy</name><assignmentItems><assignToReference>msg</assignToReference><operator>Assign</operator><value><elementReference>$Label.${label}</elementReference></value></assignmentItems></assignments>
  <variables><name>msg</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
</Flow>`;
    const labels = `<?xml version="1.0" encoding="UTF-8"?>
<CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">
    <labels><fullName>Greeting</fullName><language>en_US</language><protected>false</protected><shortDescription>Greeting</shortDescription><value>Hello &amp; welcome</value></labels>
</CustomLabels>`;
    const { io, out } = memoryIo({ 'p/main/default/flows/Greet.flow-meta.xml': labelled('greeting'), 'p/main/default/flows/Lost.flow-meta.xml': labelled('Missing'), 'p/main/default/labels/CustomLabels.labels-meta.xml': labels });
    // when: the flows folder is the project; then the whole package
    const fromFlows = await main(['p/main/default/flows/Greet.flow-meta.xml'], io);
    const greeted = JSON.parse(out.stdout);
    out.stdout = '';
    const fromPackage = await main(['p/main/default/flows/Greet.flow-meta.xml', '--project', 'p/main/default'], io);
    const again = JSON.parse(out.stdout);
    out.stdout = '';
    await main(['p/main/default/flows/Lost.flow-meta.xml'], io);
    const lost = JSON.parse(out.stdout);
    // then
    expect([fromFlows, fromPackage]).toEqual([0, 0]);
    expect(greeted.outputs).toEqual({ msg: 'Hello & welcome' });
    expect(again.outputs).toEqual({ msg: 'Hello & welcome' });
    expect(lost).toMatchObject({ status: 'unsupported', unsupported: { reference: '$Label.Missing', message: "{!$Label.Missing} reads a custom label, and the project's custom labels have no Missing" } });
  });

  it('a record that does not meet the flow\'s entry conditions is said on stderr and in the report (entryConditions), and the flow runs as asked', async () => {
    // given a before-save flow on Case that runs only for Status = Closed, and a New case
    const closedOnly = `<Flow><processType>AutoLaunchedFlow</processType><status>Active</status>
  <start><object>Case</object><triggerType>RecordBeforeSave</triggerType><recordTriggerType>CreateAndUpdate</recordTriggerType><filterLogic>and</filterLogic>
    <filters><field>Status</field><operator>EqualTo</operator><value><stringValue>Closed</stringValue></value></filters>
    <connector><targetReference>Mark</targetReference></connector></start>
  <assignments><name>Mark</name><assignmentItems><assignToReference>$Record.Description</assignToReference><operator>Assign</operator><value><stringValue>closed</stringValue></value></assignmentItems></assignments>
</Flow>`;
    const { io, out } = memoryIo({ 'f/Closed_Only.flow-meta.xml': closedOnly, 'rec.json': '{ "Case": [{ "Id": "500A", "Status": "New" }, { "Id": "500B", "Status": "Closed" }] }' });
    // when
    const code = await main(['f/Closed_Only.flow-meta.xml', '--records', 'rec.json', '--record', '500A'], io);
    const notMet = JSON.parse(out.stdout);
    out.stdout = '';
    await main(['f/Closed_Only.flow-meta.xml', '--records', 'rec.json', '--record', '500B'], io);
    const met = JSON.parse(out.stdout);
    // then
    expect(code).toBe(0);
    expect(out.stderr).toBe('f/Closed_Only.flow-meta.xml: start: warning: the record does not meet the condition Status EqualTo "Closed": Salesforce would not run this flow for this save (it is run here as asked)\n');
    expect(notMet).toMatchObject({ status: 'completed', entryConditions: { met: false, why: 'the record does not meet the condition Status EqualTo "Closed"' } });
    expect(met.entryConditions).toEqual({ met: true, why: 'the record meets the condition Status EqualTo "Closed"' });
  });

  it('a scheduled path on a date field the record leaves empty is said on stderr: the run did not schedule it, so it "completes" having run nothing for it', async () => {
    // given the shape of davehahn/happysoup's Task_Boat_Specialist_10_Days_after_Retail_Pickup_Flow: all its logic on a path 10 days after Delivery_Date__c
    const later = `<Flow><processType>AutoLaunchedFlow</processType><status>Active</status>
  <start><object>Project__c</object><triggerType>RecordAfterSave</triggerType><recordTriggerType>Create</recordTriggerType>
    <scheduledPaths><name>X10_Days_after_Delivery_Date</name><connector><targetReference>Mark</targetReference></connector><offsetNumber>10</offsetNumber><offsetUnit>Days</offsetUnit><recordField>Delivery_Date__c</recordField><timeSource>RecordField</timeSource></scheduledPaths></start>
  <assignments><name>Mark</name><assignmentItems><assignToReference>$Record.Description__c</assignToReference><operator>Assign</operator><value><stringValue>due</stringValue></value></assignmentItems></assignments>
</Flow>`;
    const { io, out } = memoryIo({ 'f/Later.flow-meta.xml': later, 'rec.json': '{ "Project__c": [{ "Id": "a00A" }, { "Id": "a00B", "Delivery_Date__c": "2000-01-01" }] }' });
    // when
    const code = await main(['f/Later.flow-meta.xml', '--records', 'rec.json', '--record', 'a00A'], io);
    const empty = JSON.parse(out.stdout);
    const warned = out.stderr;
    out.stdout = ''; out.stderr = '';
    await main(['f/Later.flow-meta.xml', '--records', 'rec.json', '--record', 'a00B'], io);
    // then
    expect(code).toBe(0);
    expect(empty).toMatchObject({ status: 'completed', path: [], elementsExecuted: 0 });
    expect(warned).toBe('f/Later.flow-meta.xml: start.scheduledPaths.X10_Days_after_Delivery_Date: warning: not scheduled: $Record.Delivery_Date__c is empty, and a path on an empty date field never runs (give the record a date in Delivery_Date__c to run it)\n');
    expect(JSON.parse(out.stdout).path.map((step: { element: string }) => step.element)).toEqual(['start', 'Mark']);
    expect(out.stderr).toBe('');
  });

  it('a flow with no elements is said on stderr: it "completes" having run nothing', async () => {
    // given the shape of davehahn/happysoup's trailheadapp__Populate_External_Id: a process retrieved as only its label and description
    const stub = `<Flow><description>Updated External Id if null.</description><label>Populate External Id</label><processType>Workflow</processType></Flow>`;
    const { io, out } = memoryIo({ 'f/Stub.flow-meta.xml': stub });
    // when
    const code = await main(['f/Stub.flow-meta.xml'], io);
    // then
    expect(code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'completed', path: [], elementsExecuted: 0 });
    expect(out.stderr).toBe('f/Stub.flow-meta.xml: (root): warning: this flow has no elements, so running it does nothing\n');
  });

  it('a schedule-triggered flow\'s filter is tested on --record: a record it does not select is said on stderr, for the record on its schedule, not a save', async () => {
    // given a scheduled flow on Opportunity for StageName = Unit Booked, and an opportunity still prospecting
    const scheduled = `<Flow><processType>AutoLaunchedFlow</processType><status>Active</status>
  <start><object>Opportunity</object><triggerType>Scheduled</triggerType><filterLogic>and</filterLogic>
    <filters><field>StageName</field><operator>EqualTo</operator><value><stringValue>Unit Booked</stringValue></value></filters>
    <connector><targetReference>Mark</targetReference></connector></start>
  <assignments><name>Mark</name><assignmentItems><assignToReference>$Record.Description</assignToReference><operator>Assign</operator><value><stringValue>booked</stringValue></value></assignmentItems></assignments>
</Flow>`;
    const { io, out } = memoryIo({ 'f/Booked.flow-meta.xml': scheduled, 'rec.json': '{ "Opportunity": [{ "Id": "006A", "StageName": "Prospecting" }] }' });
    // when
    const code = await main(['f/Booked.flow-meta.xml', '--records', 'rec.json', '--record', '006A'], io);
    // then
    expect(code).toBe(0);
    expect(out.stderr).toBe('f/Booked.flow-meta.xml: start: warning: the record does not meet the condition StageName EqualTo "Unit Booked": Salesforce would not run this flow for this record on its schedule (it is run here as asked)\n');
    expect(JSON.parse(out.stdout).entryConditions).toEqual({ met: false, why: 'the record does not meet the condition StageName EqualTo "Unit Booked"' });
  });

  it('--record and --prior give a Process Builder process its myVariable_current and myVariable_old, so ISNEW() tells a create from an update', async () => {
    // given a process on Case whose only rule is ISNEW(), marking the case's Subject
    const process = `<Flow><processType>Workflow</processType><status>Active</status><startElementReference>myDecision</startElementReference>
  <decisions><name>myDecision</name><rules><name>myRule_1</name><conditionLogic>and</conditionLogic>
    <conditions><leftValueReference>formula_myRule_1</leftValueReference><operator>EqualTo</operator><rightValue><booleanValue>true</booleanValue></rightValue></conditions>
    <connector><targetReference>myRule_1_A1</targetReference></connector></rules></decisions>
  <formulas><name>formula_myRule_1</name><dataType>Boolean</dataType><expression>ISNEW()</expression></formulas>
  <recordUpdates><name>myRule_1_A1</name><filters><field>Id</field><operator>EqualTo</operator><value><elementReference>myVariable_current.Id</elementReference></value></filters>
    <inputAssignments><field>Subject</field><value><stringValue>new</stringValue></value></inputAssignments><object>Case</object></recordUpdates>
  <variables><name>myVariable_current</name><dataType>SObject</dataType><isCollection>false</isCollection><isInput>true</isInput><isOutput>true</isOutput><objectType>Case</objectType></variables>
  <variables><name>myVariable_old</name><dataType>SObject</dataType><isCollection>false</isCollection><isInput>true</isInput><isOutput>false</isOutput><objectType>Case</objectType></variables>
</Flow>`;
    const { io, out } = memoryIo({ 'f/PB.flow-meta.xml': process, 'rec.json': '{ "Case": [{ "Id": "500A", "Subject": "x" }] }', 'prior.json': '{ "Subject": "y" }' });
    // when created (no --prior), then updated
    expect(await main(['f/PB.flow-meta.xml', '--records', 'rec.json', '--record', '500A'], io)).toBe(0);
    const created = JSON.parse(out.stdout);
    out.stdout = '';
    expect(await main(['f/PB.flow-meta.xml', '--records', 'rec.json', '--record', '500A', '--prior', 'prior.json'], io)).toBe(0);
    const updated = JSON.parse(out.stdout);
    // then the rule holds on the create only
    expect(created.status).toBe('completed');
    expect(created.path).toEqual([{ element: 'myDecision', kind: 'decision', outcome: 'myRule_1' }, { element: 'myRule_1_A1', kind: 'recordUpdate' }]);
    expect(updated.status).toBe('completed');
    expect(updated.path).toEqual([{ element: 'myDecision', kind: 'decision', outcome: expect.not.stringMatching(/^myRule_1$/) }]);
  });

  it('--record gives a Process Builder process a record saved as the run started when it lacks CreatedDate, as a record-triggered flow\'s $Record; the prior record has the same CreatedDate', async () => {
    // given the rule of cbrigham-flexcon/FLEXcon-Salesforce's Add_National_Account_Manager_to_Opp_Team: myVariable_current.CreatedDate IsNull false
    const process = `<Flow><processType>Workflow</processType><status>Active</status><startElementReference>myDecision</startElementReference>
  <decisions><name>myDecision</name><rules><name>myRule_1</name><conditionLogic>and</conditionLogic>
    <conditions><leftValueReference>myVariable_current.CreatedDate</leftValueReference><operator>IsNull</operator><rightValue><booleanValue>false</booleanValue></rightValue></conditions>
    <conditions><leftValueReference>formula_myRule_1</leftValueReference><operator>EqualTo</operator><rightValue><booleanValue>false</booleanValue></rightValue></conditions>
    <connector><targetReference>myRule_1_A1</targetReference></connector></rules></decisions>
  <formulas><name>formula_myRule_1</name><dataType>Boolean</dataType><expression>ISCHANGED({!myVariable_current.CreatedDate})</expression></formulas>
  <assignments><name>myRule_1_A1</name><assignmentItems><assignToReference>created</assignToReference><operator>Assign</operator><value><elementReference>myVariable_current.CreatedDate</elementReference></value></assignmentItems></assignments>
  <variables><name>myVariable_current</name><dataType>SObject</dataType><isCollection>false</isCollection><isInput>true</isInput><isOutput>true</isOutput><objectType>Opportunity</objectType></variables>
  <variables><name>myVariable_old</name><dataType>SObject</dataType><isCollection>false</isCollection><isInput>true</isInput><isOutput>false</isOutput><objectType>Opportunity</objectType></variables>
  <variables><name>created</name><dataType>DateTime</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
</Flow>`;
    const { io, out } = memoryIo({ 'f/PB.flow-meta.xml': process, 'rec.json': '{ "Opportunity": [{ "Id": "006A", "StageName": "Won" }] }', 'prior.json': '{ "StageName": "Open" }' });
    // when: an update, the record given without CreatedDate
    expect(await main(['f/PB.flow-meta.xml', '--records', 'rec.json', '--record', '006A', '--prior', 'prior.json'], io)).toBe(0);
    // then
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'completed', outputs: { created: '2025-01-06T09:00:00Z' } });
  });

  it('--record gives a record-triggered flow its $Record from --records; without it a warning says how', async () => {
    // given a flow triggered on Case that copies $Record.Subject into an output
    const triggered = `<Flow><processType>AutoLaunchedFlow</processType><status>Active</status>
  <start><object>Case</object><triggerType>RecordAfterSave</triggerType><recordTriggerType>Update</recordTriggerType><connector><targetReference>Copy</targetReference></connector></start>
  <assignments><name>Copy</name><assignmentItems><assignToReference>subject</assignToReference><operator>Assign</operator><value><elementReference>$Record.Subject</elementReference></value></assignmentItems></assignments>
  <variables><name>subject</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
</Flow>`;
    const { io, out } = memoryIo({ 'f/On_Case.flow-meta.xml': triggered, 'rec.json': '{ "Case": [{ "Id": "500A", "Subject": "Printer on fire" }], "Account": [{ "Id": "001A" }] }' });
    // when
    const given = await main(['f/On_Case.flow-meta.xml', '--records', 'rec.json', '--record', '500A'], io);
    const printed = JSON.parse(out.stdout);
    out.stdout = '';
    const unknown = await main(['f/On_Case.flow-meta.xml', '--records', 'rec.json', '--record', '500B'], io);
    const account = await main(['f/On_Case.flow-meta.xml', '--records', 'rec.json', '--record', '001A'], io);
    out.stdout = '';
    const without = await main(['f/On_Case.flow-meta.xml'], io);
    // then
    expect(given).toBe(0);
    expect(printed).toMatchObject({ status: 'completed', outputs: { subject: 'Printer on fire' } });
    expect(unknown).toBe(2);
    expect(account).toBe(0);
    expect(without).toBe(0);
    expect(out.stderr.trim().split('\n')).toEqual([
      'rec.json: (root): no record of this file has the Id 500B, given with --record',
      'rec.json: Account[0]: warning: --record 001A is an Account record; the flow is triggered on Case',
      'f/On_Case.flow-meta.xml: start: warning: this flow is record-triggered on Case; give its $Record with --records and --record <Id>',
    ]);
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'unsupported' });
  });

  it('--prior gives $Record__Prior as the fields that differ from --record, so ISCHANGED and PRIORVALUE read the update; without --record it is refused', async () => {
    // given a flow triggered on a Case update that records whether Status changed and what it was
    const triggered = `<Flow><processType>AutoLaunchedFlow</processType><status>Active</status>
  <start><object>Case</object><triggerType>RecordAfterSave</triggerType><recordTriggerType>Update</recordTriggerType><connector><targetReference>Copy</targetReference></connector></start>
  <assignments><name>Copy</name><assignmentItems><assignToReference>changed</assignToReference><operator>Assign</operator><value><elementReference>StatusChanged</elementReference></value></assignmentItems>
    <assignmentItems><assignToReference>before</assignToReference><operator>Assign</operator><value><elementReference>$Record__Prior.Status</elementReference></value></assignmentItems></assignments>
  <formulas><name>StatusChanged</name><dataType>Boolean</dataType><expression>ISCHANGED({!$Record.Status})</expression></formulas>
  <variables><name>changed</name><dataType>Boolean</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
  <variables><name>before</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
</Flow>`;
    const { io, out } = memoryIo({
      'f/Case_Update.flow-meta.xml': triggered,
      'rec.json': '{ "Case": [{ "Id": "500A", "Subject": "Printer", "Status": "Working" }] }',
      'prior.json': '{ "Status": "New" }',
    });
    // when
    const code = await main(['f/Case_Update.flow-meta.xml', '--records', 'rec.json', '--record', '500A', '--prior', 'prior.json'], io);
    const { io: noRecordIo, out: noRecordOut } = memoryIo({ 'f/Case_Update.flow-meta.xml': triggered, 'prior.json': '{ "Status": "New" }' });
    const refused = await main(['f/Case_Update.flow-meta.xml', '--prior', 'prior.json'], noRecordIo);
    // then
    expect(code).toBe(0);
    expect(JSON.parse(out.stdout).outputs).toEqual({ changed: true, before: 'New' });
    expect(refused).toBe(2);
    expect(noRecordOut.stderr).toContain('--prior prior.json: give the record it is the prior state of with --record <Id>\n');
  });

  it('resolves subflows from --project', async () => {
    // given
    const { io, out } = memoryIo({
      'main/Parent.flow-meta.xml': parent,
      'proj/force-app/flows/Load_User.flow-meta.xml': fixture('DeactivateUser/Load_User.flow-meta.xml'),
      'in.json': '{ "userId": "005A" }', 'rec.json': '{ "User": [{ "Id": "005A" }] }',
    });
    // when
    const code = await main(['main/Parent.flow-meta.xml', '--inputs', 'in.json', '--records', 'rec.json', '--project', 'proj'], io);
    // then
    expect(code).toBe(0);
    expect(JSON.parse(out.stdout).outputs.user).toEqual({ Id: '005A' });
  });

  it('runs a retrieved package\'s .flow with the .flow subflows beside it, named without the suffix', async () => {
    // given the same flows as Metadata API files (unpackaged/flows/*.flow)
    const { io, out } = memoryIo({
      'unpackaged/flows/Parent.flow': parent,
      'unpackaged/flows/Load_User.flow': fixture('DeactivateUser/Load_User.flow-meta.xml'),
      'in.json': '{ "userId": "005A" }', 'rec.json': '{ "User": [{ "Id": "005A" }] }',
    });
    // when
    const code = await main(['unpackaged/flows/Parent.flow', '--inputs', 'in.json', '--records', 'rec.json'], io);
    // then
    expect(code, out.stderr).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ flow: 'Parent', outputs: { user: { Id: '005A' } } });
  });

  it('a malformed flow exits 2 with file and line:col, an orchestration and a bad input with a message', async () => {
    // given
    const { io, out } = memoryIo({
      'bad.flow-meta.xml': '<Flow>\n<label>x</lab>\n</Flow>',
      'Orch.flow-meta.xml': fixture('DeactivateUser/Handle_User_Deactivation.flow-meta.xml'),
      'Load_User.flow-meta.xml': fixture('DeactivateUser/Load_User.flow-meta.xml'),
      'in.json': '{ "nope": 1 }',
    });
    // when
    const codes = [await main(['bad.flow-meta.xml'], io), await main(['Orch.flow-meta.xml'], io), await main(['Load_User.flow-meta.xml', '--inputs', 'in.json'], io)];
    // then
    expect(codes).toEqual([2, 2, 2]);
    const lines = out.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^bad\.flow-meta\.xml: 2:\d+: /);
    expect(lines[1]).toBe('Orch.flow-meta.xml: processType: this is an orchestration; run it with "simulate", not "flow"');
    expect(lines[2]).toBe('in.json: "nope" is not an input variable of this flow (its inputs: recordId)');
    expect(out.stdout).toBe('');
  });

  it('a Flow approval process (processType ApprovalWorkflow: orchestrated stages with an approval step) exits 2 saying what it is, not that one stage is an unsupported element', async () => {
    // given: the shape of a production org's approval flow (SFDC-RunwalProd-1Oct, survey 8; written here, not copied)
    const approval = `<Flow xmlns="http://soap.sforce.com/2006/04/metadata"><processType>ApprovalWorkflow</processType><status>Active</status>
  <start><connector><targetReference>One</targetReference></connector><object>Booking__c</object><recordTriggerType>Update</recordTriggerType><triggerType>RecordAfterSave</triggerType></start>
  <orchestratedStages><name>One</name><label>One</label><connector><targetReference>Is_Approved</targetReference></connector>
    <stageSteps><name>Level_1</name><actionName>standard_approvals__EvaluateApproval</actionName><actionType>stepApproval</actionType><label>Level 1</label><stepSubtype>ApprovalStep</stepSubtype></stageSteps></orchestratedStages>
  <decisions><name>Is_Approved</name><rules><name>Approved</name><conditionLogic>and</conditionLogic><conditions><leftValueReference>Level_1.Outputs.approvalDecision</leftValueReference><operator>EqualTo</operator><rightValue><stringValue>Approve</stringValue></rightValue></conditions></rules></decisions>
</Flow>`;
    const { io, out } = memoryIo({ 'Approval.flow-meta.xml': approval });
    // when
    const code = await main(['Approval.flow-meta.xml'], io);
    // then
    expect(code).toBe(2);
    expect(out.stderr).toBe('Approval.flow-meta.xml: processType: this ApprovalWorkflow flow is built of orchestrated stages and steps, like an orchestration: "flow" runs a flow\'s elements, and "simulate" runs orchestrations of processType Orchestrator only\n');
    expect(out.stdout).toBe('');
  });

  it('--project must be a folder that exists: exit 2 naming it', async () => {
    const { io, out } = memoryIo({ 'Load_User.flow-meta.xml': fixture('DeactivateUser/Load_User.flow-meta.xml'), 'p.zip': 'PK' });
    expect(await main(['Load_User.flow-meta.xml', '--project', 'nope'], io)).toBe(2);
    expect(await main(['Load_User.flow-meta.xml', '--project', 'p.zip'], io)).toBe(2);
    expect(out.stderr.trim().split('\n')).toEqual([
      'nope: --project takes the project\'s folder (where the subflows are); it does not exist',
      'p.zip: --project takes the project\'s folder (where the subflows are); this is a file',
    ]);
  });

  it('a bad --records or --inputs file is said once, in its own words; a JSON file given as the flow is named as such', async () => {
    const { io, out } = memoryIo({
      'Load_User.flow-meta.xml': fixture('DeactivateUser/Load_User.flow-meta.xml'),
      'trunc.json': '{ "User": [ { "Id": "005A", ',
      'list.json': '[1, 2]',
      'design.json': '{ "format": "stageflow.orchestration" }',
    });
    const codes = [
      await main(['Load_User.flow-meta.xml', '--records', 'trunc.json'], io),
      await main(['Load_User.flow-meta.xml', '--records', 'list.json'], io),
      await main(['Load_User.flow-meta.xml', '--inputs', 'list.json'], io),
      await main(['design.json'], io),
    ];
    expect(codes).toEqual([2, 2, 2, 2]);
    expect(out.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^trunc\.json: 1:\d+: not valid JSON/),
      'list.json: (root): expected the records by object: { "Case": [{ "Id": "500…", "Status": "New" }] }',
      'list.json: (root): expected an object of input values by name: { "recordId": "500…" }',
      'design.json: this is JSON; "flow" runs a Salesforce flow file (.flow-meta.xml or .flow): run an orchestration with "simulate"',
    ]);
  });
});
