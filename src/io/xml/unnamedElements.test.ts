/**
 * A stage or decision without a `<name>` (a hand edit, a merge that kept one side's lines) is said
 * for what it is, where the design said only "an orchestration needs at least one stage" and
 * "<orchestratedStages> has no place in the model", as though Stageflow did not know stages. It is
 * still kept verbatim, so writing the file back loses nothing.
 */
import { describe, expect, it } from 'vitest';
import { exportFlowXml } from './exportFlowXml';
import { importFlowXml } from './importFlowXml';

const flow = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<Flow xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>60.0</apiVersion>
    <label>Broken Intake</label>
${body}
    <processType>Orchestrator</processType>
    <start>
        <connector>
            <targetReference>Intake</targetReference>
        </connector>
    </start>
    <status>Draft</status>
</Flow>
`;

const UNNAMED_STAGE = `    <orchestratedStages>
        <label>Intake</label>
        <stageSteps>
            <label>Check</label>
            <actionName>Check_Case</actionName>
            <actionType>stepBackground</actionType>
        </stageSteps>
    </orchestratedStages>`;

describe('a stage or decision without <name>', () => {
  it('is a warning naming it by its label and what to add; it is kept verbatim and written back', () => {
    const text = flow(`    <decisions>\n        <label>Route</label>\n        <defaultConnectorLabel>Other</defaultConnectorLabel>\n    </decisions>\n${UNNAMED_STAGE}`);
    const result = importFlowXml(text, { name: 'Broken_Intake' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.filter((w) => w.path?.startsWith('Flow.'))).toEqual([
      { path: 'Flow.orchestratedStages[0]', message: 'the stage labelled "Intake" has no <name>, so it is not read (Salesforce names every stage: add <name>, the API name steps and connectors use); kept verbatim in extensions' },
      { path: 'Flow.decisions[0]', message: 'the decision labelled "Route" has no <name>, so it is not read (Salesforce names every decision: add <name>, the API name steps and connectors use); kept verbatim in extensions' },
    ]);
    // one warning per cause: no second, grouped "<orchestratedStages> has no place in the model"
    expect(result.warnings.filter((w) => /<(orchestratedStages|decisions)>/.test(w.message))).toEqual([]);
    expect(exportFlowXml(result.doc).xml).toContain('<label>Intake</label>');
  });

  it('a named stage says nothing of the kind', () => {
    const result = importFlowXml(flow(UNNAMED_STAGE.replace('<label>Intake</label>', '<name>Intake</name>\n        <label>Intake</label>')), { name: 'Broken_Intake' });
    expect(result.ok && result.warnings.filter((w) => /has no <name>/.test(w.message))).toEqual([]);
  });

  it('a long label is cut at 80 characters, not inside one: an emoji there stays whole (half of one is written as a replacement character on stderr)', () => {
    // given a label whose 80th character is an emoji (two UTF-16 units)
    const label = `${'a'.repeat(79)}😀 and more`;
    const result = importFlowXml(flow(UNNAMED_STAGE.replace('<label>Intake</label>', `<label>${label}</label>`)), { name: 'Broken_Intake' });
    // then the warning holds the emoji whole, and the cut after it
    const message = result.ok ? result.warnings.find((w) => w.path === 'Flow.orchestratedStages[0]')?.message : undefined;
    expect(message).toContain(`labelled "${'a'.repeat(79)}😀…" has no <name>`);
  });
});
