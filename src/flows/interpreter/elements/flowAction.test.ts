import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from '../../definition';
import { definitionOf, flowText } from '../../../io/flowXml/testing/flowText';
import { chain, flowOf, orgWith, run, variable } from '../testing/build';
import type { ResolvedFlow } from '../types';

// A Process Builder process whose action launches a flow (actionType flow), in the shape of
// SalesforceLabs/AnimalShelterStarter's object handler processes (survey 8; written here, not copied)
const process = definitionOf(flowText(`<processType>Workflow</processType><status>Active</status>
<startElementReference>myDecision</startElementReference>
<decisions><name>myDecision</name><rules><name>myRule_1</name><conditionLogic>and</conditionLogic>
  <conditions><leftValueReference>myVariable_current.Status__c</leftValueReference><operator>EqualTo</operator><rightValue><stringValue>Housed</stringValue></rightValue></conditions>
  <connector><targetReference>myRule_1_A1</targetReference></connector></rules></decisions>
<actionCalls><name>myRule_1_A1</name><actionName>Length_of_Stay</actionName><actionType>flow</actionType>
  <inputParameters><name>varAnimalId</name><value><elementReference>myVariable_current.Id</elementReference></value></inputParameters></actionCalls>
<variables><name>myVariable_current</name><dataType>SObject</dataType><isCollection>false</isCollection><isInput>true</isInput><isOutput>false</isOutput><objectType>Animal__c</objectType></variables>`));

// the launched flow: sets the animal's length of stay and says what it did
const lengthOfStay = flowOf(chain(
  { kind: 'recordUpdate', name: 'Set_Stay', object: 'Animal__c', filters: [{ field: 'Id', operator: 'EqualTo', value: { ref: 'varAnimalId' } }], inputAssignments: [{ name: 'Length_of_Stay__c', value: { number: 12 } }] },
  { kind: 'assignment', name: 'Say', items: [{ ref: 'summary', operator: 'Assign', value: { string: 'updated' } }] },
), { variables: [variable('varAnimalId', 'String', { io: 'in' }), variable('summary', 'String', { io: 'out' })] });

const flows: Record<string, FlowDefinition> = { Length_of_Stay: lengthOfStay };
const resolveFlow = (name: string): ResolvedFlow | undefined => (flows[name] ? { definition: flows[name]!, file: `flows/${name}.flow-meta.xml` } : undefined);
const animal = { Id: 'a01000000000001AAA', Name: 'Rex', Status__c: 'Housed', Length_of_Stay__c: 0 };

describe('actionCalls of type flow (Process Builder\'s "Flows" action)', () => {
  it('a flow action whose flow the project has runs that flow: its record changes are the caller\'s (myRule_1_A1/Set_Stay) and the path step holds its run', () => {
    // given
    const org = orgWith({ Animal__c: [animal] });
    // when
    const { run: result, org: after } = run(process, { resolveFlow, org, inputs: { myVariable_current: animal } });
    // then
    expect(result.status).toBe('completed');
    expect(result.recordChanges).toEqual([expect.objectContaining({ element: 'myRule_1_A1/Set_Stay', operation: 'update', object: 'Animal__c', after: { Length_of_Stay__c: 12 } })]);
    expect(after.recordsOf('Animal__c')[0]?.fields.Length_of_Stay__c).toBe(12);
    expect(result.path[1]).toMatchObject({ element: 'myRule_1_A1', kind: 'actionCall', subflow: { status: 'completed', outputs: { summary: 'updated' } } });
    expect(result.sideEffects).toEqual([]);
  });

  it('a flow action the scenario mocks, or whose flow the project lacks, stays a side effect', () => {
    // given
    const org = orgWith({ Animal__c: [animal] });
    // when
    const mocked = run(process, { resolveFlow, org, inputs: { myVariable_current: animal }, actions: { Length_of_Stay: { outputs: {} } } }).run;
    const missing = run(process, { org, inputs: { myVariable_current: animal } }).run;
    // then
    for (const result of [mocked, missing]) {
      expect(result.status).toBe('completed');
      expect(result.recordChanges).toEqual([]);
      expect(result.sideEffects).toEqual([expect.objectContaining({ element: 'myRule_1_A1', actionType: 'flow', actionName: 'Length_of_Stay', inputs: { varAnimalId: 'a01000000000001AAA' } })]);
    }
  });

  it('a flow action whose flow fails fails the action, naming the flow action and its file', () => {
    // given: the launched flow deletes an animal the org does not have
    const failing = flowOf(chain(
      { kind: 'assignment', name: 'Point', items: [{ ref: 'rec.Id', operator: 'Assign', value: { string: 'a01000000000404AAA' } }] },
      { kind: 'recordDelete', name: 'Remove', inputReference: 'rec', filters: [] },
    ), { variables: [variable('varAnimalId', 'String', { io: 'in' }), variable('rec', 'SObject', { objectType: 'Animal__c' })] });
    const resolve = (name: string): ResolvedFlow | undefined => (name === 'Length_of_Stay' ? { definition: failing, file: 'flows/Length_of_Stay.flow-meta.xml' } : undefined);
    // when
    const result = run(process, { resolveFlow: resolve, org: orgWith({ Animal__c: [animal] }), inputs: { myVariable_current: animal } }).run;
    // then
    expect(result.status).toBe('faulted');
    expect(result.fault?.message).toMatch(/^myRule_1_A1: flow action Length_of_Stay \(flows\/Length_of_Stay\.flow-meta\.xml\) failed: .*a01000000000404AAA/);
  });

  it('a flow action whose flow waits goes on at once: the flow waits as an interview of its own (a side effect says until when), its work before the wait kept, its outputs as they stand', () => {
    // given: the launched flow sets the stay, says so, waits an hour, then would say more
    const waits = flowOf([
      { kind: 'recordUpdate', name: 'Set_Stay', object: 'Animal__c', filters: [{ field: 'Id', operator: 'EqualTo', value: { ref: 'varAnimalId' } }], inputAssignments: [{ name: 'Length_of_Stay__c', value: { number: 12 } }], connector: 'Say' },
      { kind: 'assignment', name: 'Say', items: [{ ref: 'summary', operator: 'Assign', value: { string: 'updated' } }], connector: 'Pause_Flow' },
      { kind: 'wait', name: 'Pause_Flow', defaultConnector: undefined, events: [{ name: 'In_An_Hour', eventType: 'AlarmEvent', conditions: [], connector: 'Later', outputParameters: [], inputParameters: [
        { name: 'AlarmTime', value: { ref: '$Flow.CurrentDateTime' } }, { name: 'TimeOffset', value: { number: 1 } }, { name: 'TimeOffsetUnit', value: { string: 'Hours' } },
      ] }] },
      { kind: 'assignment', name: 'Later', items: [{ ref: 'summary', operator: 'Assign', value: { string: 'an hour later' } }] },
    ], { variables: [variable('varAnimalId', 'String', { io: 'in' }), variable('summary', 'String', { io: 'out' })] });
    const resolve = (name: string): ResolvedFlow | undefined => (name === 'Length_of_Stay' ? { definition: waits, file: 'flows/Length_of_Stay.flow-meta.xml' } : undefined);
    // when
    const { run: result, org: after } = run(process, { resolveFlow: resolve, org: orgWith({ Animal__c: [animal] }), inputs: { myVariable_current: animal }, startAt: '2025-01-06T09:00:00Z' });
    // then: the process completed; before, it stopped as unsupported, "a flow action that waits is not simulated"
    expect(result.status).toBe('completed');
    expect(after.recordsOf('Animal__c')[0]?.fields.Length_of_Stay__c).toBe(12);
    expect(result.recordChanges).toEqual([expect.objectContaining({ element: 'myRule_1_A1/Set_Stay', operation: 'update' })]);
    expect(result.path[1]).toMatchObject({ element: 'myRule_1_A1', kind: 'actionCall', subflow: { status: 'waiting', outputs: { summary: 'updated' } } });
    expect(result.path[1]?.subflow?.waiting).toBeUndefined();
    expect(result.sideEffects).toEqual([expect.objectContaining({
      element: 'myRule_1_A1', actionType: 'flow', actionName: 'Length_of_Stay',
      description: 'flow Length_of_Stay waits at Pause_Flow until 2025-01-06T10:00:00Z as an interview of its own; what it does then is not simulated',
    })]);
  });
});
