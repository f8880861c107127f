import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from '../../definition';
import { definitionOf, flowText } from '../../../io/flowXml/testing/flowText';
import { chain, flowOf, run, variable } from '../testing/build';
import type { ResolvedFlow } from '../types';

// A screen whose screen action checks, when it loads and when the task field changes, whether the
// user may edit the task (the shape of a task-management screen of survey 22; written here, not copied)
const screenFlow = definitionOf(flowText(`<processType>Flow</processType><status>Active</status>
<start><connector><targetReference>Pick_Task</targetReference></connector></start>
<screens><name>Pick_Task</name><label>Pick Task</label>
  <actions><name>Check_Access</name><actionName>Can_Edit_Task</actionName><actionType>flow</actionType>
    <inputParameters><name>taskId</name><value><elementReference>Task_Id</elementReference></value></inputParameters>
    <label>Check access</label><nameSegment>Can_Edit_Task</nameSegment></actions>
  <connector><targetReference>Keep</targetReference></connector>
  <fields><name>Task_Id</name><dataType>String</dataType><fieldType>InputField</fieldType><isRequired>false</isRequired></fields>
  <triggers><eventName>flow__screeninit</eventName><eventSource>Screen</eventSource><handlers><screenActionName>Check_Access</screenActionName></handlers></triggers>
  <triggers><eventName>flow__screenfieldattributechange</eventName><eventSource>Task_Id</eventSource><handlers><screenActionName>Check_Access</screenActionName></handlers></triggers>
</screens>
<assignments><name>Keep</name>
  <assignmentItems><assignToReference>allowed</assignToReference><operator>Assign</operator><value><elementReference>Check_Access.Results.canEdit</elementReference></value></assignmentItems>
  <assignmentItems><assignToReference>checked</assignToReference><operator>Assign</operator><value><elementReference>Check_Access.Results.checkedId</elementReference></value></assignmentItems>
  <assignmentItems><assignToReference>busy</assignToReference><operator>Assign</operator><value><elementReference>Check_Access.InProgress</elementReference></value></assignmentItems>
</assignments>
<variables><name>allowed</name><dataType>Boolean</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
<variables><name>checked</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
<variables><name>busy</name><dataType>Boolean</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>`));

// the autolaunched flow the action runs: it may edit, and says which task it checked
const canEditTask = flowOf(chain(
  { kind: 'assignment', name: 'Decide', items: [{ ref: 'canEdit', operator: 'Assign', value: { boolean: true } }, { ref: 'checkedId', operator: 'Assign', value: { ref: 'taskId' } }] },
), { variables: [variable('taskId', 'String', { io: 'in' }), variable('canEdit', 'Boolean', { io: 'out' }), variable('checkedId', 'String', { io: 'out' })] });

const flows: Record<string, FlowDefinition> = { Can_Edit_Task: canEditTask };
const resolveFlow = (name: string): ResolvedFlow | undefined => (flows[name] ? { definition: flows[name]!, file: `flows/${name}.flow-meta.xml` } : undefined);

describe('screen actions (a screen\'s <actions> and <triggers>)', () => {
  it('the screen-load action runs its flow when the screen is shown: {!Action.Results.x} reads its outputs, {!Action.InProgress} is false', () => {
    // when: no one answers the task field
    const result = run(screenFlow, { resolveFlow }).run;
    // then
    expect(result.status).toBe('completed');
    expect(result.outputs).toEqual({ allowed: true, checked: null, busy: false });
  });

  it('a field-change action runs again once the answers are taken, with the answer the caller gave that field', () => {
    // when
    const result = run(screenFlow, { resolveFlow, screenValues: { Task_Id: 'T-0042' } }).run;
    // then
    expect(result.outputs).toEqual({ allowed: true, checked: 'T-0042', busy: false });
  });

  it('an action whose flow the project lacks is a side effect with no results; a mock by action name gives its results', () => {
    // when
    const missing = run(screenFlow).run;
    const mocked = run(screenFlow, { actions: { Check_Access: { outputs: { canEdit: false, checkedId: 'mock' } } } }).run;
    // then
    expect(missing.status).toBe('completed');
    expect(missing.outputs).toEqual({ allowed: null, checked: null, busy: false });
    expect(missing.sideEffects).toEqual([expect.objectContaining({ element: 'Check_Access', actionType: 'flow', actionName: 'Can_Edit_Task', inputs: { taskId: null } })]);
    expect(mocked.outputs).toEqual({ allowed: false, checked: 'mock', busy: false });
  });

  it('a screen action whose flow waits fails the screen, as Salesforce Help says a Wait does not work in a screen action\'s flow', () => {
    // given: the action's flow decides, then waits a day
    const waits = flowOf([
      { kind: 'assignment', name: 'Decide', items: [{ ref: 'canEdit', operator: 'Assign', value: { boolean: true } }], connector: 'Wait_A_Day' },
      { kind: 'wait', name: 'Wait_A_Day', defaultConnector: undefined, events: [{ name: 'Tomorrow', eventType: 'AlarmEvent', conditions: [], connector: undefined, outputParameters: [], inputParameters: [
        { name: 'AlarmTime', value: { ref: '$Flow.CurrentDateTime' } }, { name: 'TimeOffset', value: { number: 1 } }, { name: 'TimeOffsetUnit', value: { string: 'Days' } },
      ] }] },
    ], { variables: [variable('taskId', 'String', { io: 'in' }), variable('canEdit', 'Boolean', { io: 'out' }), variable('checkedId', 'String', { io: 'out' })] });
    const resolve = (name: string): ResolvedFlow | undefined => (name === 'Can_Edit_Task' ? { definition: waits, file: 'flows/Can_Edit_Task.flow-meta.xml' } : undefined);
    // when
    const result = run(screenFlow, { resolveFlow: resolve }).run;
    // then: a fault of the screen naming the action, its flow and the Wait; before, the run stopped as unsupported
    expect(result.status).toBe('faulted');
    expect(result.fault).toEqual({
      element: 'Pick_Task',
      message: 'Check_Access: screen action Can_Edit_Task (flows/Can_Edit_Task.flow-meta.xml) reached its Wait Wait_A_Day: Salesforce Help says Wait elements in screen action autolaunched flows don\'t work when the screen flow runs',
    });
  });

  it('a screen action\'s side effect is cut like an action element\'s: a long answer handed to it does not grow the log', () => {
    // when a 5,000-character answer goes to the action, whose flow the project lacks
    const long = 'x'.repeat(5000);
    const result = run(screenFlow, { screenValues: { Task_Id: long } }).run;
    // then each recorded input and sentence is cut (invokeAction.ts recordSideEffect, as actionCall.ts)
    const handed = result.sideEffects.filter((e) => e.element === 'Check_Access' && typeof e.inputs.taskId === 'string');
    expect(handed.length).toBeGreaterThan(0);
    for (const effect of handed) {
      expect(String(effect.inputs.taskId).length).toBeLessThan(300);
      expect(effect.description.length).toBeLessThan(300);
    }
  });

  it('the reader keeps the screen\'s actions and triggers (a field\'s own <actions> are not screen actions)', () => {
    // when
    const screen = screenFlow.elements.Pick_Task;
    // then
    expect(screen).toMatchObject({
      kind: 'screen',
      actions: [{ name: 'Check_Access', actionName: 'Can_Edit_Task', actionType: 'flow', inputParameters: [{ name: 'taskId', value: { ref: 'Task_Id' } }] }],
      triggers: [{ eventName: 'flow__screeninit', eventSource: 'Screen', actions: ['Check_Access'] }, { eventName: 'flow__screenfieldattributechange', eventSource: 'Task_Id', actions: ['Check_Access'] }],
    });
  });
});
