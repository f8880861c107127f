/**
 * A subflow that waits pauses its caller with it, and both go on when the wait's time comes (survey
 * 24: pbmax4423capstone/RecruiterPortalProject's campaign flow calls a subflow that emails each lead,
 * waits three days and emails again; the run stopped as unsupported, "a subflow that waits is not
 * simulated"). The flows here are written for this test.
 */
import { describe, expect, it } from 'vitest';
import { resumeFlow, runFlow, type ResolvedFlow } from '../../flows/interpreter';
import { SimulatedOrg } from '../../flows/org/simulatedOrg';
import { definitionOf, flowText } from './testing/flowText';

const DAY = 86_400_000;
const at = '<locationX>0</locationX><locationY>0</locationY>';
const email = (name: string, next: string | undefined, subject: string): string => `<actionCalls>
        <name>${name}</name><label>${name}</label>${at}
        <actionName>emailSimple</actionName><actionType>emailSimple</actionType>
        ${next ? `<connector><targetReference>${next}</targetReference></connector>` : ''}
        <inputParameters><name>emailAddresses</name><value><stringValue>pat@example.com</stringValue></value></inputParameters>
        <inputParameters><name>emailSubject</name><value><stringValue>${subject}</stringValue></value></inputParameters>
        <inputParameters><name>emailBody</name><value><stringValue>Hello</stringValue></value></inputParameters>
    </actionCalls>`;

/** Emails, logs a task, waits three days (`days` input), emails again; `sent` counts the emails. */
const drip = definitionOf(flowText(`${email('First_Email', 'Log_Task', 'Welcome')}${email('Second_Email', 'Count', 'Still interested?')}
    <apiVersion>62.0</apiVersion>
    <assignments><name>Count</name><label>Count</label>${at}
        <assignmentItems><assignToReference>sent</assignToReference><operator>Assign</operator><value><numberValue>2.0</numberValue></value></assignmentItems>
    </assignments>
    <label>Drip emails</label>
    <processType>AutoLaunchedFlow</processType>
    <recordCreates><name>Log_Task</name><label>Log Task</label>${at}
        <connector><targetReference>Wait_3_Days</targetReference></connector>
        <inputAssignments><field>Subject</field><value><stringValue>Welcome sent</stringValue></value></inputAssignments>
        <object>Task</object>
    </recordCreates>
    <start>${at}<connector><targetReference>First_Email</targetReference></connector></start>
    <status>Active</status>
    <variables><name>sent</name><dataType>Number</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput><scale>0</scale></variables>
    <waits><name>Wait_3_Days</name><elementSubtype>WaitDuration</elementSubtype><label>Wait 3 Days</label>${at}
        <defaultConnectorLabel>Default Path</defaultConnectorLabel>
        <waitEvents><conditionLogic>and</conditionLogic><connector><targetReference>Second_Email</targetReference></connector>
            <label>el_0</label><offset>3</offset><offsetUnit>Days</offsetUnit></waitEvents>
    </waits>`));

/** Calls the drip subflow (fault path: Note_Failure), then marks itself finished. */
const campaign = definitionOf(flowText(`<apiVersion>62.0</apiVersion>
    <assignments><name>Finish</name><label>Finish</label>${at}
        <assignmentItems><assignToReference>finished</assignToReference><operator>Assign</operator><value><booleanValue>true</booleanValue></value></assignmentItems>
    </assignments>
    <assignments><name>Note_Failure</name><label>Note Failure</label>${at}
        <assignmentItems><assignToReference>failure</assignToReference><operator>Assign</operator><value><elementReference>$Flow.FaultMessage</elementReference></value></assignmentItems>
    </assignments>
    <label>Campaign</label>
    <processType>AutoLaunchedFlow</processType>
    <start>${at}<connector><targetReference>Send_Drip</targetReference></connector></start>
    <status>Active</status>
    <subflows><name>Send_Drip</name><label>Send Drip</label>${at}
        <connector><targetReference>Finish</targetReference></connector>
        <faultConnector><targetReference>Note_Failure</targetReference></faultConnector>
        <flowName>Drip_Emails</flowName>
        <outputAssignments><assignToReference>emailsSent</assignToReference><name>sent</name></outputAssignments>
    </subflows>
    <variables><name>emailsSent</name><dataType>Number</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput><scale>0</scale></variables>
    <variables><name>failure</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
    <variables><name>finished</name><dataType>Boolean</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>`));

const resolveFlow = (name: string): ResolvedFlow | undefined => (name === 'Drip_Emails' ? { definition: drip, file: 'flows/Drip_Emails.flow-meta.xml' } : undefined);

describe('subflows: a subflow that waits', () => {
  it('subflows: a Wait in the subflow pauses the caller at the Subflow element, until the wait\'s time; what the subflow did before stays', () => {
    // when
    const { run, org } = runFlow(campaign, { resolveFlow, org: new SimulatedOrg() });
    // then: it stopped as unsupported, "Send_Drip: subflow Drip_Emails … waits (Wait_3_Days): a subflow that waits is not simulated"
    expect(run.status).toBe('waiting');
    expect(run.waiting).toMatchObject({ element: 'Send_Drip', until: 3 * DAY });
    expect(run.outputs).toMatchObject({ emailsSent: null, finished: null });
    expect(org.recordsOf('Task').map((t) => t.fields.Subject)).toEqual(['Welcome sent']);
  });

  it('subflows: resumed at the wait\'s time, the subflow goes on from its Wait and the caller after the Subflow element, with its outputs', () => {
    // given
    const first = runFlow(campaign, { resolveFlow, org: new SimulatedOrg() });
    const state = first.run.waiting!.state;
    // when
    const early = resumeFlow(campaign, state, { resolveFlow, org: first.org, now: DAY });
    const { run } = resumeFlow(campaign, state, { resolveFlow, org: first.org, now: 3 * DAY });
    // then
    expect(early.run.status).toBe('waiting');
    expect(run.status).toBe('completed');
    expect(run.outputs).toMatchObject({ emailsSent: 2, finished: true, failure: null });
    expect(run.path.map((p) => p.element)).toEqual(['Send_Drip', 'Finish']);
    expect(run.path[0]?.subflow?.path.map((p) => p.element)).toEqual(['First_Email', 'Log_Task', 'Wait_3_Days', 'Second_Email', 'Count']);
    expect(run.sideEffects.map((s) => s.element)).toEqual(['Send_Drip/First_Email', 'Send_Drip/Second_Email']);
    expect(run.recordChanges.map((c) => [c.element, c.operation, c.object])).toEqual([['Send_Drip/Log_Task', 'create', 'Task']]);
  });

  it('subflows: a subflow that fails after its wait takes the Subflow element\'s fault connector', () => {
    // given: the second email is mocked to fail
    const first = runFlow(campaign, { resolveFlow, org: new SimulatedOrg() });
    // when
    const { run } = resumeFlow(campaign, first.run.waiting!.state, { resolveFlow, org: first.org, now: 3 * DAY, actions: { Second_Email: { fault: 'mailbox full' } } });
    // then
    expect(run.status).toBe('completed');
    expect(run.outputs.finished).toBeNull();
    expect(String(run.outputs.failure)).toContain('mailbox full');
    expect(run.path.map((p) => [p.element, p.fault === undefined])).toEqual([['Send_Drip', false], ['Note_Failure', true]]);
  });

  it('subflows: a subflow the project no longer has when the time comes is said, naming the element and the flow', () => {
    // given
    const first = runFlow(campaign, { resolveFlow, org: new SimulatedOrg() });
    // when
    const { run } = resumeFlow(campaign, first.run.waiting!.state, { resolveFlow: () => undefined, org: first.org, now: 3 * DAY });
    // then
    expect(run.status).toBe('unsupported');
    expect(run.unsupported?.message).toBe('Send_Drip: the subflow Drip_Emails waited, and the project no longer has it (no Drip_Emails.flow-meta.xml or .flow), so the run cannot go on');
  });
});
