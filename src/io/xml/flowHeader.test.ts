import { describe, expect, it } from 'vitest';
import { orchestration } from '../../model/testing/fixtures';
import { exportFlowXml } from './exportFlowXml';
import { importFlowXml } from './importFlowXml';

/**
 * A Flow file written without Flow Builder's bookkeeping (`<interviewLabel>`, `<processMetadataValues>`,
 * `<status>`), as a generator or a hand-written test fixture writes one; otherwise in Salesforce's order.
 */
const BARE = `<?xml version="1.0" encoding="UTF-8"?>
<Flow xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>61.0</apiVersion>
    <label>Bare</label>
    <orchestratedStages>
        <name>Only</name>
        <label>Only</label>
        <locationX>176</locationX>
        <locationY>134</locationY>
        <exitConditionLogic>and</exitConditionLogic>
        <stageSteps>
            <name>Do_It</name>
            <actionName>Do_It_Flow</actionName>
            <actionType>stepBackground</actionType>
            <entryConditionLogic>and</entryConditionLogic>
            <label>Do It</label>
            <requiresAsyncProcessing>false</requiresAsyncProcessing>
            <stepSubtype>BackgroundStep</stepSubtype>
        </stageSteps>
    </orchestratedStages>
    <processType>Orchestrator</processType>
    <start>
        <locationX>50</locationX>
        <locationY>0</locationY>
        <connector>
            <targetReference>Only</targetReference>
        </connector>
    </start>
</Flow>
`;

describe('Flow Builder bookkeeping (interviewLabel, processMetadataValues, status)', () => {
  it('FORMAT.md §6: a file without it converts XML → JSON → XML to the same bytes, adding none', () => {
    // given a file that has none of the three
    const imported = importFlowXml(BARE, { name: 'Bare' });
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    // when it is written back, through its JSON
    const { xml } = exportFlowXml(JSON.parse(JSON.stringify(imported.doc)) as typeof imported.doc);
    // then nothing was added
    expect(xml).toBe(BARE);
  });

  it('is written for a design made in Stageflow, as Flow Builder would', () => {
    // given a design that never was a Flow file; when it is written
    const { xml } = exportFlowXml(orchestration());
    // then it has all three
    expect(xml).toContain('<interviewLabel>');
    expect(xml).toContain('<stringValue>AUTO_LAYOUT_CANVAS</stringValue>');
    expect(xml).toContain('<status>Draft</status>');
  });
});
