/**
 * A `<stepSubtype>` in a file whose `<apiVersion>` predates it: Salesforce writes the element by the
 * API version of the retrieve, not the flow's own (survey 28: santiagoBogari/Orchestrator's copy of
 * SFDC-Assets' incident orchestration, API 54, retrieved with a project at API 58, has one on each
 * of its 24 steps). The flow here is written anew, names ours.
 */
import { describe, expect, it } from 'vitest';
import type { Orchestration } from '../../model/types';
import { exportFlowXml } from './exportFlowXml';
import { importFlowXml } from './importFlowXml';

const RETRIEVED_API_54 = `<?xml version="1.0" encoding="UTF-8"?>
<Flow xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>54.0</apiVersion>
    <label>Outage Handling</label>
    <orchestratedStages>
        <name>Triage</name>
        <label>Triage</label>
        <locationX>176</locationX>
        <locationY>158</locationY>
        <exitConditionLogic>and</exitConditionLogic>
        <stageSteps>
            <name>Find_Lead</name>
            <actionName>Find_Lead_Engineer</actionName>
            <actionType>stepBackground</actionType>
            <entryConditionLogic>and</entryConditionLogic>
            <label>Find Lead</label>
            <requiresAsyncProcessing>false</requiresAsyncProcessing>
            <stepSubtype>BackgroundStep</stepSubtype>
        </stageSteps>
        <stageSteps>
            <name>Assess</name>
            <actionName>Assess_Outage</actionName>
            <actionType>stepInteractive</actionType>
            <assignees>
                <assignee>
                    <stringValue>lead@example.com</stringValue>
                </assignee>
                <assigneeType>User</assigneeType>
            </assignees>
            <entryConditionLogic>and</entryConditionLogic>
            <exitConditionLogic>and</exitConditionLogic>
            <label>Assess</label>
            <requiresAsyncProcessing>false</requiresAsyncProcessing>
            <stepSubtype>InteractiveStep</stepSubtype>
        </stageSteps>
    </orchestratedStages>
    <processType>Orchestrator</processType>
    <start>
        <locationX>50</locationX>
        <locationY>0</locationY>
        <connector>
            <targetReference>Triage</targetReference>
        </connector>
    </start>
    <status>Active</status>
</Flow>
`;

function imported(text: string): { doc: Orchestration; warnings: string[] } {
  const result = importFlowXml(text, { name: 'Outage_Handling' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { doc: result.doc, warnings: result.warnings.map((w) => `${w.path ?? ''}: ${w.message}`) };
}

describe('a stepSubtype written by a newer retrieve than the flow’s API version', () => {
  it('is read as the step kind it agrees with, with no note that the model has no place for it', () => {
    // given / when
    const { doc, warnings } = imported(RETRIEVED_API_54);
    // then
    expect(doc.stages[0]!.steps.map((s) => s.kind)).toEqual(['background', 'interactive']);
    expect(warnings.filter((w) => w.includes('stepSubtype'))).toEqual([]);
  });

  it('is written back where it was: XML → JSON → XML gives the same bytes', () => {
    // given
    const { doc } = imported(RETRIEVED_API_54);
    // when
    const again = exportFlowXml(JSON.parse(JSON.stringify(doc)) as Orchestration);
    // then
    expect(again.xml).toBe(RETRIEVED_API_54);
  });

  it('follows the step’s kind when the kind is changed, so actionType and stepSubtype never disagree', () => {
    // given
    const { doc } = imported(RETRIEVED_API_54);
    const step = doc.stages[0]!.steps[0]!;
    // when
    const changed: Orchestration = {
      ...doc,
      stages: [{ ...doc.stages[0]!, steps: [{ ...step, kind: 'interactive', assignee: { type: 'user', name: 'lead@example.com' } }, doc.stages[0]!.steps[1]!] }],
    };
    const xml = exportFlowXml(changed).xml;
    // then
    const findLead = /<stageSteps>\s*<name>Find_Lead<\/name>[\s\S]*?<\/stageSteps>/.exec(xml)![0];
    expect(findLead).toContain('<actionType>stepInteractive</actionType>');
    expect(findLead).toContain('<stepSubtype>InteractiveStep</stepSubtype>');
    expect(findLead).not.toContain('BackgroundStep');
  });

  it('is still kept verbatim, and said, when it contradicts the step’s actionType', () => {
    // given
    const contradicting = RETRIEVED_API_54.replace('<stepSubtype>BackgroundStep</stepSubtype>', '<stepSubtype>InteractiveStep</stepSubtype>');
    // when
    const { warnings } = imported(contradicting);
    const again = exportFlowXml(imported(contradicting).doc).xml;
    // then
    expect(warnings.some((w) => w.includes('<stepSubtype>'))).toBe(true);
    expect(again).toBe(contradicting);
  });
});
