/**
 * A called flow that waits inside a subflow of its own is named by the Wait itself and the chain of
 * flows (waitReached.ts) — a screen action's fault, a flow action's side effect, a Subflow element
 * in a flow that cannot pause (callerCannotPause.ts). They named the Subflow element "its Wait".
 * The flows are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { FlowDefinition, FlowElement } from '../../definition';
import { definitionOf, flowText } from '../../../io/flowXml/testing/flowText';
import { flowOf, run, variable } from '../testing/build';
import type { ResolvedFlow } from '../types';

const tomorrow = { name: 'Tomorrow', eventType: 'AlarmEvent', conditions: [], connector: undefined, outputParameters: [], inputParameters: [
  { name: 'AlarmTime', value: { ref: '$Flow.CurrentDateTime' } }, { name: 'TimeOffset', value: { number: 1 } }, { name: 'TimeOffsetUnit', value: { string: 'Days' } },
] };
const subflow = (name: string, flowName: string, extra: Partial<FlowElement> = {}): FlowElement => ({ kind: 'subflow', name, flowName, inputAssignments: [], outputAssignments: [], storeOutputAutomatically: false, ...extra }) as FlowElement;
const noted: FlowElement = { kind: 'assignment', name: 'Note_Failure', items: [{ ref: 'failure', operator: 'Assign', value: { ref: '$Flow.FaultMessage' } }] };

// Drip waits a day (its Wait saved without a name, labelled); Campaign calls Drip; Outer calls Campaign
const drip = flowOf([{ kind: 'wait', name: '', label: 'Wait a day', events: [tomorrow] } as FlowElement]);
const campaign = flowOf([subflow('Send_Drip', 'Drip')]);
const outer = flowOf([subflow('Run_Campaign', 'Campaign')]);
const flows: Record<string, FlowDefinition> = { Drip: drip, Campaign: campaign, Outer: outer };
const resolveFlow = (name: string): ResolvedFlow | undefined => (flows[name] ? { definition: flows[name]!, file: `flows/${name}.flow-meta.xml` } : undefined);
const failure = variable('failure', 'String', { io: 'out' });

describe('the Wait a called flow reached, through its subflows', () => {
  it('a screen action whose flow waits in its subflow names that Wait and the chain, not the Subflow element', () => {
    // given: a screen whose load action runs Campaign
    const screen = definitionOf(flowText(`<processType>Flow</processType><status>Active</status>
<start><connector><targetReference>Ask</targetReference></connector></start>
<screens><name>Ask</name><label>Ask</label>
  <actions><name>Start</name><actionName>Campaign</actionName><actionType>flow</actionType><label>Start</label><nameSegment>Campaign</nameSegment></actions>
  <triggers><eventName>flow__screeninit</eventName><eventSource>Screen</eventSource><handlers><screenActionName>Start</screenActionName></handlers></triggers>
</screens>`));
    // when
    const result = run(screen, { resolveFlow }).run;
    // then: it read "reached its Wait Send_Drip"
    expect(result.fault?.message).toBe('Start: screen action Campaign (flows/Campaign.flow-meta.xml) reached the Wait Wait a day of Drip (its Subflow Send_Drip calls Drip): Salesforce Help says Wait elements in screen action autolaunched flows don\'t work when the screen flow runs');
  });

  it('a flow action whose flow waits in its subflow says where: the Wait and the chain', () => {
    // given
    const launcher = flowOf([{ kind: 'actionCall', name: 'Launch', actionName: 'Outer', actionType: 'flow', inputParameters: [], outputParameters: [], storeOutputAutomatically: false } as unknown as FlowElement]);
    // when
    const result = run(launcher, { resolveFlow, startAt: '2025-01-06T09:00:00Z' }).run;
    // then: it read "flow Outer waits at Run_Campaign until …"
    expect(result.status).toBe('completed');
    expect(result.sideEffects.find((s) => s.element === 'Launch')?.description).toBe('flow Outer waits at the Wait Wait a day of Drip (its Subflow Run_Campaign calls Campaign, whose Subflow Send_Drip calls Drip) until 2025-01-07T09:00:00Z as an interview of its own; what it does then is not simulated');
  });
});

describe('a Subflow element whose subflow waits, in a flow that cannot pause', () => {
  it('in a screen flow, the Subflow element fails, naming the Wait, the chain and the Help page; its fault connector catches it', () => {
    // given: a screen flow calls Campaign, which calls Drip, which waits
    const screenFlow = flowOf([subflow('Call_Campaign', 'Campaign', { faultConnector: 'Note_Failure' }), noted], { processType: 'Flow', variables: [failure] });
    // when
    const result = run(screenFlow, { resolveFlow }).run;
    // then: before, the screen flow was left waiting at Call_Campaign
    expect(result.status).toBe('completed');
    expect(result.outputs.failure).toBe('Call_Campaign: subflow Campaign (flows/Campaign.flow-meta.xml) reached the Wait Wait a day of Drip (its Subflow Send_Drip calls Drip), and a screen flow cannot pause: Salesforce Help\'s Subflow Element page says "You can\'t call flows that contain wait elements"');
  });

  it('in a record-triggered flow, the same, its own Wait named directly', () => {
    // given: an after-save trigger calls Drip
    const trigger = flowOf([subflow('Call_Drip', 'Drip')], { start: { connector: 'Call_Drip', object: 'Case', triggerType: 'RecordAfterSave', recordTriggerType: 'Create' } });
    // when
    const result = run(trigger, { resolveFlow, record: { object: 'Case', fields: { Id: '500A', Subject: 'Printer' } } }).run;
    // then
    expect(result).toMatchObject({ status: 'faulted', fault: { element: 'Call_Drip', message: 'Call_Drip: subflow Drip (flows/Drip.flow-meta.xml) reached its Wait Wait a day, and a record-triggered flow cannot pause: Salesforce Help\'s Subflow Element page says "You can\'t call flows that contain wait elements"' } });
  });

  it('an autolaunched flow still pauses with its subflow, however deep (survey 24)', () => {
    // when
    const result = run(outer, { resolveFlow }).run;
    // then
    expect(result.status).toBe('waiting');
    expect(result.waiting?.element).toBe('Run_Campaign');
  });
});
