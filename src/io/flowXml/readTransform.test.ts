import { describe, expect, it } from 'vitest';
import { runFlow } from '../../flows/interpreter';
import { SimulatedOrg } from '../../flows/org/simulatedOrg';
import { catalogElementWords } from './flowCatalogEntry';
import { readFlowDefinition } from './readFlowDefinition';
import { flowText } from './testing/flowText';

const flow = flowText;

// as Flow Builder saves them (samsara's Confirm_Influence_Partner and Check_Source_Cr…, trimmed)
const text = flow(`<apiVersion>60.0</apiVersion>
    <assignments>
        <name>Keep_Total</name>
        <label>Keep Total</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <assignmentItems><assignToReference>total</assignToReference><operator>Assign</operator><value><elementReference>Total_Payout</elementReference></value></assignmentItems>
        <connector><targetReference>Map_Values_For_Unselected_CR_Records</targetReference></connector>
    </assignments>
    <label>Deny unselected</label>
    <processType>AutoLaunchedFlow</processType>
    <recordUpdates>
        <name>Save_Denied</name>
        <label>Save Denied</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <inputReference>Map_Values_For_Unselected_CR_Records</inputReference>
    </recordUpdates>
    <start><locationX>0</locationX><locationY>0</locationY><connector><targetReference>Total_Payout</targetReference></connector></start>
    <status>Active</status>
    <transforms>
        <name>Map_Values_For_Unselected_CR_Records</name>
        <label>Map Values For Unselected CR Records</label>
        <locationX>512</locationX>
        <locationY>2000</locationY>
        <connector>
            <targetReference>Save_Denied</targetReference>
        </connector>
        <dataType>SObject</dataType>
        <isCollection>true</isCollection>
        <objectType>Channel_Relationship__c</objectType>
        <scale>0</scale>
        <storeOutputAutomatically>true</storeOutputAutomatically>
        <transformValues>
            <transformValueActions>
                <outputFieldApiName>Id</outputFieldApiName>
                <transformType>Map</transformType>
                <value>
                    <elementReference>unSelectedCrs[$EachItem].Id</elementReference>
                </value>
            </transformValueActions>
            <transformValueActions>
                <outputFieldApiName>CR_Status__c</outputFieldApiName>
                <transformType>Map</transformType>
                <value>
                    <stringValue>Denied at Close</stringValue>
                </value>
            </transformValueActions>
            <transformValueActions>
                <outputFieldApiName>Was_Won__c</outputFieldApiName>
                <transformType>Map</transformType>
                <value>
                    <formulaDataType>Boolean</formulaDataType>
                    <formulaExpression>{!unSelectedCrs[$EachItem].Amount__c} &gt; 20</formulaExpression>
                </value>
            </transformValueActions>
        </transformValues>
    </transforms>
    <transforms>
        <name>Total_Payout</name>
        <label>Total Payout</label>
        <locationX>578</locationX>
        <locationY>782</locationY>
        <connector>
            <targetReference>Keep_Total</targetReference>
        </connector>
        <dataType>Number</dataType>
        <isCollection>false</isCollection>
        <scale>0</scale>
        <storeOutputAutomatically>true</storeOutputAutomatically>
        <transformValues>
            <transformValueActions>
                <inputParameters>
                    <name>aggregationValues</name>
                    <value>
                        <elementReference>unSelectedCrs</elementReference>
                    </value>
                </inputParameters>
                <inputParameters>
                    <name>aggregationField</name>
                    <value>
                        <stringValue>Amount__c</stringValue>
                    </value>
                </inputParameters>
                <transformType>Sum</transformType>
            </transformValueActions>
        </transformValues>
    </transforms>
    <variables><name>total</name><dataType>Number</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput><scale>2</scale></variables>
    <variables><name>unSelectedCrs</name><dataType>SObject</dataType><isCollection>true</isCollection><isInput>true</isInput><isOutput>false</isOutput><objectType>Channel_Relationship__c</objectType></variables>`);

describe('readFlowDefinition: the Transform element', () => {
  it('transforms: read with their target, mappings (value, reference to each item, formula) and aggregates, and run: mapped records are saved, a Sum is read by the element name', () => {
    // given
    const crs = [{ Id: 'a01000000000001AAA', CR_Status__c: 'Open', Amount__c: 10.25 }, { Id: 'a01000000000002AAA', CR_Status__c: 'Open', Amount__c: 32.5 }];
    // when
    const read = readFlowDefinition(text);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const { definition } = read;
    const { run, org } = runFlow(definition, { inputs: { unSelectedCrs: crs }, org: SimulatedOrg.from({ Channel_Relationship__c: crs }) });
    // then
    expect(definition.elements.Map_Values_For_Unselected_CR_Records).toEqual({
      kind: 'transform', name: 'Map_Values_For_Unselected_CR_Records', label: 'Map Values For Unselected CR Records', connector: 'Save_Denied',
      dataType: 'SObject', objectType: 'Channel_Relationship__c', isCollection: true, storeOutputAutomatically: true,
      actions: [
        { type: 'Map', outputField: 'Id', value: { ref: 'unSelectedCrs[$EachItem].Id' }, inputParameters: [] },
        { type: 'Map', outputField: 'CR_Status__c', value: { string: 'Denied at Close' }, inputParameters: [] },
        { type: 'Map', outputField: 'Was_Won__c', formula: { dataType: 'Boolean', expression: '{!unSelectedCrs[$EachItem].Amount__c} > 20' }, inputParameters: [] },
      ],
    });
    expect(definition.elements.Total_Payout).toMatchObject({ kind: 'transform', dataType: 'Number', isCollection: false, actions: [{ type: 'Sum', inputParameters: [{ name: 'aggregationValues', value: { ref: 'unSelectedCrs' } }, { name: 'aggregationField', value: { string: 'Amount__c' } }] }] });
    expect(catalogElementWords(definition)).toEqual(['Assignment', 'RecordUpdate', 'Transform']);
    expect(run.status).toBe('completed');
    expect(run.path.map((step) => step.element)).toEqual(['Total_Payout', 'Keep_Total', 'Map_Values_For_Unselected_CR_Records', 'Save_Denied']);
    expect(run.outputs.total).toBe(42.75);
    expect(org.recordsOf('Channel_Relationship__c').map((r) => r.fields)).toEqual([
      { Id: 'a01000000000001AAA', CR_Status__c: 'Denied at Close', Amount__c: 10.25, Was_Won__c: false },
      { Id: 'a01000000000002AAA', CR_Status__c: 'Denied at Close', Amount__c: 32.5, Was_Won__c: true },
    ]);
  });

  it('transforms: a join (transformType InnerJoin, its JoinDefinition in a complexValue, a second group mapping Join1[$EachItem]) is read and stops the run as unsupported, naming the element and InnerJoin', () => {
    // given: SFDC-Assets/PSA-Stakeholder-Management-Quick-Start's SMQS_Screen_Manage_Household (Apache-2.0, Copyright (c) 2023
    // Salesforce, Inc.), its join trimmed to two selected fields and one mapping, the Apex target kept
    const joined = flow(`<apiVersion>62.0</apiVersion>
    <label>Join</label>
    <processType>AutoLaunchedFlow</processType>
    <start><locationX>0</locationX><locationY>0</locationY><connector><targetReference>Join_New_Person_Accounts_and_ACRs</targetReference></connector></start>
    <status>Active</status>
    <transforms>
        <name>Join_New_Person_Accounts_and_ACRs</name>
        <label>Join New Person Accounts and ACRs</label>
        <locationX>509</locationX>
        <locationY>3962</locationY>
        <apexClass>SMQS_Member</apexClass>
        <dataType>Apex</dataType>
        <isCollection>true</isCollection>
        <scale>0</scale>
        <storeOutputAutomatically>true</storeOutputAutomatically>
        <transformValues>
            <transformValueActions>
                <inputParameters>
                    <name>Table</name>
                    <value>
                        <complexValue>{&quot;leftElementReference&quot;:&quot;Get_New_Person_Accounts&quot;,&quot;leftJoinKeys&quot;:[&quot;Name&quot;],&quot;leftSelectedFields&quot;:[&quot;PersonContactId&quot;],&quot;rightElementReference&quot;:&quot;ApexDefinedVar_HouseholdMembers&quot;,&quot;rightJoinKeys&quot;:[&quot;JoinId&quot;],&quot;rightSelectedFields&quot;:[&quot;accountId&quot;,&quot;JoinId&quot;]}</complexValue>
                        <complexValueType>JoinDefinition</complexValueType>
                    </value>
                </inputParameters>
                <transformType>InnerJoin</transformType>
            </transformValueActions>
            <transformValueName>Join1</transformValueName>
        </transformValues>
        <transformValues>
            <transformValueActions>
                <outputFieldApiName>contactId</outputFieldApiName>
                <transformType>Map</transformType>
                <value>
                    <transformValueReference>Join1[$EachItem].LeftTable.PersonContactId</transformValueReference>
                </value>
            </transformValueActions>
        </transformValues>
    </transforms>`);
    // when
    const read = readFlowDefinition(joined);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const { run } = runFlow(read.definition, {});
    // then: the join is what the simulator lacks, so it is what the stop names (not the Apex target or the second group it brings)
    expect(run.status).toBe('unsupported');
    expect(run.unsupported).toMatchObject({ element: 'Join_New_Person_Accounts_and_ACRs', kind: 'InnerJoin' });
    expect(run.unsupported?.message).toMatch(/^Join_New_Person_Accounts_and_ACRs: mapping 1 \(InnerJoin\) is of transform type InnerJoin, which the simulator does not run/);
  });
});
