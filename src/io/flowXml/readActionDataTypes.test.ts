/**
 * A generic invocable action's type bindings (`<dataTypeMappings>`): the object Flow Builder asked
 * for its record outputs, which a Create Records element saving those outputs relies on (survey 23:
 * burakcetinx/best-repo-ever's JSON import flows create what an Apex action built, and faulted with
 * "cannot tell which object"). The flow here is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { runFlow } from '../../flows/interpreter';
import { definitionOf, flowText } from './testing/flowText';

const text = flowText(`<actionCalls>
        <name>Build_Contacts</name><label>Build Contacts</label><locationX>0</locationX><locationY>0</locationY>
        <actionName>RowsToRecords</actionName><actionType>apex</actionType>
        <connector><targetReference>Save_Contacts</targetReference></connector>
        <dataTypeMappings><typeName>U__rows</typeName><typeValue>Contact</typeValue></dataTypeMappings>
        <dataTypeMappings><typeName>T__first</typeName><typeValue>Contact</typeValue></dataTypeMappings>
        <inputParameters><name>csv</name><value><stringValue>Ng;Okafor</stringValue></value></inputParameters>
        <storeOutputAutomatically>true</storeOutputAutomatically>
    </actionCalls>
    <apiVersion>61.0</apiVersion>
    <label>Import contacts</label>
    <processType>AutoLaunchedFlow</processType>
    <recordCreates>
        <name>Save_Contacts</name><label>Save Contacts</label><locationX>0</locationX><locationY>0</locationY>
        <inputReference>Build_Contacts.rows</inputReference>
    </recordCreates>
    <start><locationX>0</locationX><locationY>0</locationY><connector><targetReference>Build_Contacts</targetReference></connector></start>
    <status>Active</status>`);

describe('actionCalls: dataTypeMappings read from Flow XML', () => {
  it('actionCalls: dataTypeMappings are read, and recordCreates of {!Action.rows} creates records of the object U__rows is bound to', () => {
    // given: the action is mocked to hand back two contacts
    const definition = definitionOf(text);
    // when
    const { run, org } = runFlow(definition, { actions: { Build_Contacts: { outputs: { rows: [{ LastName: 'Ng' }, { LastName: 'Okafor' }] } } } });
    // then: the run faulted with "Save_Contacts: cannot tell which object {!Build_Contacts.rows} holds"
    expect(definition.elements.Build_Contacts).toMatchObject({ dataTypeMappings: [{ typeName: 'U__rows', typeValue: 'Contact' }, { typeName: 'T__first', typeValue: 'Contact' }] });
    expect(run.status).toBe('completed');
    expect(org.recordsOf('Contact').map((c) => c.fields.LastName)).toEqual(['Ng', 'Okafor']);
    expect(run.recordChanges.map((c) => [c.element, c.operation, c.object])).toEqual([['Save_Contacts', 'create', 'Contact'], ['Save_Contacts', 'create', 'Contact']]);
  });

  it('actionCalls: an unmocked generic action hands back no records, and recordCreates of its output creates nothing', () => {
    // given
    const definition = definitionOf(text);
    // when
    const { run } = runFlow(definition, {});
    // then
    expect(run.status).toBe('completed');
    expect(run.recordChanges).toEqual([]);
  });

  it('recordCreates: an output no binding names still says which reference it could not type', () => {
    // given: Create Records saves an output the action binds to no object
    const definition = definitionOf(text.replace('<inputReference>Build_Contacts.rows</inputReference>', '<inputReference>Build_Contacts.others</inputReference>'));
    // when
    const { run } = runFlow(definition, {});
    // then
    expect(run.status).toBe('faulted');
    expect(run.fault?.message).toBe('Save_Contacts: cannot tell which object {!Build_Contacts.others} holds');
  });
});
