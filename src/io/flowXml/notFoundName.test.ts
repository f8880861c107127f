/**
 * A retrieved flow naming a field Salesforce could not resolve (`…__NotFound`): refused as any invalid
 * name, the message saying what the marker means. The flows are written anew for the test.
 */
import { describe, expect, it } from 'vitest';
import { readFlowDefinition } from './readFlowDefinition';
import { flowText } from './testing/flowText';

/** A process's Update Records of the record being saved, setting `field`. */
const process = (field: string): string => flowText(`
    <apiVersion>49.0</apiVersion>
    <label>Set licence product</label>
    <processType>Workflow</processType>
    <recordUpdates>
        <name>myRule_1_A1</name>
        <label>Set product</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <filterLogic>and</filterLogic>
        <filters><field>Id</field><operator>EqualTo</operator><value><elementReference>myVariable_current.Id</elementReference></value></filters>
        <inputAssignments><field>${field}</field><value><stringValue>Standard</stringValue></value></inputAssignments>
        <object>Asset</object>
    </recordUpdates>
    <start><locationX>0</locationX><locationY>0</locationY><connector><targetReference>myRule_1_A1</targetReference></connector></start>
    <status>Active</status>`);

const problemsOf = (text: string): string[] => {
  const read = readFlowDefinition(text);
  return read.ok ? [] : read.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('readFlowDefinition: a name Salesforce wrote as __NotFound', () => {
  it('Update Records: a field 00N…__NotFound (a custom field\'s Id) is refused, saying Salesforce could not find the field when the file was retrieved', () => {
    // survey 21: an Active Process Builder process of API 49.0 sets two fields written so
    expect(problemsOf(process('00N5g00000AbCdE__NotFound'))).toEqual([
      'recordUpdates[0].inputAssignments[0].field: "00N5g00000AbCdE__NotFound" is not a valid API name: Salesforce writes "__NotFound" after a field or object the flow names that it could not find when the file was retrieved (00N… is the Id of a custom field: most likely one deleted since); choose the field again in the flow, save it and retrieve the file again',
    ]);
  });

  it('Update Records: another invalid name says only that it is not valid', () => {
    expect(problemsOf(process('1st_Product__c'))).toEqual(['recordUpdates[0].inputAssignments[0].field: "1st_Product__c" is not a valid API name']);
  });
});
