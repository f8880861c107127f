/**
 * A screen action's flow that reaches a Wait fails the screen, naming the Wait (calledFlowWaitsAlone.ts):
 * a Wait saved without a name is named by its label, else by its place among the flow's waits — it
 * read "reached its Wait : Salesforce Help says …".
 */
import { describe, expect, it } from 'vitest';
import type { FlowDefinition, FlowElement } from '../../definition';
import { definitionOf, flowText } from '../../../io/flowXml/testing/flowText';
import { flowOf, run, variable } from '../testing/build';
import type { ResolvedFlow } from '../types';

// a screen whose screen action runs the flow Check_Later when the screen loads
const screenFlow = definitionOf(flowText(`<processType>Flow</processType><status>Active</status>
<start><connector><targetReference>Ask</targetReference></connector></start>
<screens><name>Ask</name><label>Ask</label>
  <actions><name>Check</name><actionName>Check_Later</actionName><actionType>flow</actionType><label>Check</label><nameSegment>Check_Later</nameSegment></actions>
  <triggers><eventName>flow__screeninit</eventName><eventSource>Screen</eventSource><handlers><screenActionName>Check</screenActionName></handlers></triggers>
</screens>`));

const tomorrow = { name: 'Tomorrow', eventType: 'AlarmEvent', conditions: [], connector: undefined, outputParameters: [], inputParameters: [
  { name: 'AlarmTime', value: { ref: '$Flow.CurrentDateTime' } }, { name: 'TimeOffset', value: { number: 1 } }, { name: 'TimeOffsetUnit', value: { string: 'Days' } },
] };

/** The action's flow: an assignment, then `wait` (other waits before it in the flow, never reached, when `others`). */
function waitingFlow(wait: Partial<FlowElement>, others = 0): FlowDefinition {
  const name = (wait as { name?: string }).name ?? '';
  const before: FlowElement[] = Array.from({ length: others }, (_, i) => ({ kind: 'wait', name: `Unused_${i}`, events: [tomorrow] }) as FlowElement);
  return flowOf([
    { kind: 'assignment', name: 'Decide', items: [{ ref: 'done', operator: 'Assign', value: { boolean: true } }], connector: name },
    ...before,
    { kind: 'wait', events: [tomorrow], ...wait, name } as FlowElement,
  ], { variables: [variable('done', 'Boolean', { io: 'out' })] });
}

function faultOf(definition: FlowDefinition): string | undefined {
  const resolveFlow = (name: string): ResolvedFlow | undefined => (name === 'Check_Later' ? { definition, file: 'flows/Check_Later.flow-meta.xml' } : undefined);
  const result = run(screenFlow, { resolveFlow }).run;
  expect(result.status).toBe('faulted');
  return result.fault?.message;
}

const WHY = 'Salesforce Help says Wait elements in screen action autolaunched flows don\'t work when the screen flow runs';

describe('a screen action whose flow waits names the Wait', () => {
  it('by its name', () => {
    expect(faultOf(waitingFlow({ name: 'Wait_A_Day', label: 'Wait a day' }))).toBe(`Check: screen action Check_Later (flows/Check_Later.flow-meta.xml) reached its Wait Wait_A_Day: ${WHY}`);
  });

  it('without a name, by its label', () => {
    expect(faultOf(waitingFlow({ label: 'Wait a day' }))).toBe(`Check: screen action Check_Later (flows/Check_Later.flow-meta.xml) reached its Wait Wait a day: ${WHY}`);
  });

  it('without a name or label, by its place among the flow\'s waits, as a nameless wait event is named (waitEvents[<index>])', () => {
    expect(faultOf(waitingFlow({}))).toBe(`Check: screen action Check_Later (flows/Check_Later.flow-meta.xml) reached its Wait waits[0]: ${WHY}`);
    expect(faultOf(waitingFlow({ label: ' ' }, 2))).toBe(`Check: screen action Check_Later (flows/Check_Later.flow-meta.xml) reached its Wait waits[2]: ${WHY}`);
  });
});
