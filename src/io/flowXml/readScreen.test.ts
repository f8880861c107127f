/**
 * Reading what a screen flow holds besides its elements' connections: Dynamic Forms record fields,
 * a field's validation rule, dynamic choice sets and the flow's stages — each read, then run.
 */
import { describe, expect, it } from 'vitest';
import { FlowDefinition } from '../../flows/definition';
import { runFlow } from '../../flows/interpreter';
import { SimulatedOrg } from '../../flows/org/simulatedOrg';
import { definitionOf, flowText as flow } from './testing/flowText';

describe('readFlowDefinition: Dynamic Forms record fields on a screen', () => {
  it('screens: a record field (ObjectProvided, no <name>) is read, named by the field it edits, also inside a region', () => {
    // given: the shape Flow Builder writes for a screen with record fields
    const text = flow(`<processType>Flow</processType>
    <screens>
        <name>Knowledge_Screen</name>
        <label>Knowledge Screen</label>
        <locationX>176</locationX>
        <locationY>278</locationY>
        <allowBack>false</allowBack>
        <fields>
            <fieldType>ObjectProvided</fieldType>
            <isRequired>false</isRequired>
            <objectFieldReference>curKnowledge.Title</objectFieldReference>
        </fields>
        <fields>
            <name>Knowledge_Screen_Section1</name>
            <fieldType>RegionContainer</fieldType>
            <fields>
                <name>Knowledge_Screen_Section1_Column1</name>
                <fieldType>Region</fieldType>
                <fields>
                    <fieldType>ObjectProvided</fieldType>
                    <isRequired>false</isRequired>
                    <objectFieldReference>curKnowledge.Summary</objectFieldReference>
                </fields>
            </fields>
        </fields>
        <showFooter>true</showFooter>
    </screens>
    <start><locationX>50</locationX><locationY>0</locationY><connector><targetReference>Knowledge_Screen</targetReference></connector></start>
    <status>Active</status>
    <variables><name>curKnowledge</name><dataType>SObject</dataType><isCollection>false</isCollection><isInput>true</isInput><isOutput>true</isOutput><objectType>Knowledge__kav</objectType></variables>`);
    // when
    const definition = definitionOf(text);
    const screen = definition.elements.Knowledge_Screen;
    // then
    expect(screen?.kind === 'screen' && screen.fields.filter((f) => f.fieldType === 'ObjectProvided')).toEqual([
      { name: 'curKnowledge.Title', fieldType: 'ObjectProvided', objectField: 'curKnowledge.Title', isRequired: false },
      { name: 'curKnowledge.Summary', fieldType: 'ObjectProvided', objectField: 'curKnowledge.Summary', isRequired: false, parent: 'Knowledge_Screen_Section1_Column1' },
    ]);
    const { run } = runFlow(definition, { inputs: { curKnowledge: { Title: 'Old', Summary: 'S' } }, screenValues: { 'curKnowledge.Title': 'New' } });
    expect(run.outputs.curKnowledge).toEqual({ Title: 'New', Summary: 'S' });
  });
});

describe('readFlowDefinition: a screen field\'s validation rule', () => {
  it('screens: <validationRule> is read with its formula and its rich-text error message (entities decoded once), inside a section too, and the run refuses an answer it does not hold for', () => {
    // given: the shape Flow Builder writes for "Validate Input"
    const text = flow(`<processType>Flow</processType>
    <screens>
        <name>Company_Details</name>
        <label>Company Details</label>
        <locationX>176</locationX>
        <locationY>158</locationY>
        <fields>
            <name>Company_Details_Section1</name>
            <fieldType>RegionContainer</fieldType>
            <fields>
                <name>Company_Details_Section1_Column1</name>
                <fieldType>Region</fieldType>
                <fields>
                    <name>CompanyNameInput</name>
                    <dataType>String</dataType>
                    <fieldText>Company Name</fieldText>
                    <fieldType>InputField</fieldType>
                    <isRequired>false</isRequired>
                    <validationRule>
                        <errorMessage>&lt;p&gt;Company Name is required&lt;/p&gt;</errorMessage>
                        <formulaExpression>LEN({!CompanyNameInput}) &gt; 1</formulaExpression>
                    </validationRule>
                </fields>
            </fields>
        </fields>
        <showFooter>true</showFooter>
    </screens>
    <start><locationX>50</locationX><locationY>0</locationY><connector><targetReference>Company_Details</targetReference></connector></start>
    <status>Active</status>`);
    // when
    const definition = definitionOf(text);
    const screen = definition.elements.Company_Details;
    const refused = runFlow(definition, { screenValues: { CompanyNameInput: 'A' } }).run;
    // then
    expect(screen?.kind === 'screen' && screen.fields.find((f) => f.name === 'CompanyNameInput')).toEqual({
      name: 'CompanyNameInput', fieldType: 'InputField', dataType: 'String', isRequired: false, parent: 'Company_Details_Section1_Column1',
      validationRule: { formula: 'LEN({!CompanyNameInput}) > 1', errorMessage: '<p>Company Name is required</p>' },
    });
    expect(FlowDefinition.safeParse(definition).success).toBe(true);
    expect(refused.fault).toEqual({ element: 'Company_Details', message: 'screen Company_Details, field CompanyNameInput: "A" is refused by its validation rule: Company Name is required' });
    expect(runFlow(definition, { screenValues: { CompanyNameInput: 'Acme' } }).run.status).toBe('completed');
  });
});

describe('readFlowDefinition: dynamic choice sets', () => {
  it('dynamicChoiceSets: a record choice set is read with its query, value field and output assignments, and a picked record stores its fields', () => {
    // given: the shape Flow Builder writes for a record choice set on a radio field
    const text = flow(`<dynamicChoiceSets>
        <name>Open_Cases</name>
        <dataType>String</dataType>
        <displayField>Subject</displayField>
        <filterLogic>and</filterLogic>
        <filters><field>Status</field><operator>NotEqualTo</operator><value><stringValue>Closed</stringValue></value></filters>
        <object>Case</object>
        <outputAssignments><assignToReference>subject</assignToReference><field>Subject</field></outputAssignments>
        <sortField>Subject</sortField>
        <sortOrder>Asc</sortOrder>
        <valueField>Id</valueField>
    </dynamicChoiceSets>
    <dynamicChoiceSets><name>Priorities</name><dataType>Picklist</dataType><displayField xsi:nil="true"/><object xsi:nil="true"/><picklistField>Priority</picklistField><picklistObject>Case</picklistObject></dynamicChoiceSets>
    <processType>Flow</processType>
    <screens>
        <name>Pick</name><label>Pick</label><locationX>0</locationX><locationY>0</locationY>
        <fields><name>Case_Picker</name><choiceReferences>Open_Cases</choiceReferences><dataType>String</dataType><fieldText>Case</fieldText><fieldType>RadioButtons</fieldType><isRequired>true</isRequired></fields>
    </screens>
    <start><locationX>50</locationX><locationY>0</locationY><connector><targetReference>Pick</targetReference></connector></start>
    <status>Active</status>
    <variables><name>subject</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>`);
    // when
    const definition = definitionOf(text);
    // then
    expect(definition.dynamicChoiceSets).toEqual([
      { name: 'Open_Cases', dataType: 'String', object: 'Case', filterLogic: 'and', filters: [{ field: 'Status', operator: 'NotEqualTo', value: { string: 'Closed' } }],
        sortField: 'Subject', sortOrder: 'Asc', displayField: 'Subject', valueField: 'Id', outputAssignments: [{ name: 'Subject', ref: 'subject' }] },
      { name: 'Priorities', dataType: 'Picklist', filters: [], outputAssignments: [], picklistObject: 'Case', picklistField: 'Priority' },
    ]);
    const org = SimulatedOrg.from({ Case: [{ Id: '500000000000001AAA', Status: 'New', Subject: 'Printer' }] });
    expect(runFlow(definition, { org, screenValues: { Case_Picker: '500000000000001AAA' } }).run.outputs.subject).toBe('Printer');
  });
});

describe('readFlowDefinition: a screen flow\'s stages', () => {
  it('stages: read with their label, order and whether they start active, and a reference to one reads as its name', () => {
    // given: the shape Flow Builder writes for a flow with progress stages
    const text = flow(`<assignments><name>Set_Stage</name><label>Set Stage</label><locationX>0</locationX><locationY>0</locationY>
        <assignmentItems><assignToReference>$Flow.CurrentStage</assignToReference><operator>Assign</operator><value><elementReference>Start</elementReference></value></assignmentItems>
        <assignmentItems><assignToReference>stage</assignToReference><operator>Assign</operator><value><elementReference>$Flow.CurrentStage</elementReference></value></assignmentItems>
    </assignments>
    <processType>Flow</processType>
    <stages><name>Start</name><isActive>true</isActive><label>Start here</label><stageOrder>1</stageOrder></stages>
    <start><locationX>50</locationX><locationY>0</locationY><connector><targetReference>Set_Stage</targetReference></connector></start>
    <status>Active</status>
    <variables><name>stage</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>`);
    // when
    const definition = definitionOf(text);
    // then
    expect(definition.stages).toEqual([{ name: 'Start', label: 'Start here', order: 1, isActive: true }]);
    expect(runFlow(definition).run).toMatchObject({ status: 'completed', outputs: { stage: 'Start' } });
  });
});
