/**
 * Salesforce's 3,900-character limit on a formula resource, for a Process Builder process's formula.
 * Process Builder stores the formula its admin typed (`[Sales_Order__c].Status__c`) translated into
 * flow merge fields (`{!myVariable_current.Status__c}`), which are longer, and keeps the typed text
 * as the formula's `originalFormula` process metadata value; the limit counts the typed text. Survey
 * 10: an Active process of a production org (PatilAmol22/UAT-Backup's Brazil_Sales_Order_Approval_BKUP,
 * no licence, so nothing is copied: the names here are ours) has a formula typed in 3,564 characters
 * and stored in 3,904, and its run stopped as unsupported ("the formula is 3,904 characters long").
 */
import { describe, expect, it } from 'vitest';
import { runFlow } from '../../flows/interpreter';
import { MAX_FORMULA_LENGTH } from '../../flows/formula';
import { definitionOf, flowText } from './testing/flowText';

const TERMS = 95;
const stored = (last: string): string => `OR(${[...Array<string>(TERMS - 1).fill(`{!myVariable_current.Status__c} = 'Closed'`), `{!myVariable_current.Status__c} = '${last}'`].join(',\n')})`;
const typed = (last: string): string => `OR(${[...Array<string>(TERMS - 1).fill(`[Sales_Order__c].Status__c = 'Closed'`), `[Sales_Order__c].Status__c = '${last}'`].join(',\n')})`;
const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&apos;');

/** A process-shaped flow whose formula `formula_myRule_1` (stored text, typed text when given) sets the output `matched`. */
function processFlow(expression: string, original: string | undefined): string {
  const metadata = original === undefined ? '' : `<processMetadataValues><name>originalFormula</name><value><stringValue>${escape(original)}</stringValue></value></processMetadataValues>`;
  return flowText(`<apiVersion>49.0</apiVersion>
    <assignments>
        <name>Keep_Match</name><label>Keep Match</label><locationX>0</locationX><locationY>0</locationY>
        <assignmentItems><assignToReference>matched</assignToReference><operator>Assign</operator><value><elementReference>formula_myRule_1</elementReference></value></assignmentItems>
    </assignments>
    <formulas>${metadata}<name>formula_myRule_1</name><dataType>Boolean</dataType><expression>${escape(expression)}</expression></formulas>
    <label>Sales order approval</label>
    <processType>Workflow</processType>
    <startElementReference>Keep_Match</startElementReference>
    <status>Active</status>
    <variables><name>matched</name><dataType>Boolean</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>true</isOutput></variables>
    <variables><name>myVariable_current</name><dataType>SObject</dataType><isCollection>false</isCollection><isInput>true</isInput><isOutput>false</isOutput><objectType>Sales_Order__c</objectType></variables>`);
}

const order = { myVariable_current: { Id: 'a00000000000001AAA', Status__c: 'Open' } };

describe('a Process Builder formula resource and the 3,900-character limit', () => {
  it('formulas: a process formula stored longer than 3,900 characters but typed shorter (originalFormula) is evaluated', () => {
    // given: the stored expression is over the limit, the typed one under it
    expect(stored('Open').length).toBeGreaterThan(MAX_FORMULA_LENGTH);
    expect(typed('Open').length).toBeLessThan(MAX_FORMULA_LENGTH);
    const definition = definitionOf(processFlow(stored('Open'), typed('Open')));
    // when
    const { run } = runFlow(definition, { inputs: order });
    // then
    expect(definition.formulas[0]?.typedLength).toBe(typed('Open').length);
    expect(run.status).toBe('completed');
    expect(run.outputs).toEqual({ matched: true });
  });

  it('formulas: the limit still holds for a formula without originalFormula (Flow Builder), and for one typed too long', () => {
    // given
    const flowBuilder = definitionOf(processFlow(stored('Open'), undefined));
    const typedTooLong = definitionOf(processFlow(stored('Open'), `${typed('Open')} ${' '.repeat(MAX_FORMULA_LENGTH)}`));
    // when
    const flowBuilderRun = runFlow(flowBuilder, { inputs: order }).run;
    const typedTooLongRun = runFlow(typedTooLong, { inputs: order }).run;
    // then: each names the length the limit was counted on
    expect(flowBuilderRun.status).toBe('unsupported');
    expect(flowBuilderRun.unsupported?.message).toBe(`formula formula_myRule_1 cannot be read: the formula is ${stored('Open').length.toLocaleString('en-US')} characters long; Salesforce allows at most 3,900`);
    expect(typedTooLongRun.status).toBe('unsupported');
    expect(typedTooLongRun.unsupported?.message).toBe(`formula formula_myRule_1 cannot be read: the formula is ${(typed('Open').length + 1 + MAX_FORMULA_LENGTH).toLocaleString('en-US')} characters long; Salesforce allows at most 3,900`);
  });
});
