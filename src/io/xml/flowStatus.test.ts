/**
 * A Flow file's `<status>` InvalidDraft (one of Salesforce's FlowVersionStatus values: Active, Draft,
 * Obsolete, InvalidDraft) is a status Salesforce writes, not an element the model lacks.
 * RecruiterPortalProject's InvalidDraft orchestration was reported with "<status> has no place in the
 * model"; it is read as a draft and the admin is told it was saved with errors. Every status is
 * written back as it was.
 */
import { describe, expect, it } from 'vitest';
import { KEPT_VERBATIM } from './keptVerbatim';
import { exportFlowXml } from './exportFlowXml';
import { importFlowXml } from './importFlowXml';

const flow = (status: string) => `<?xml version="1.0" encoding="UTF-8"?>
<Flow xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>61.0</apiVersion>
    <interviewLabel>Hiring {!$Flow.CurrentDateTime}</interviewLabel>
    <label>Hiring</label>
    <orchestratedStages>
        <name>Screening</name>
        <label>Screening</label>
        <locationX>176</locationX>
        <locationY>134</locationY>
        <exitConditionLogic>and</exitConditionLogic>
        <stageSteps>
            <name>Score</name>
            <actionName>Score_Candidate</actionName>
            <actionType>stepBackground</actionType>
            <entryConditionLogic>and</entryConditionLogic>
            <label>Score</label>
            <requiresAsyncProcessing>false</requiresAsyncProcessing>
            <stepSubtype>BackgroundStep</stepSubtype>
        </stageSteps>
    </orchestratedStages>
    <processType>Orchestrator</processType>
    <start>
        <locationX>50</locationX>
        <locationY>0</locationY>
        <connector>
            <targetReference>Screening</targetReference>
        </connector>
    </start>
    <status>${status}</status>
</Flow>
`;

function statusWarnings(status: string): string[] {
  const result = importFlowXml(flow(status), { name: 'Hiring' });
  if (!result.ok) throw new Error(result.problems[0]!.message);
  return result.warnings.filter((w) => w.message.includes('<status>') || w.path === 'Flow.status').map((w) => w.message);
}

describe('<status>', () => {
  it('InvalidDraft: read as a draft, said to be saved with errors in Salesforce, no "no place in the model" note', () => {
    expect(statusWarnings('InvalidDraft')).toEqual([
      'saved with errors in Salesforce (<status>InvalidDraft</status>, an Invalid draft in Setup): Salesforce does not activate this version as it is; Stageflow reads it as a draft, lists its problems and writes it back as an InvalidDraft',
    ]);
  });

  it('Active, Obsolete and a value Salesforce does not write stay listed among the parts kept as written', () => {
    for (const status of ['Active', 'Obsolete', 'Paused']) expect(statusWarnings(status)).toEqual([`<status> ${KEPT_VERBATIM}`]);
  });

  it.each(['Active', 'Draft', 'InvalidDraft', 'Obsolete', 'Paused'])('%s is written back byte for byte', (status) => {
    const text = flow(status);
    const result = importFlowXml(text, { name: 'Hiring' });
    expect(result.ok && exportFlowXml(result.doc).xml).toBe(text);
  });
});
