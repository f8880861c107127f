/**
 * Screen component visibility ("Set Component Visibility", a field's `<visibilityRule>`), read from
 * flow files shaped as real ones and run: a hidden field holds null, is neither required nor
 * validated, and an answer given to it is not taken (Salesforce Help, "Flow Conditional Visibility
 * Considerations"). The two screens are reduced from flows of the public SFDX project
 * github.com/sushmithaAnuhya97/samsarasfdxtestorg (commit 145a4a5e):
 * force-app/main/default/flows/New_Closed_Won.flow-meta.xml (screen Why_did_we_won) and
 * Partner_Deal_Registration_Flow.flow-meta.xml (screen Deal_Registration, its Section4).
 */
import { describe, expect, it } from 'vitest';
import { FlowDefinition } from '../../flows/definition';
import { runFlow } from '../../flows/interpreter';
import { definitionOf, flowText as flow } from './testing/flowText';

/** New_Closed_Won's "Why did we win?" screen: the context box is shown, required and validated only when the reason is Other. */
const closedWon = flow(`<processType>Flow</processType>
    <dynamicChoiceSets>
        <name>Closed_Won_Reasons</name>
        <dataType>Multipicklist</dataType>
        <displayField xsi:nil="true"/>
        <object xsi:nil="true"/>
        <picklistField>Closed_Won_Reasons__c</picklistField>
        <picklistObject>Closed_Deal_Insights__c</picklistObject>
    </dynamicChoiceSets>
    <screens>
        <name>Why_did_we_won</name>
        <label>Closed Won Insights</label>
        <locationX>387</locationX>
        <locationY>1090</locationY>
        <allowBack>true</allowBack>
        <allowFinish>true</allowFinish>
        <allowPause>true</allowPause>
        <connector><targetReference>Keep_Context</targetReference></connector>
        <fields>
            <name>Reason_won</name>
            <choiceReferences>Closed_Won_Reasons</choiceReferences>
            <dataType>String</dataType>
            <fieldText>What are the top reasons for winning the deal? (Select 1 or more)</fieldText>
            <fieldType>MultiSelectCheckboxes</fieldType>
            <inputsOnNextNavToAssocScrn>UseStoredValues</inputsOnNextNavToAssocScrn>
            <isRequired>true</isRequired>
        </fields>
        <fields>
            <name>Please_provide_any_relevant_context_1</name>
            <fieldText>Please provide any relevant context:</fieldText>
            <fieldType>LargeTextArea</fieldType>
            <inputsOnNextNavToAssocScrn>UseStoredValues</inputsOnNextNavToAssocScrn>
            <isRequired>true</isRequired>
            <validationRule>
                <errorMessage>&lt;p&gt;Please provide more context so we can understand what was the "Other" reason (at least 50 characters).&lt;/p&gt;</errorMessage>
                <formulaExpression>LEN({!Please_provide_any_relevant_context_1}) &gt;=50</formulaExpression>
            </validationRule>
            <visibilityRule>
                <conditionLogic>and</conditionLogic>
                <conditions>
                    <leftValueReference>Reason_won</leftValueReference>
                    <operator>EqualTo</operator>
                    <rightValue>
                        <stringValue>Other</stringValue>
                    </rightValue>
                </conditions>
            </visibilityRule>
        </fields>
        <showFooter>true</showFooter>
        <showHeader>true</showHeader>
    </screens>
    <assignments>
        <name>Keep_Context</name>
        <label>Keep Context</label>
        <locationX>387</locationX>
        <locationY>1200</locationY>
        <assignmentItems>
            <assignToReference>context</assignToReference>
            <operator>Assign</operator>
            <value><elementReference>Please_provide_any_relevant_context_1</elementReference></value>
        </assignmentItems>
    </assignments>
    <start><locationX>50</locationX><locationY>0</locationY><connector><targetReference>Why_did_we_won</targetReference></connector></start>
    <status>Active</status>
    <variables><name>context</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>`);

const LONG_ENOUGH = 'The customer chose us for the dashboard cameras and the open API, not the price.';

describe('screen component visibility: a required, validated field shown only for the reason Other (New_Closed_Won)', () => {
  it('visibilityRule: <visibilityRule> is read with its condition logic and its conditions, as a decision outcome\'s', () => {
    // given / when
    const definition = definitionOf(closedWon);
    const screen = definition.elements.Why_did_we_won;
    // then
    expect(screen?.kind === 'screen' && screen.fields.find((f) => f.name === 'Please_provide_any_relevant_context_1')?.visibilityRule).toEqual({
      logic: 'and', conditions: [{ left: 'Reason_won', operator: 'EqualTo', right: { string: 'Other' } }],
    });
    expect(FlowDefinition.safeParse(definition).success).toBe(true);
  });

  it('visibilityRule: a hidden required field left blank passes; the same field shown is refused', () => {
    // given
    const definition = definitionOf(closedWon);
    // when
    const hidden = runFlow(definition, { screenValues: { Reason_won: 'Product Fit', Please_provide_any_relevant_context_1: '' } }).run;
    const shown = runFlow(definition, { screenValues: { Reason_won: 'Other', Please_provide_any_relevant_context_1: '' } }).run;
    // then
    expect(hidden.status).toBe('completed');
    expect(hidden.path[0]).toEqual({ element: 'Why_did_we_won', kind: 'screen', hidden: ['Please_provide_any_relevant_context_1'], answersNotTaken: ['Please_provide_any_relevant_context_1'] });
    expect(shown.fault).toEqual({ element: 'Why_did_we_won', message: 'screen Why_did_we_won, field Please_provide_any_relevant_context_1: "" is refused: the field is required' });
  });

  it('visibilityRule: a hidden field\'s validation rule is not run, and the answer given to it is not taken (its value is null); shown, the rule refuses a short answer and takes a long one', () => {
    // given
    const definition = definitionOf(closedWon);
    // when
    const hidden = runFlow(definition, { screenValues: { Reason_won: 'Product Fit', Please_provide_any_relevant_context_1: 'too short' } }).run;
    const refused = runFlow(definition, { screenValues: { Reason_won: 'Other', Please_provide_any_relevant_context_1: 'too short' } }).run;
    const taken = runFlow(definition, { screenValues: { Reason_won: 'Other', Please_provide_any_relevant_context_1: LONG_ENOUGH } }).run;
    // then
    expect(hidden.status).toBe('completed');
    expect(hidden.outputs.context).toBeNull();
    expect(hidden.path[0]?.answersNotTaken).toEqual(['Please_provide_any_relevant_context_1']);
    expect(refused.fault?.message).toBe('screen Why_did_we_won, field Please_provide_any_relevant_context_1: "too short" is refused by its validation rule: Please provide more context so we can understand what was the "Other" reason (at least 50 characters).');
    expect(taken.outputs.context).toBe(LONG_ENOUGH);
    expect(taken.path[0]).toEqual({ element: 'Why_did_we_won', kind: 'screen' });
  });
});

/** Partner_Deal_Registration_Flow's Section4: shown for insurance partners; inside it, a required checkbox and fields shown when it is ticked. */
const dealRegistration = flow(`<processType>Flow</processType>
    <screens>
        <name>Deal_Registration</name>
        <label>Deal Registration</label>
        <locationX>176</locationX>
        <locationY>278</locationY>
        <allowBack>false</allowBack>
        <allowFinish>true</allowFinish>
        <allowPause>false</allowPause>
        <connector><targetReference>Copy_Answers</targetReference></connector>
        <fields>
            <name>MoreAboutOpportunityInput</name>
            <fieldText>Tell us more about the opportunity</fieldText>
            <fieldType>LargeTextArea</fieldType>
            <isRequired>true</isRequired>
        </fields>
        <fields>
            <name>Deal_Registration_Section4</name>
            <fieldType>RegionContainer</fieldType>
            <fields>
                <name>Deal_Registration_Section4_Column1</name>
                <fieldType>Region</fieldType>
                <fields>
                    <name>TitleInsurance</name>
                    <fieldText>&lt;p&gt;&lt;b&gt;Insurance&lt;/b&gt;&lt;/p&gt;</fieldText>
                    <fieldType>DisplayText</fieldType>
                </fields>
                <fields>
                    <name>InsuranceProgramCheckbox</name>
                    <dataType>Boolean</dataType>
                    <fieldText>Is the customer enrolled in an insurance program?</fieldText>
                    <fieldType>InputField</fieldType>
                    <isRequired>true</isRequired>
                </fields>
                <fields>
                    <name>of_Units</name>
                    <dataType>Number</dataType>
                    <fieldText># of Units</fieldText>
                    <fieldType>InputField</fieldType>
                    <isRequired>false</isRequired>
                    <scale>0</scale>
                    <visibilityRule>
                        <conditionLogic>and</conditionLogic>
                        <conditions>
                            <leftValueReference>InsuranceProgramCheckbox</leftValueReference>
                            <operator>EqualTo</operator>
                            <rightValue><booleanValue>true</booleanValue></rightValue>
                        </conditions>
                    </visibilityRule>
                </fields>
                <inputParameters>
                    <name>width</name>
                    <value><stringValue>12</stringValue></value>
                </inputParameters>
                <isRequired>false</isRequired>
            </fields>
            <isRequired>false</isRequired>
            <regionContainerType>SectionWithoutHeader</regionContainerType>
            <visibilityRule>
                <conditionLogic>or</conditionLogic>
                <conditions>
                    <leftValueReference>Partner_Type</leftValueReference>
                    <operator>EqualTo</operator>
                    <rightValue><stringValue>Fleet Insight (Insurance)</stringValue></rightValue>
                </conditions>
                <conditions>
                    <leftValueReference>Partner_Type</leftValueReference>
                    <operator>EqualTo</operator>
                    <rightValue><stringValue>Fleet Control (Insurance)</stringValue></rightValue>
                </conditions>
            </visibilityRule>
        </fields>
        <showFooter>true</showFooter>
        <showHeader>false</showHeader>
    </screens>
    <assignments>
        <name>Copy_Answers</name>
        <label>Copy Answers</label>
        <locationX>176</locationX>
        <locationY>398</locationY>
        <assignmentItems>
            <assignToReference>insured</assignToReference>
            <operator>Assign</operator>
            <value><elementReference>InsuranceProgramCheckbox</elementReference></value>
        </assignmentItems>
        <assignmentItems>
            <assignToReference>units</assignToReference>
            <operator>Assign</operator>
            <value><elementReference>of_Units</elementReference></value>
        </assignmentItems>
    </assignments>
    <start><locationX>50</locationX><locationY>0</locationY><connector><targetReference>Deal_Registration</targetReference></connector></start>
    <status>Active</status>
    <variables><name>insured</name><dataType>Boolean</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
    <variables><name>Partner_Type</name><dataType>String</dataType><isCollection>false</isCollection><isInput>true</isInput><isOutput>false</isOutput></variables>
    <variables><name>units</name><dataType>Number</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput><scale>0</scale></variables>`);

describe('screen component visibility: a section shown only for insurance partners (Partner_Deal_Registration_Flow)', () => {
  it('visibilityRule: a field is read with the section or column it is in', () => {
    // given / when
    const definition = definitionOf(dealRegistration);
    const screen = definition.elements.Deal_Registration;
    // then
    expect(screen?.kind === 'screen' && screen.fields.map((f) => [f.name, f.parent ?? null])).toEqual([
      ['MoreAboutOpportunityInput', null],
      ['Deal_Registration_Section4', null],
      ['Deal_Registration_Section4_Column1', 'Deal_Registration_Section4'],
      ['TitleInsurance', 'Deal_Registration_Section4_Column1'],
      ['InsuranceProgramCheckbox', 'Deal_Registration_Section4_Column1'],
      ['of_Units', 'Deal_Registration_Section4_Column1'],
    ]);
  });

  it('visibilityRule: the fields of a hidden section are hidden: a required checkbox in it is not required and holds null, a field inside it is hidden whatever its own rule, and answers given to them are not taken', () => {
    // given
    const definition = definitionOf(dealRegistration);
    // when: a partner that is not an insurer, whose scenario still answered the insurance fields
    const { run } = runFlow(definition, { inputs: { Partner_Type: 'Reseller' }, screenValues: { MoreAboutOpportunityInput: '40 trucks', InsuranceProgramCheckbox: false, of_Units: 12 } });
    // then
    expect(run.status).toBe('completed');
    expect(run.outputs).toEqual({ insured: null, units: null });
    expect(run.path[0]).toEqual({
      element: 'Deal_Registration', kind: 'screen',
      hidden: ['Deal_Registration_Section4', 'TitleInsurance', 'InsuranceProgramCheckbox', 'of_Units'],
      answersNotTaken: ['InsuranceProgramCheckbox', 'of_Units'],
    });
  });

  it('visibilityRule: the section shown, its required checkbox is required again, and a field inside it follows its own rule on the checkbox\'s answer', () => {
    // given
    const definition = definitionOf(dealRegistration);
    const insurer = { Partner_Type: 'Fleet Control (Insurance)' };
    // when
    const unticked = runFlow(definition, { inputs: insurer, screenValues: { MoreAboutOpportunityInput: '40 trucks', InsuranceProgramCheckbox: false } }).run;
    const ticked = runFlow(definition, { inputs: insurer, screenValues: { MoreAboutOpportunityInput: '40 trucks', InsuranceProgramCheckbox: true, of_Units: 12 } }).run;
    // then
    expect(unticked.fault?.message).toBe('screen Deal_Registration, field InsuranceProgramCheckbox: false is refused: the field is required');
    expect(ticked.outputs).toEqual({ insured: true, units: 12 });
    expect(ticked.path[0]).toEqual({ element: 'Deal_Registration', kind: 'screen' });
  });
});
