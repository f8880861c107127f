import { describe, expect, it } from 'vitest';
import { readFlowDefinition } from './readFlowDefinition';
import { flowText } from './testing/flowText';

/** An after-save Quote trigger whose Update Records has a fault path to `Show_Error`, with `extra` beside it. */
const trigger = (apiVersion: string, extra = ''): string => flowText(`${apiVersion}
    <label>Quote sync</label>
    <processType>AutoLaunchedFlow</processType>
    <recordUpdates>
        <name>Sync_Opportunity</name>
        <label>Sync Opportunity</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <faultConnector><targetReference>Show_Error</targetReference></faultConnector>
        <inputReference>$Record</inputReference>
    </recordUpdates>${extra}
    <start>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <connector><targetReference>Sync_Opportunity</targetReference></connector>
        <object>Quote</object>
        <recordTriggerType>Update</recordTriggerType>
        <triggerType>RecordAfterSave</triggerType>
    </start>
    <status>Active</status>`);

const problemsOf = (text: string): string[] => {
  const read = readFlowDefinition(text);
  return read.ok ? [] : read.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('readFlowDefinition: a connector to an element the file lacks (missingElementHint)', () => {
  it('Update Records faultConnector to a missing element of an API 62.0 flow with no Custom Error: refused, saying a retrieve before 61.0 leaves Custom Errors out', () => {
    // survey 18: sourceApiVersion 58.0 dropped each flow's <customErrors>, leaving its fault path dangling;
    // survey 19: a manifest's <version>56.0 did, where sfdx-project.json said 62.0, so both are named
    expect(problemsOf(trigger('<apiVersion>62.0</apiVersion>'))).toEqual([
      'elements[Sync_Opportunity]: the connector goes to "Show_Error", which is not an element of this flow; if it was a Custom Error element, the file was retrieved at an API version before 61.0, which leaves Custom Errors out: retrieve the flow again at 61.0 or later (sourceApiVersion in sfdx-project.json, and the <version> of a package.xml manifest the retrieve uses)',
    ]);
    // no apiVersion: it may be any, so the hint stays
    expect(problemsOf(trigger(''))[0]).toContain('retrieved at an API version before 61.0');
  });

  it('the hint whatever the flow\'s own apiVersion: a flow keeps the version it was created at when a Custom Error is added (survey 19: an Active API 60.0 trigger)', () => {
    for (const version of ['54.0', '60.0']) {
      expect(problemsOf(trigger(`<apiVersion>${version}</apiVersion>`))[0]).toContain('retrieved at an API version before 61.0');
    }
  });

  it('no hint where a Custom Error cannot be what is missing: a flow that is not record-triggered, or a file that kept its Custom Errors', () => {
    const plain = 'elements[Sync_Opportunity]: the connector goes to "Show_Error", which is not an element of this flow';
    const autolaunched = trigger('<apiVersion>62.0</apiVersion>').replace(/<object>Quote<\/object>[\s\S]*?<triggerType>RecordAfterSave<\/triggerType>/, '');
    expect(autolaunched).not.toContain('triggerType');
    expect(problemsOf(autolaunched)).toEqual([plain]);
    const kept = `
    <customErrors>
        <name>Refuse</name>
        <label>Refuse</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <customErrorMessages><errorMessage>No.</errorMessage><isFieldError>false</isFieldError></customErrorMessages>
    </customErrors>`;
    expect(problemsOf(trigger('<apiVersion>62.0</apiVersion>', kept))).toEqual([plain]);
  });
});
